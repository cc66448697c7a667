import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A throwaway PostgreSQL server for the conformance suite (skipped with a message when PostgreSQL is absent).
    globalSetup: ['test/support/global-setup.ts'],
  },
});
