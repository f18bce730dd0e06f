// `npm run bench`: every benchmark, peers side by side in one process.
// Figures are printed and written to benchmarks/results/latest.txt; they are
// measurements for the package READMEs, never test assertions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchModel } from './model.bench';

const suites: [string, () => string][] = [['model', benchModel]];
const only = process.argv.slice(2);
const out: string[] = [`node ${process.version}, ${new Date().toISOString()}`];
for (const [name, run] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  const text = run();
  console.log(text);
  out.push(text);
}
mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../results/latest.txt', import.meta.url), out.join('\n') + '\n');
