import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads', 'zlib', 'dns', 'tls', 'process', 'buffer', 'module', 'vm'];

/** The layer rule: src/shared is pure, src/renderer is a browser page. Neither may reach Electron or Node. */
const noElectronOrNode = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'Only src/main and src/preload may use Electron.' },
        ...nodeBuiltins.map((name) => ({ name, message: 'Node built-ins belong in src/main.' })),
      ],
      patterns: [
        { group: ['node:*'], message: 'Node built-ins belong in src/main.' },
        { group: ['electron/*', 'electron-store', 'conf'], message: 'Only src/main may use Electron or the store.' },
        { group: ['**/main/**', '**/preload/**'], message: 'Import from src/shared instead of the main process.' },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      ...noElectronOrNode,
      '@typescript-eslint/no-explicit-any': 'error',
      // Time is passed in: a clock read here would make plans impossible to test.
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in; src/shared never reads the clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in; src/shared never reads the clock.' },
        { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local)$/]", message: 'Pass `now` in; src/shared never reads the clock.' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/web-bridge/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...noElectronOrNode,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Calendar text is shown as text only.' }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
);
