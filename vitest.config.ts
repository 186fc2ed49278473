import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __ZIM_EDITION__: 'false' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/architecture/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One fixed seed for every property test (tests/support/fast-check.ts).
    setupFiles: ['tests/support/fast-check.ts'],
    // Build tests run real `astro build`s: one at a time on a 2-core machine.
    fileParallelism: false,
    // `npm run test:fuzz` runs every property test FUZZ_SCALE times longer: give each the time too.
    testTimeout: 10_000 * Number(process.env['FUZZ_SCALE'] ?? 1),
  },
});
