import { defineConfig } from 'vitest/config';

// Unit and integration tests. Integration tests use TEST_DATABASE_URL when set, otherwise an
// embedded PostgreSQL started once per run; each test file gets its own database cloned
// from a migrated template (see apps/api/src/testing/).
export default defineConfig({
  test: {
    include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'apps/**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['apps/api/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
