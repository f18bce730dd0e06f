import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, hasErrors, parseWith, zodIssuesToFindings } from './finding';
import { ProgramSchema } from './program/program';
import { rawFixture } from './__fixtures__/catalog';

describe('formatPath', () => {
  it('writes paths the way people read them', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['programs', 1, 'curriculum', 'years', 0])).toBe('programs[1].curriculum.years[0]');
    expect(formatPath(['topicsByWeekday', 'odd key'])).toBe('topicsByWeekday["odd key"]');
  });
});

describe('zod issues as findings', () => {
  it('names the path and what was expected', () => {
    const program = (rawFixture().programs as unknown[])[0] as Record<string, any>;
    program.conferences[0].timeZone = 'Mars/Olympus_Mons';
    program.curriculum.years[0].blocks[0].duration.unit = 'fortnights';
    const r = ProgramSchema.safeParse(program);
    expect(r.success).toBe(false);
    const findings = r.success ? [] : zodIssuesToFindings(r.error);
    const messages = findings.map((f) => f.message);
    expect(messages).toContain('conferences[0].timeZone: expected an IANA time-zone name such as America/Los_Angeles');
    expect(messages.some((m) => m.startsWith('curriculum.years[0].blocks[0].duration.unit: '))).toBe(true);
    expect(findings.every((f) => f.code === 'schema/invalid' && f.severity === 'error')).toBe(true);
    expect(hasErrors(findings)).toBe(true);
  });

  it('parseWith returns data or findings, never throws', () => {
    const schema = z.object({ n: z.number() });
    expect(parseWith(schema, { n: 1 })).toEqual({ ok: true, data: { n: 1 }, findings: [] });
    const bad = parseWith(schema, { n: 'x' });
    expect(bad.ok).toBe(false);
    expect(bad.findings[0]?.path).toEqual(['n']);
    expect(parseWith(schema, undefined).ok).toBe(false);
  });
});
