// Appended to the consumer project's ESM file: real use of the public API as
// an app would write it, type-checked against the published declarations.
import { scheduleBlocks, toLP, type ScheduleResult } from '@gmekit/scheduler';

export const schedule: (problem: unknown) => Promise<ScheduleResult> = (problem) => scheduleBlocks(problem, { relativeGap: 0.01 });
export const lpText: string = toLP({ variables: [{ name: 'x', type: 'binary' }], constraints: [], objective: [{ variable: 0, coefficient: 1 }], objectiveConstant: 0 });
import { openStore, type Store } from '@gmekit/store';

export const openOfficeStore: (dir: string) => Promise<Store> = (dir) => openStore({ dir, actor: 'consumer-test' });
