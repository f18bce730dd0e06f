/**
 * Child of the kill test: opens the store at argv[2] and imports argv[3]
 * work periods for the trainees `t0`…`t9` in one call, saying `inserting`
 * just before. The parent kills it part-way through.
 */
import { openStore } from '../../src/index';

const [url, size] = process.argv.slice(2);
if (url === undefined || size === undefined) throw new Error('usage: bulk-import <url> <periods>');
const store = await openStore({ url, actor: 'killed-import' });
const base = Date.parse('2026-07-01T00:00:00Z');
const hour = 3_600_000;
const periods = Array.from({ length: Number(size) }, (_, i) => ({
  id: `killed-${i}`,
  traineeId: `t${i % 10}`,
  start: new Date(base + i * hour).toISOString(),
  end: new Date(base + i * hour + 30 * 60_000).toISOString(),
  kind: 'clinical',
}));
process.stdout.write('inserting\n');
const result = await store.workPeriods.insert(periods);
process.stdout.write(`done ${result.written}\n`);
await store.close();
