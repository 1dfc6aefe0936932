// Bundles the `tactful` CLI (src/cli/index.ts) into out/cli/tactful.mjs for Node 20, without Electron.
// Runs on `npm install` through `prepare`: only our own source is bundled; packages stay external,
// so the build is quick and `node_modules` is resolved at run time like any Node program.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'index.ts');

if (!existsSync(entry)) {
  // A partial checkout (or a packed tarball without sources) must not break `npm install`.
  console.warn('build-cli: src/cli/index.ts is missing; skipping the CLI build.');
  process.exit(0);
}

let build;
try {
  ({ build } = await import('vite'));
} catch {
  // `npm install --omit=dev` has no Vite: say so instead of failing the install.
  console.warn('build-cli: Vite is not installed (dev dependencies omitted?); skipping the CLI build.');
  process.exit(0);
}

/** Our own files (relative or absolute paths) are bundled; every bare import is a package or a builtin. */
const isExternal = (id) => !(id.startsWith('.') || isAbsolute(id) || id.startsWith('\0'));

try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: entry,
      target: 'node20',
      outDir: join(root, 'out', 'cli'),
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        external: isExternal,
        // Commands load their heavy parts on demand (dynamic imports), so shared code lands in chunks.
        output: { format: 'es', entryFileNames: 'tactful.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
    ssr: { target: 'node' },
  });
} catch (error) {
  console.error(`build-cli: the CLI could not be built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
