/**
 * Where the explorer's data comes from: the start server's JSON API (the
 * store) when the page says it has one, else the catalog built into the
 * bundle. The page says so with `<meta name="gmekit-api" content="api/">`,
 * which `npm start` fills in; served as plain files the tag is empty and no
 * request is made, so no 404 is ever asked for.
 *
 * @module
 */
import { CatalogSchema, type Catalog } from '@gmekit/model';
import { catalog as embedded } from '@gmekit/programs';
import { PublishedSchedulesSchema } from './model/schedule-grid';
import type { SchedulesState } from './view/schedules';

/** What the pages read. */
export interface ExplorerData {
  /** The catalog: the store's, or the embedded one. */
  readonly catalog: Catalog;
  /** Where the catalog came from, for the index page. */
  readonly catalogSource: 'store' | 'embedded';
  /** The published schedules, or why there are none. */
  readonly schedules: SchedulesState;
}

function apiBase(): string | null {
  const value = document.querySelector('meta[name="gmekit-api"]')?.getAttribute('content') ?? '';
  return value === '' ? null : value;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/**
 * Loads the catalog and the schedules.
 *
 * @returns the data; never rejects (a failed read falls back or says why)
 */
export async function loadData(): Promise<ExplorerData> {
  const base = apiBase();
  if (base === null) {
    return { catalog: embedded, catalogSource: 'embedded', schedules: { kind: 'unavailable', reason: 'Schedules come from the store, through the server `npm start` runs (api/schedules.json). This copy of the explorer is served as plain files, so it has none to show.' } };
  }
  const [catalogDoc, schedulesDoc] = await Promise.allSettled([getJson(`${base}catalog.json`), getJson(`${base}schedules.json`)]);
  const parsedCatalog = catalogDoc.status === 'fulfilled' ? CatalogSchema.safeParse(catalogDoc.value) : null;
  const parsedSchedules = schedulesDoc.status === 'fulfilled' ? PublishedSchedulesSchema.safeParse(schedulesDoc.value) : null;
  let schedules: SchedulesState;
  if (parsedSchedules === null) schedules = { kind: 'unavailable', reason: `The server did not give the schedules (${schedulesDoc.status === 'rejected' ? String(schedulesDoc.reason) : 'no answer'}).` };
  else if (!parsedSchedules.success) schedules = { kind: 'unavailable', reason: `The server's schedules do not match the model: ${parsedSchedules.error.issues[0]?.path.join('.') ?? ''} ${parsedSchedules.error.issues[0]?.message ?? ''}` };
  else schedules = { kind: 'loaded', schedules: parsedSchedules.data.schedules };
  return parsedCatalog?.success === true ? { catalog: parsedCatalog.data, catalogSource: 'store', schedules } : { catalog: embedded, catalogSource: 'embedded', schedules };
}
