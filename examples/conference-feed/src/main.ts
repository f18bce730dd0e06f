/**
 * `npm start` in this folder: serves the embedded catalog's feeds until
 * Ctrl-C. `PORT` (default 8787) and `HOST` (default 127.0.0.1) choose where.
 *
 * @module
 */
import { catalog } from '@gmekit/programs';
import { DEFAULT_READINGS } from './readings';
import { startFeedServer } from './server';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const running = await startFeedServer({ catalog, readingsBySeries: DEFAULT_READINGS }, port, host);
console.log(`conference feeds: ${running.url} (index)`);
for (const p of catalog.programs) console.log(`  ${p.name}: ${running.url}feeds/${p.id}.ics`);
const stop = () => {
  void running.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
