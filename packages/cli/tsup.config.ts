import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { defineConfig } from 'tsup';
import { SNAPSHOT_FILE, buildSnapshot } from './src/catalog/embedded';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // The embedded catalog reads its snapshot next to the module (import.meta.url), also in the CJS build.
  shims: true,
  // Each command's code is a chunk of its own, loaded when that command runs (commands/registry.ts).
  splitting: true,
  async onSuccess() {
    // The embedded catalog and what `show` derives from it, stored as JSON so
    // a start does not build the model's schemas (catalog/embedded.ts).
    const snapshot = await buildSnapshot();
    const text = JSON.stringify(snapshot);
    if (!isDeepStrictEqual(JSON.parse(text), snapshot)) throw new Error(`${SNAPSHOT_FILE}: the embedded catalog does not survive JSON`);
    writeFileSync(new URL(`./dist/${SNAPSHOT_FILE}`, import.meta.url), `${text}\n`);
  },
});
