// Runs the published test vectors (vectors/work-hours.json, shipped in the
// package): input, the rule sentence, the hand arithmetic and the expected
// findings and window summaries, compared on the fields each vector gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditWorkHours } from './audit';
import type { AuditWorkHoursOptions } from './types';

interface Vector {
  name: string;
  rule: { section: string; text: string };
  arithmetic: string;
  input: { periods: unknown[]; options: AuditWorkHoursOptions };
  expected: { findings: Record<string, unknown>[]; windows?: Record<string, unknown>[] };
}

const doc = JSON.parse(readFileSync(new URL('../../vectors/work-hours.json', import.meta.url), 'utf8')) as { version: number; vectors: Vector[] };

/** The fields of `actual` that `expected` names. */
const pick = (actual: object, expected: Record<string, unknown>) => Object.fromEntries(Object.keys(expected).map((k) => [k, (actual as Record<string, unknown>)[k]]));

describe('published work-hour test vectors', () => {
  it('has vectors, each with its rule sentence and arithmetic', () => {
    expect(doc.version).toBe(1);
    expect(doc.vectors.length).toBeGreaterThanOrEqual(8);
    for (const v of doc.vectors) {
      expect(v.rule.section).toMatch(/^ACGME CPR 6\.2\d/);
      expect(v.rule.text.length).toBeGreaterThan(40);
      expect(v.arithmetic.length).toBeGreaterThan(20);
    }
  });

  for (const v of doc.vectors) {
    it(`${v.name} (${v.rule.section})`, () => {
      const report = auditWorkHours(v.input.periods, { ...v.input.options, untrusted: true });
      expect(report.findings.map((f, i) => pick(f, v.expected.findings[i] ?? {}))).toEqual(v.expected.findings);
      if (v.expected.windows !== undefined) {
        const windows = report.trainees[0]?.windows ?? [];
        expect(windows.map((w, i) => pick(w, v.expected.windows?.[i] ?? {}))).toEqual(v.expected.windows);
      }
    });
  }
});
