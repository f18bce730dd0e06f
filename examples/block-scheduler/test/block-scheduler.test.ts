import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { parseICS } from '@gmekit/calendar';
import type { BlockSchedule } from '@gmekit/scheduler';
import { interventionalRadiology as ir } from '@gmekit/programs';
import { EXAMPLE_INPUTS, classProblem, scheduleAndWrite, yearProblem } from '../src/index';

const categories = new Map(ir.rotations.map((r) => [String(r.id), new Set<string>(r.categories)]));
const has = (rotationId: string | null, category: string) => rotationId !== null && categories.get(rotationId)?.has(category) === true;
const scheduled = (r: { result: { status: string } }): BlockSchedule => {
  if (r.result.status !== 'scheduled') throw new Error(`expected a schedule: ${JSON.stringify(r.result)}`);
  return r.result as BlockSchedule;
};
const dtstamp = '2026-06-01T00:00:00Z';

describe('the block-scheduler example', () => {
  it('plans one IR class over the whole program to the brochure totals, with one .ics each', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gmekit-block-'));
    const run = await scheduleAndWrite(classProblem(), out, dtstamp);
    const s = scheduled(run);
    expect(s.blocks).toHaveLength(72);
    expect(s.trainees).toHaveLength(EXAMPLE_INPUTS.classSize);
    for (const t of s.trainees) {
      const rot = t.blocks.map((b) => b.rotationId);
      // The brochure's totals, in whole calendar-month blocks: 4.5 months ICU → at least 5,
      // 3 months neuro-IR → 3, 7.5 months IR and clinical in PGY2–PGY4 (blocks 13–48) → 8.
      expect(rot.filter((r) => has(r, 'icu')).length).toBeGreaterThanOrEqual(5);
      expect(rot.filter((r) => has(r, 'neuro-ir')).length).toBeGreaterThanOrEqual(3);
      expect(rot.slice(12, 48).filter((r) => has(r, 'ir') || has(r, 'clinical')).length).toBeGreaterThanOrEqual(8);
      // Example limit: never three ICU blocks in a row.
      rot.forEach((_, i) => { expect(rot.slice(i, i + 3).every((r) => has(r, 'icu')) && i + 3 <= rot.length).toBe(false); });
    }
    s.blocks.forEach((_, i) => { expect(s.trainees.filter((t) => t.blocks[i]?.rotationId === 'ir-micu').length).toBeLessThanOrEqual(EXAMPLE_INPUTS.micuPlaces); });
    expect(run.files.map((f) => f.slice(f.lastIndexOf('/') + 1))).toEqual(['c2026-1.ics', 'c2026-2.ics']);
    // Every day from 1 July 2026 to 30 June 2032 is in exactly one event: 6 × 365 + 2 leap days = 2192.
    const cal = parseICS(readFileSync(run.files[0] ?? '', 'utf8'));
    const days = cal.calendar.events.reduce((n, e) => {
      const start = e.series.start.type === 'date' ? e.series.start.date : '';
      const end = e.series.end?.type === 'date' ? e.series.end.date : start;
      return n + Temporal.PlainDate.from(start).until(Temporal.PlainDate.from(end)).days;
    }, 0);
    expect(days).toBe(2192);
  });

  it('gives the internship year the brochure lists: 11 listed months, none over its count', async () => {
    const s = scheduled(await scheduleAndWrite(classProblem(), mkdtempSync(join(tmpdir(), 'gmekit-block-')), dtstamp));
    // The brochure's PGY1: one month of IR, vascular, thoracic, pediatric, colorectal, minimally
    // invasive surgery and MICU, two of surgical oncology and acute care surgery: 11 months of 12.
    const listed: Record<string, number> = {
      'ir-interventional-radiology': 1,
      'ir-vascular-surgery': 1,
      'ir-surgical-oncology': 2,
      'ir-thoracic-surgery': 1,
      'ir-pediatric-surgery': 1,
      'ir-colorectal-surgery': 1,
      'ir-acute-care-surgery': 2,
      'ir-minimally-invasive-surgery': 1,
      'ir-micu': 1,
    };
    for (const t of s.trainees) {
      const internship = t.blocks.slice(0, 12).map((b) => b.rotationId ?? '');
      for (const [rotation, months] of Object.entries(listed)) expect(internship.filter((r) => r === rotation).length).toBeLessThanOrEqual(months);
      // Each listed month is preferred and the limits add up to 11, so the optimum uses all 11.
      expect(internship.filter((r) => r in listed)).toHaveLength(11);
    }
  });

  it('schedules a whole year for every PGY level with shared MICU places and one vacation block each', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gmekit-block-'));
    const run = await scheduleAndWrite(yearProblem(), out, dtstamp);
    const s = scheduled(run);
    expect(s.trainees).toHaveLength(6 * EXAMPLE_INPUTS.perLevel);
    expect(s.blocks).toHaveLength(13);
    // MICU takes at least 1 and at most micuPlaces (1) a block: exactly one resident in each of the 13 blocks.
    s.blocks.forEach((_, i) => { expect(s.trainees.filter((t) => t.blocks[i]?.rotationId === 'ir-micu')).toHaveLength(1); });
    for (const t of s.trainees) {
      expect(t.blocks.filter((b) => b.kind === 'vacation')).toHaveLength(EXAMPLE_INPUTS.vacationBlocks);
      if (t.traineeId.startsWith('pgy1-')) expect(t.blocks.filter((b) => has(b.rotationId, 'ir'))).toEqual([]);
    }
    expect(run.files).toHaveLength(12);
    expect(parseICS(readFileSync(run.files[0] ?? '', 'utf8')).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
