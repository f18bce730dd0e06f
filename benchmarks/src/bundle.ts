// Minified + gzipped bundle size of one import, the way an app would ship it:
// esbuild bundles the package's published ESM entry (dist/, never the
// TypeScript source), tree-shakes and minifies, and every dependency
// (temporal-polyfill included) counts.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly name: string;
  /** Minified bytes. */
  readonly minified: number;
  /** Gzipped (level 9) bytes of the minified bundle. */
  readonly gzipped: number;
  /** Which packages the bytes come from, largest first. */
  readonly note: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** The package a bundled input path belongs to (`temporal-polyfill`, `@gmekit/calendar`, …). */
function packageOf(path: string): string {
  const gmekit = /(?:^|\/)packages\/([^/]+)\/(dist|src)\//.exec(path);
  if (gmekit) return `@gmekit/${gmekit[1] ?? ''} (${gmekit[2] ?? ''})`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m?.[1] ?? path;
}

export async function bundleSizes(entries: readonly { name: string; source: string }[]): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const entry of entries) {
    const result = await build({
      stdin: { contents: entry.source, resolveDir: here, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      treeShaking: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const byPackage = new Map<string, number>();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const [path, input] of Object.entries(output.inputs)) {
        const name = packageOf(path);
        byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
      }
    }
    const note = [...byPackage]
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}`)
      .join(', ');
    out.push({ name: entry.name, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, note: `(min kB: ${note})` });
  }
  return out;
}
