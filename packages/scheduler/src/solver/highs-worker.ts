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
  /** Whether to send the row duals back with a solution (a model without integer variables, passed as arrays). */
  readonly duals?: boolean;
}

type WorkerReply = { readonly ok: true; readonly raw: RawHighsResult } | { readonly ok: false; readonly message: string } | { readonly progress: RawHighsProgress } | { readonly warmed: boolean };

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
let runtime;
parentPort.on('message', async (job) => {
  if (job.warm === true) {
    // Only load HiGHS (see warmWorker): a job that fails to load it reports that itself.
    try {
      runtime ??= loadHighs();
      await runtime;
      parentPort.postMessage({ warmed: true });
    } catch {
      parentPort.postMessage({ warmed: false });
    }
    return;
  }
  try {
    runtime ??= loadHighs();
    const highs = await runtime;
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
      let rowDuals;
      if (modelStatus === 7 || primalSolutionStatus === 2) {
        // getSolution copies every buffer of the model, so it is read once.
        const solution = m.getSolution();
        const columns = solution.colValue;
        if (job.duals === true) rowDuals = Float64Array.from(solution.rowDual);
        if (text) {
          values = new Float64Array(job.model.names.length);
          job.model.names.forEach((name, j) => { values[j] = columns[m.getColByName(name)] ?? 0; });
        } else values = Float64Array.from(columns);
      }
      return { modelStatus, primalSolutionStatus, mipGap: Number(m.info.get('mip_gap')), objective: m.getObjectiveValue(), values, ...(rowDuals === undefined ? {} : { rowDuals }) };
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

/** Workers kept between solves, at most this many. */
const MAX_IDLE = 2;
/** An idle worker is ended after this long (ms). */
const IDLE_MS = 30_000;
const idle: Worker[] = [];
/** Workers loading HiGHS for a solve that has not come yet (see {@link warmWorker}). */
const warming: Worker[] = [];
const timers = new Map<Worker, ReturnType<typeof setTimeout>>();

/**
 * An idle worker, or a new one. Why keep them: V8 first runs HiGHS's
 * WebAssembly unoptimised and optimises the hot code while it runs, so a
 * fresh worker's first seconds are slow — a 60-resident call window's
 * relaxation took 3.1–4.5 s in a new worker and 2.6–2.8 s in a kept one.
 *
 * @returns a worker, referenced (it keeps the process alive while it works)
 */
function acquire(): Worker {
  const kept = idle.pop();
  if (kept !== undefined) {
    clearTimeout(timers.get(kept));
    timers.delete(kept);
    kept.ref();
    return kept;
  }
  // A worker still loading HiGHS takes the job next, sooner than a new one would.
  const loading = warming.shift();
  if (loading !== undefined) {
    loading.ref();
    return loading;
  }
  return spawn();
}

function spawn(): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { highsPath: resolveHighs() } });
  // A job's own listener reports its failure; one between jobs only ends the worker, which the exit listener drops.
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    const loading = warming.indexOf(worker);
    if (loading >= 0) warming.splice(loading, 1);
    clearTimeout(timers.get(worker));
    timers.delete(worker);
  });
  return worker;
}

/**
 * Keeps a worker that answered for the next solve, unreferenced so it never
 * keeps the process alive, and ends it after {@link IDLE_MS} without work.
 *
 * @param worker - the worker
 */
function release(worker: Worker): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
  const timer = setTimeout(() => { void worker.terminate(); }, IDLE_MS);
  timer.unref();
  timers.set(worker, timer);
}

/**
 * Starts a worker loading HiGHS now, for a solve about to come, unless one
 * is already kept or loading. Why: a new worker takes 0.2 s to start and
 * load HiGHS, time the caller can spend preparing the model meanwhile (a
 * call month for 30 residents is solved in about 2.5 s). The worker never
 * keeps the process alive while it loads; the next solve takes it, or it is
 * kept like any other once loaded (a worker that failed to load is ended).
 *
 * @returns settles once the worker has loaded HiGHS, or failed to
 */
export function warmWorker(): Promise<void> {
  if (idle.length > 0 || warming.length > 0) return Promise.resolve();
  const worker = spawn();
  worker.unref();
  warming.push(worker);
  return new Promise<void>((resolve) => {
    const done = (loaded: boolean): void => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      const at = warming.indexOf(worker);
      // Taken by a solve meanwhile, it is that solve's now.
      if (at >= 0) {
        warming.splice(at, 1);
        if (loaded) release(worker);
        else void worker.terminate();
      }
      resolve();
    };
    const onMessage = (reply: WorkerReply): void => {
      if ('warmed' in reply) done(reply.warmed);
    };
    const onExit = (): void => { done(false); };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.postMessage({ warm: true });
  });
}

/**
 * Workers loading HiGHS after {@link warmWorker} that no solve has taken yet (for tests and diagnostics).
 *
 * @returns how many
 */
export function warmingWorkers(): number {
  return warming.length;
}

/**
 * Idle HiGHS workers kept for the next solve (for tests and diagnostics).
 *
 * @returns how many
 */
export function idleWorkers(): number {
  return idle.length;
}

/**
 * Solves with HiGHS in a worker thread, so the calling thread's event loop
 * keeps running. The worker is kept (up to two, for 30 s, never keeping the
 * process alive) for the next solve, whose HiGHS then runs at full speed;
 * a worker whose HiGHS failed is ended, never reused.
 *
 * @param job - the model (LP text or arrays), HiGHS options, whether to report progress
 * @param onProgress - told of each MIP report the worker posts
 * @returns what HiGHS reported
 * @throws Error when the worker fails to load HiGHS, HiGHS throws, or the worker exits without answering
 */
export function solveInWorker(job: WorkerJob, onProgress?: (raw: RawHighsProgress) => void): Promise<RawHighsResult> {
  return new Promise<RawHighsResult>((resolve, reject) => {
    const worker = acquire();
    let settled = false;
    // The reply comes from WORKER_SOURCE above, whose shape this type states.
    const onMessage = (reply: WorkerReply): void => {
      // A load this worker was asked for before the job (warmWorker) answers first; its listener takes it.
      if ('warmed' in reply) return;
      if ('progress' in reply) onProgress?.(reply.progress);
      else finish(reply.ok ? { raw: reply.raw } : { error: new Error(`HiGHS worker failed: ${reply.message}`) });
    };
    const onError = (error: Error): void => { finish({ error }); };
    const onExit = (code: number): void => { finish({ error: new Error(`HiGHS worker exited (code ${code}) before answering`) }); };
    const finish = (result: { raw: RawHighsResult } | { error: Error }): void => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if ('raw' in result) {
        release(worker);
        resolve(result.raw);
      } else {
        void worker.terminate();
        reject(result.error);
      }
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(job);
  });
}
