import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The HiGHS worker resolves `highs` from import.meta.url, also in the CJS build.
  shims: true,
  tsconfig: 'tsconfig.build.json',
});
