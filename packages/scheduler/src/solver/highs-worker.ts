import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { RawHighsProgress, RawHighsResult } from './highs-run';

/**
 * The model for the worker: LP text with its column names in variable order
 * and the objective constant (LP text has none), read back by name; or the
 * arrays `passModel` takes (offset included) with an optional start, read
 * back by index.
 */
type WorkerModel =
  | { readonly lp: string; readonly names: readonly string[]; readonly offset: number }
  | { readonly data: Readonly<Record<string, unknown>>; readonly start?: { readonly indices: readonly number[]; readonly values: readonly number[] } };

/** What the main thread sends the worker: the model and the HiGHS options. */
interface WorkerJob {
  readonly model: WorkerModel;
  readonly options: Readonly<Record<string, number | boolean | string>>;
  /** Whether to post MIP progress reports while solving. */
  readonly progress: boolean;
}

type WorkerReply = { readonly ok: true; readonly raw: RawHighsResult } | { readonly ok: false; readonly message: string } | { readonly progress: RawHighsProgress };

// The worker is a self-contained CommonJS string run with `eval: true`, so no
// separate entry file has to be found next to the built ESM, the built CJS or
// the TypeScript source vitest runs. It loads `highs` from the absolute path
// the main thread resolved, because an eval worker resolves bare names from
// the process's working directory, not from this package. It mirrors
// `runAndRead` (status 7 is Optimal) and reads columns back by name (LP
// text) or by index (arrays), as the adapters do on the main thread.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = require(workerData.highsPath);
const loadHighs = typeof loaded === 'function' ? loaded : loaded.default;
parentPort.once('message', async (job) => {
  try {
    const highs = await loadHighs();
    const text = job.model.lp !== undefined;
    const raw = highs.withModel(text ? { format: 'lp', data: job.model.lp } : job.model.data, (m) => {
      m.options.set(job.options);
      if (text) m.changeObjectiveOffset(job.model.offset);
      else if (job.model.start !== undefined) m.setSolution(job.model.start);
      // The same reports as progressCallbacks makes on the main thread (channels 4 and 5), posted as they come.
      const pass = (e) => {
        const d = e.data;
        parentPort.postMessage({ progress: { seconds: d.running_time ?? 0, primal: d.mip_primal_bound ?? Infinity, dual: d.mip_dual_bound ?? -Infinity, gap: d.mip_gap ?? Infinity } });
        return undefined;
      };
      m.run(job.progress ? { 4: pass, 5: pass } : undefined);
      const modelStatus = m.getModelStatus();
      const primalSolutionStatus = Number(m.info.get('primal_solution_status'));
      let values = null;
      if (modelStatus === 7 || primalSolutionStatus === 2) {
        const columns = m.getSolution().colValue;
        if (text) {
          values = new Float64Array(job.model.names.length);
          job.model.names.forEach((name, j) => { values[j] = columns[m.getColByName(name)] ?? 0; });
        } else values = Float64Array.from(columns);
      }
      return { modelStatus, primalSolutionStatus, mipGap: Number(m.info.get('mip_gap')), objective: m.getObjectiveValue(), values };
    });
    parentPort.postMessage({ ok: true, raw });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
`;

let highsPath: string | undefined;

// `import.meta.url` is shimmed in the CJS build (tsup `shims: true`).
function resolveHighs(): string {
  highsPath ??= createRequire(import.meta.url).resolve('highs');
  return highsPath;
}

/**
 * Solves LP text with HiGHS in a fresh worker thread and terminates the
 * worker when it answers, so the calling thread's event loop keeps running
 * and no WebAssembly memory outlives the solve.
 *
 * @param job - the model (LP text or arrays), HiGHS options, whether to report progress
 * @param onProgress - told of each MIP report the worker posts
 * @returns what HiGHS reported
 * @throws Error when the worker fails to load HiGHS, HiGHS throws, or the worker exits without answering
 */
export function solveInWorker(job: WorkerJob, onProgress?: (raw: RawHighsProgress) => void): Promise<RawHighsResult> {
  return new Promise<RawHighsResult>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { highsPath: resolveHighs() } });
    let settled = false;
    const finish = (result: { raw: RawHighsResult } | { error: Error }): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if ('raw' in result) resolve(result.raw);
      else reject(result.error);
    };
    // The reply comes from WORKER_SOURCE above, whose shape this type states.
    worker.on('message', (reply: WorkerReply) => {
      if ('progress' in reply) onProgress?.(reply.progress);
      else finish(reply.ok ? { raw: reply.raw } : { error: new Error(`HiGHS worker failed: ${reply.message}`) });
    });
    worker.once('error', (error) => { finish({ error }); });
    worker.once('exit', (code) => { finish({ error: new Error(`HiGHS worker exited (code ${code}) before answering`) }); });
    worker.postMessage(job);
  });
}
