import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared';

// The CLI's test files all import the same package graph (model, programs,
// calendar, requirements); sharing one module graph across files instead of
// re-importing it per file keeps the suite fast enough to run under seven
// time zones. The tests keep no module state between files.
//
// `gmekit db` loads @gmekit/store, which loads `pg`: CommonJS that requires
// `pg-pool`, whose `import` export is an ES module wrapper, so with the shared
// `import` condition applied to that require the pool's base class arrives as
// a module namespace. As in packages/store, the SSR conditions leave `import`
// out; the workspace sources still resolve through `@gmekit/source`.
const conditions = ['@gmekit/source', 'module', 'node', 'default'];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ['@gmekit/source'] } },
  test: { ...shared.test, isolate: false },
});
