import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/google-standin/**/*.test.ts'],
    environment: 'node',
    // Two cores here: keep workers bounded so the suite stays predictable.
    maxWorkers: 2,
    setupFiles: ['test/setup/holidays.ts'],
    testTimeout: 20_000,
  },
});
