import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared';

// Type-level tests (`*.test-d.ts`) run in vitest's typecheck mode beside the
// runtime tests: the signatures of evaluate and auditWorkHours must keep
// refusing what they promise to refuse. tsconfig.typecheck.json checks only
// those files and what they import.
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.typecheck.json' },
  },
});
