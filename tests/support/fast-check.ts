/**
 * Every property test runs from one fixed seed, so `npm test` is repeatable and a failure
 * can be replayed. `npm run test:fuzz` raises the runs (FUZZ_SCALE) and can change the seed
 * (FUZZ_SEED) to look further; a counterexample it finds belongs in a test with a fixed value.
 */
import fc from 'fast-check';

const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);

fc.configureGlobal({ seed: FUZZ_SEED, numRuns: Math.round(100 * scale), interruptAfterTimeLimit: 60_000 * scale });

/** A test's own number of runs, scaled like the global one. */
export const runs = (count: number): number => Math.max(1, Math.round(count * scale));
