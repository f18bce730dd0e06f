import { describe, expect, it } from 'vitest';
import { idleWorkers, solveInWorker, warmingWorkers, warmWorker } from './highs-worker';

// minimise x subject to x >= 1 (x free above): the optimum is x = 1, objective 1.
const job = { model: { lp: 'minimize\n obj: x\nsubject to\n c: x >= 1\nend\n', names: ['x'], offset: 0 }, options: {}, progress: false };

// This file's own pool (vitest runs each test file in its own module scope), used in order.
describe('warmWorker', () => {
  it('loads HiGHS in a worker before any solve, once, and keeps the worker for the solve', async () => {
    expect(idleWorkers()).toBe(0);
    const warmed = warmWorker();
    expect(warmingWorkers()).toBe(1);
    // One is loading already: a second call starts none.
    await Promise.all([warmed, warmWorker()]);
    expect(warmingWorkers()).toBe(0);
    expect(idleWorkers()).toBe(1);
    const raw = await solveInWorker(job);
    expect(raw.objective).toBe(1);
    // The solve took the kept worker and gave it back.
    expect(idleWorkers()).toBe(1);
    // With one kept, there is nothing to warm.
    await warmWorker();
    expect(warmingWorkers()).toBe(0);
    expect(idleWorkers()).toBe(1);
  });

  it('gives a worker still loading to the solve that comes first, which waits for the load instead of starting another', async () => {
    // A failed solve ends its worker: the pool is empty again.
    await expect(solveInWorker({ ...job, options: { no_such_option: 1 } })).rejects.toThrow(/HiGHS worker failed/);
    expect(idleWorkers()).toBe(0);
    const warmed = warmWorker();
    const solved = solveInWorker(job);
    expect(warmingWorkers()).toBe(0);
    expect((await solved).objective).toBe(1);
    await warmed;
    // One worker only, kept after the solve.
    expect(idleWorkers()).toBe(1);
  });
});
