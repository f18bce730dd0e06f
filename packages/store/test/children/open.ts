/**
 * Child of the concurrent-open test: loads the store, says `ready`, waits for
 * `go` on stdin (so two children open at the same moment), opens the store at
 * argv[2], writes trainee argv[3] and prints `opened` with its migration status.
 */
import { createInterface } from 'node:readline';
import { openStore } from '../../src/index';

const [url, trainee] = process.argv.slice(2);
if (url === undefined || trainee === undefined) throw new Error('usage: open <url> <trainee id>');
const input = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => {
  input.on('line', (line) => {
    if (line === 'go') resolve();
  });
});
process.stdout.write('ready\n');
await go;
input.close();
const store = await openStore({ url, actor: trainee });
const written = await store.trainees.put([{ id: trainee, name: `Dr. ${trainee}`, programId: 'kp-lamc-interventional-radiology', startDate: '2026-07-01', pgyAtStart: 1 }]);
process.stdout.write(`opened ${JSON.stringify({ migrations: store.migrations, written: written.written })}\n`);
await store.close();
