import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'eval/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Many tests run the CLI or the pipeline in a child process: seconds each on a busy 2-core machine, where the
    // default 5 s fails them for being slow. No test asserts a time (house rule), so a slow test is not a failure.
    testTimeout: 60_000,
  },
});
