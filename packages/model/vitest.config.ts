import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared';

// Type-level tests (`*.test-d.ts`) run in vitest's typecheck mode beside the
// runtime tests, so `npm test` fails when a branded id starts to mix. They
// check only the `*.test-d.ts` files and what they import (tsconfig.typecheck.json),
// which keeps the seven time-zone runs cheap.
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.typecheck.json' },
  },
});
