import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared';

// The store suites run against embedded PGlite and a real PostgreSQL server
// that test/global-setup.ts starts for the run and stops afterwards. `pg` is
// CommonJS that requires `pg-pool`, whose `import` export is an ES module
// wrapper: with the shared `import` condition applied to that require, the
// base class arrives as a module namespace. So the SSR conditions here leave
// `import` out; the workspace sources still resolve through `@gmekit/source`.
const conditions = ['@gmekit/source', 'module', 'node', 'default'];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ['@gmekit/source'] } },
  test: { ...shared.test, globalSetup: ['test/global-setup.ts'] },
});
