import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    recurrence: 'src/subpaths/recurrence.ts',
    ics: 'src/subpaths/ics.ts',
    testing: 'src/testing.ts',
  },
  format: ['esm', 'cjs'],
  // Shared chunks in CommonJS too: `require('@gmekit/calendar')` and
  // `require('@gmekit/calendar/recurrence')` must load one copy of the engine,
  // so a `RecurrenceError` thrown by `iterate` is `instanceof` the root's class.
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
