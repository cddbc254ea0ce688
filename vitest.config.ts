import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Type tests (test/types/*.test-d.ts, expectTypeOf and @ts-expect-error) run with the others:
    // `vitest run` type-checks them with tsc and fails on an assertion or a type error.
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
