import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/architecture/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One fixed seed for every property test (tests/support/fast-check.ts).
    setupFiles: ['tests/support/fast-check.ts'],
    // Build tests run real `astro build`s: one at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 10_000,
  },
});
