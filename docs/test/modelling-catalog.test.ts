/**
 * The modelling guide's complete example is a second catalog: this test takes
 * the catalog literal from the guide's own Markdown (so the guide cannot drift
 * from what is tested), writes it to a scratch file and runs every `gmekit`
 * command on it with `--catalog`. The expected values are worked out from the
 * guide's brochure text and data, not copied from the CLI's output.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '@gmekit/cli';
import { codeBlocks } from './code-blocks';

const here = dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(join(here, '..', 'guides', 'modelling-your-own-program.md'), 'utf8');

// The block that ends by saving `lakeside.json`: from its first declaration
// (after the imports) to the end of `const json = {...};`.
function catalogSource(): string {
  const block = codeBlocks(guide).find((b) => b.lang === 'ts' && b.code.includes("'lakeside.json'"));
  if (block === undefined) throw new Error('the modelling guide has no ts block that writes lakeside.json');
  const start = block.code.indexOf('\nconst ');
  const json = block.code.indexOf('\nconst json');
  const end = block.code.indexOf('\n};\n', json);
  if (start === -1 || json === -1 || end === -1) throw new Error('the lakeside.json block has no `const json = {...};`');
  return `${block.code.slice(start, end + 3)}\nexport { json };\n`;
}

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gmekit-guide-catalog-'));
  // Written inside docs/test (in a git-ignored .blocks-* folder) so vitest transforms its TypeScript; removed at once.
  const folder = resolve(here, `.blocks-lakeside-${String(process.pid)}`);
  mkdirSync(folder, { recursive: true });
  const module = join(folder, 'catalog.ts');
  writeFileSync(module, catalogSource());
  try {
    const { json: catalog } = (await import(/* @vite-ignore */ module)) as { json: unknown };
    writeFileSync(join(dir, 'lakeside.json'), JSON.stringify(catalog, null, 2));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function gmekit(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  // `ics` and `schema` read no catalog, so they refuse --catalog.
  const catalog = argv[0] === 'ics' || argv[0] === 'schema' ? [] : ['--catalog', 'lakeside.json'];
  const code = await run([...argv, ...catalog], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const json = (text: string): unknown => JSON.parse(text);

describe('every gmekit command on the catalog written from the modelling guide', () => {
  it('programs: Lakeside Medical Center with its one three-year pediatrics residency', async () => {
    const r = await gmekit('programs', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = json(r.stdout) as { institution: unknown; programs: { id: string; positionsPerYear: unknown }[] };
    expect(doc.institution).toEqual({ id: 'lakeside', name: 'Lakeside Medical Center' });
    expect(doc.programs.map((p) => p.id)).toEqual(['lakeside-peds']);
    // "four residents a year"
    expect(doc.programs[0]?.positionsPerYear).toEqual({ kind: 'exact', value: 4 });
  });

  it('show: the rotations and conferences of the example, and what the brochure leaves open', async () => {
    const r = await gmekit('show', 'lakeside-peds', '--json');
    expect(r.code).toBe(0);
    const doc = json(r.stdout) as { program: { rotations: { id: string }[]; conferences: { id: string }[] }; gaps: { path: (string | number)[] }[] };
    expect(doc.program.rotations.map((x) => x.id)).toEqual(['wards', 'nicu', 'clinics']);
    expect(doc.program.conferences.map((x) => x.id)).toEqual(['lakeside-noon', 'lakeside-journal-club']);
    // Unstated in the data: ACGME code, board, founded, faculty total, the
    // clinics' site, four block positions, the noon conference's anchor date
    // and all five open values of journal club: 15.
    expect(doc.gaps).toHaveLength(15);
    expect(doc.gaps.filter((g) => g.path[0] === 'conferences' && g.path[1] === 1)).toHaveLength(5);
  });

  it('timeline: PGY1–PGY3 from July 1, 2026, the wards dated to the first two months', async () => {
    const r = await gmekit('timeline', 'lakeside-peds', '--start', '2026-07-01', '--json');
    expect(r.code).toBe(0);
    const doc = json(r.stdout) as {
      timeline: { plannedCompletion: string; years: { pgy: number; start: string; end: string }[] };
      layout: { years: { slots: { rotationId?: string; status?: string; start: string; end: string }[] }[] };
    };
    expect(doc.timeline.years.map((y) => [y.pgy, y.start, y.end])).toEqual([
      [1, '2026-07-01', '2027-06-30'],
      [2, '2027-07-01', '2028-06-30'],
      [3, '2028-07-01', '2029-06-30'],
    ]);
    expect(doc.timeline.plannedCompletion).toBe('2029-06-30');
    // "the first two months of PGY1 on the inpatient wards": July and August
    expect(doc.layout.years[0]?.slots[0]).toMatchObject({ rotationId: 'wards', status: 'dated', start: '2026-07-01', end: '2026-08-31' });
  });

  it('conferences: noon conference every Wednesday of July 2026 in Chicago; journal club, with no stated time, is a warning (exit 0)', async () => {
    const r = await gmekit('conferences', 'lakeside-peds', '--from', '2026-07-01', '--to', '2026-07-31', '--json');
    expect(r.code).toBe(0);
    // Warnings always reach standard error, with the hint how to choose a reading.
    expect(r.stderr).toMatch(/^warning conferences\[1\]\.startTime: Journal club \(lakeside-journal-club\)/m);
    expect(r.stderr).toContain('--reading lakeside-journal-club.startTime=HH:MM');
    const doc = json(r.stdout) as { occurrences: { seriesId: string; start: string; end: string; status: string }[]; findings: { code: string; severity: string }[] };
    // July 1, 2026 is a Wednesday; Chicago is on daylight time (UTC−5) all month; no federal holiday falls on a Wednesday
    expect(doc.occurrences.map((o) => [o.seriesId, o.start, o.end, o.status])).toEqual(
      ['01', '08', '15', '22', '29'].map((d) => ['lakeside-noon', `2026-07-${d}T12:00:00-05:00[America/Chicago]`, `2026-07-${d}T13:00:00-05:00[America/Chicago]`, 'scheduled']),
    );
    expect(doc.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: 'conference/startTime-unstated', severity: 'warning' }));
  });

  it('ics: reads back the .ics file that conferences --ics wrote (five sessions)', async () => {
    const w = await gmekit('conferences', 'lakeside-peds', '--from', '2026-07-01', '--to', '2026-07-31', '--ics', '--output', 'noon.ics');
    expect(w.code).toBe(0);
    const r = await gmekit('ics', 'noon.ics', '--from', '2026-07-01', '--to', '2026-07-31', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = json(r.stdout) as { occurrences: { start: string }[] };
    expect(doc.occurrences.map((o) => o.start)).toEqual(['01', '08', '15', '22', '29'].map((d) => `2026-07-${d}T12:00:00-05:00[America/Chicago]`));
  });

  it('check: exit 1, because the plan is short of critical care on purpose, as the guide says', async () => {
    // The guide's own words for why: the NICU gives 1 to 2 of the 3 months.
    expect(guide.replace(/\s*\n\/\/\s*/g, ' ')).toMatch(/the NICU gives 1 to 2 months of the 3 required, so even the best case falls short/);
    const r = await gmekit('check', 'lakeside-peds', '--json');
    expect(r.code).toBe(1);
    const doc = json(r.stdout) as { report: { results: { requirementId: string; status: string; measured: unknown }[] } };
    expect(doc.report.results.map((x) => [x.requirementId, x.status, x.measured])).toEqual([
      // three 12-month years
      ['length', 'met', { min: 36, max: 36 }],
      ['critical-care', 'unmet', { min: 1, max: 2 }],
    ]);
  });

  it('work-hours: a 30-hour in-house call on the NICU breaks the 24 + 4 hour limit (exit 1), named by its CSV line', async () => {
    writeFileSync(join(dir, 'calls.csv'), ['trainee_id,start,end,kind,rotation_id', 'r1,2026-07-06T07:00,2026-07-07T13:00,in-house-call,nicu', ''].join('\n'));
    writeFileSync(join(dir, 'people.json'), JSON.stringify({ trainees: [{ id: 'r1', name: 'Dr. R', programId: 'lakeside-peds', startDate: '2026-07-01', pgyAtStart: 2 }] }));
    const r = await gmekit('work-hours', 'calls.csv', '--zone', 'America/Chicago', '--records', 'people.json', '--json');
    expect(r.code).toBe(1);
    const doc = json(r.stdout) as { periods: number; report: { findings: { code: string; line?: number }[] } };
    expect(doc.periods).toBe(1);
    expect(doc.report.findings).toContainEqual(expect.objectContaining({ code: 'work-hours/continuous-24-4', line: 2 }));
  });

  it('validate: the file is a valid catalog', async () => {
    const r = await gmekit('validate', 'lakeside.json', '--json');
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual({ file: 'lakeside.json', kind: 'catalog', valid: true, findings: [] });
  });

  it('schema: the catalog schema describes the file’s top-level fields', async () => {
    const r = await gmekit('schema', 'catalog');
    expect(r.code).toBe(0);
    const schema = json(r.stdout) as { type: string; properties: Record<string, unknown> };
    const file = json(readFileSync(join(dir, 'lakeside.json'), 'utf8')) as Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(Object.keys(file).every((k) => k in schema.properties)).toBe(true);
  });
});
