// Provenance of every value in the catalog: what is inferred is listed here
// by hand with the reason it is not stated, and what is marked stated must be
// found in one of the sentences its fact group cites.
import { describe, expect, it } from 'vitest';
import { inferencesIn, inferredValueText, type Sources } from '@gmekit/model';
import { catalog } from './index';
import { normalize } from './__fixtures__/seeds';

describe('every inferred value, with its reasoning', () => {
  const inferred = inferencesIn(catalog);

  it('every conference’s America/Los_Angeles zone is inferred (no brochure names a zone), and no other zone is used', () => {
    const series = catalog.programs.flatMap((p, i) => p.conferences.map((c, j) => ({ ref: `programs[${i}].conferences[${j}].timeZone`, zone: c.timeZone })));
    // Radiation Oncology: faculty lectures, mock orals, the Kagan lectures, case
    // conferences, Tuesday didactics, chart rounds, journal club, the Friday
    // physics/biology lectures and five multidisciplinary conferences (13).
    // IR: three Tuesday boards/conferences, pulmonary/critical care,
    // neuro-IR, the noon diagnostic conferences, the 7 am conference, the
    // weekly clinical and the ICU lecture series (9). Hospice: none.
    expect(series.length).toBe(13 + 9);
    const zones = inferred.filter((x) => x.field === 'timeZone');
    expect(zones.map((z) => z.ref)).toEqual(series.map((s) => s.ref));
    for (const z of zones) {
      expect(z.value).toBe('America/Los_Angeles');
      expect(z.reasoning).toMatch(/^No brochure names a time zone/);
    }
  });

  // [path, value, what the reasoning must say] — worked out from the brochures.
  const expected: [string, string, RegExp][] = [
    // Sites: who a site belongs to is read from "our", a Kaiser Permanente name, or an outside name.
    ['sites[0].affiliation', 'sponsor', /their own medical center/],
    ['sites[1].affiliation', 'sponsor', /Kaiser Permanente name inside the sponsor’s medical center/],
    ['sites[1].city', 'Los Angeles', /“our Los Angeles facility”, read as this Cancer Center/],
    ['sites[2].affiliation', 'sponsor', /“Our satellite facilities in Anaheim and Ontario”/],
    ['sites[3].affiliation', 'sponsor', /“Our satellite facilities in Anaheim and Ontario”/],
    ['sites[4].affiliation', 'sponsor', /name implies it/],
    ['sites[5].affiliation', 'partner', /read from the name, not stated/],
    ['sites[6].affiliation', 'partner', /read from the name, not stated/],
    // Radiation Oncology.
    ['programs[0].accreditor', 'ACGME', /“to achieve the ACGME Core Competencies”.*“based on ACGME requirements”/],
    ['programs[0].pgyLevels', 'PGY2–PGY5', /PGY-4, PGY-5.*four years/],
    ...[0, 1, 2, 3, 4].map((i): [string, string, RegExp] => [`programs[0].clinics[${i}].site`, 'kp-lamc-cancer-center', /“All clinical rotations”.*where the clinics themselves meet is not said/]),
    ...[0, 1, 2, 3].map((i): [string, string, RegExp] => [`programs[0].equipment[${i}].site`, 'kp-lamc-cancer-center', /“our Los Angeles facility” is not named/]),
    ['programs[0].equipment[4].site', 'kp-lamc-cancer-center', /TrueBeamSTX.*“our Los Angeles facility”/],
    ...[6, 7, 8].map((i): [string, string, RegExp] => [`programs[0].equipment[${i}].year`, '2022', /dates the suite’s opening/]),
    ['programs[0].equipment[9].site', 'kp-lamc', /“at our main hospital”/],
    ['programs[0].rotations[3].site', 'kp-lamc-cancer-center', /covering the clinical electives too/],
    // Interventional Radiology.
    ['programs[1].length', '72 months', /72 months assumes twelve-month years/],
    ['programs[1].conversions', '160 hours a month', /worked back from.*7\.5 months.*reproduced only because of this conversion/],
    ['programs[1].pgyLevels', 'PGY1–PGY6', /internship is PGY1 is read from that order/],
    ['programs[1].clinics[0].site', 'kp-lamc', /speaking of itself/],
    ['programs[1].clinics[4].site', 'kp-lamc', /speaking of itself/],
    ['programs[1].rotations[1].site', 'kp-lamc', /speaking of itself/],
    ...[0, 1, 2, 3, 4, 5].map((y): [string, string, RegExp] => [`programs[1].curriculum.years[${y}].length`, '12 months', /never gives their length/]),
    ...[12, 13, 14, 15].map((v): [string, string, RegExp] => [`programs[1].volumes[${v}].per`, 'training', /no period/]),
    // Hospice & Palliative Medicine: the four centers are the mission bullet's four institutions, by inference.
    ['programs[2].siteIds', '["kp-lamc","kp-west-los-angeles","childrens-hospital-los-angeles","city-of-hope"]', /never says these are the four centers/],
    ...([[4, 'kp-lamc'], [5, 'kp-west-los-angeles'], [6, 'childrens-hospital-los-angeles'], [7, 'city-of-hope']] as const).map(
      ([r, site]): [string, string, RegExp] => [`programs[2].rotations[${r}].site`, site, /never says these are the four centers/],
    ),
  ];

  it('lists exactly these inferences besides the zones, each with its value and reasoning', () => {
    const rest = inferred.filter((x) => x.field !== 'timeZone');
    expect(rest.map((x) => [x.ref, inferredValueText(x.value)])).toEqual(expected.map(([ref, value]) => [ref, value]));
    rest.forEach((x, i) => {
      expect(x.reasoning, x.ref).toMatch(expected[i]?.[2] ?? /^$/);
    });
  });

  it('the issue’s inferences are among them: IR 160 h/month, 72 months, twelve-month years; affiliations; the HDR 2022 equipment year; “our Los Angeles facility”', () => {
    const refs = new Set(inferred.map((x) => x.ref));
    for (const ref of ['programs[1].conversions', 'programs[1].length', 'programs[1].curriculum.years[0].length', 'sites[0].affiliation', 'programs[0].equipment[6].year', 'programs[0].equipment[0].site']) {
      expect(refs.has(ref), ref).toBe(true);
    }
    // The suite itself is dated by the sentence: stated, not inferred.
    expect(catalog.programs[0]?.equipment[5]?.year).toEqual({ status: 'stated', value: 2022 });
  });
});

// ---- stated values must be in their sentences ----

const DAYS: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function numberWords(n: number): string {
  const forms = [esc(String(n)), esc(n.toLocaleString('en-US'))];
  const word = WORDS[n];
  if (Number.isInteger(n) && word !== undefined) forms.push(word);
  return `\\b(?:${forms.join('|')})\\b`;
}

function clock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const forms = [esc(hhmm)];
  if (h === 12 && m === 0) forms.push('noon');
  const h12 = h % 12 === 0 ? 12 : h % 12;
  forms.push(`${h12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}\\s*${h < 12 ? 'am' : 'pm'}`);
  return `(?:${forms.join('|')})`;
}

function minutes(h: number, m: number, ampm: string): number {
  return ((h % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0)) * 60 + m;
}

// Every phrase a stated value needs, as regexes that must all match the
// group's sentences; `null` when no rule covers the value (the test then fails).
function needs(value: unknown, field: string, siteNames: ReadonlyMap<string, string>): string[] | null {
  if (typeof value === 'number') return [numberWords(value)];
  if (typeof value === 'string') {
    const site = siteNames.get(value);
    if (site !== undefined) return [esc(site)];
    if (field === 'frequency') {
      const words: Record<string, string> = { weekly: 'weekly|every (?:monday|tuesday|wednesday|thursday|friday)|weekly basis|a week', 'every-other-week': 'every other', annual: 'annual', daily: 'daily' };
      return words[value] === undefined ? null : [words[value]];
    }
    if (field === 'per') {
      const words: Record<string, string> = { week: 'a week', year: 'a years?\\b|annually' };
      return words[value] === undefined ? null : [words[value]];
    }
    if (/^\d{2}:\d{2}$/.test(value)) return [clock(value)];
    return [esc(value)];
  }
  if (Array.isArray(value) && value.every((d) => typeof d === 'string' && DAYS[d] !== undefined)) return value.map((d: string) => DAYS[d] ?? d);
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.from === 'number' && typeof v.to === 'number') return [`PGY[\\s-]?${v.from}\\b`, `PGY[\\s-]?${v.to}\\b`];
    if (v.anchor === 'start') return ['beginning'];
    if (v.anchor === 'end') return ['end of'];
    if (v.kind === 'custom' && typeof v.name === 'string') return [esc(v.name), '1-2 months'];
    if (v.per === 'week' && typeof v.amount === 'object') return ['half a day|a half day', 'a week'];
    if (v.kind === 'exact' && typeof v.value === 'number') return [numberWords(v.value)];
    if (v.kind === 'approximate' && typeof v.value === 'number') return [`(?:approximately|about|averages)\\b.*${numberWords(v.value)}`];
    if (v.kind === 'more-than' && typeof v.value === 'number') return [`over (?:a )?${numberWords(v.value)}`];
    if (v.kind === 'range' && typeof v.min === 'number' && typeof v.max === 'number') return [`${numberWords(v.min)}\\s*(?:to|-)\\s*${numberWords(v.max)}`];
  }
  return null;
}

interface Stated {
  readonly ref: string;
  readonly field: string;
  readonly value: unknown;
  readonly sources: Sources;
}

// Every stated open value with the sentences of the nearest fact group that
// cites any: its own object's `sources`, the program's `factSources` for
// program-level fields, or (for the curriculum's block system, whose
// curriculum has no sources of its own) every sentence the program cites.
function statedValues(): Stated[] {
  const out: Stated[] = [];
  const programQuotes = (p: (typeof catalog.programs)[number]): Sources => {
    const all: Sources = [];
    const collect = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(collect);
      else if (typeof n === 'object' && n !== null) {
        for (const [k, v] of Object.entries(n)) {
          if (k === 'sources' && Array.isArray(v)) all.push(...(v as Sources));
          else collect(v);
        }
      }
    };
    collect(p);
    return all;
  };
  const walk = (node: unknown, ref: string, field: string, sources: Sources | undefined, fallback: Sources): void => {
    if (Array.isArray(node)) {
      node.forEach((c, i) => { walk(c, `${ref}[${i}]`, field, sources, fallback); });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const r = node as Record<string, unknown>;
    if (r.status === 'stated') {
      out.push({ ref, field, value: r.value, sources: sources ?? fallback });
      return;
    }
    const own = Array.isArray(r.sources) ? (r.sources as Sources) : sources;
    for (const [k, v] of Object.entries(r)) if (k !== 'sources') walk(v, `${ref}.${k}`, k, own, fallback);
  };
  catalog.sites.forEach((s, i) => { walk(s, `sites[${i}]`, '', s.sources, s.sources); });
  catalog.programs.forEach((p, i) => {
    const fallback = programQuotes(p);
    for (const [k, v] of Object.entries(p)) {
      const facts = (p.factSources as Record<string, Sources | undefined>)[k];
      walk(v, `programs[${i}].${k}`, k, facts, fallback);
    }
  });
  return out;
}

describe('every value marked stated is in a sentence its fact group cites', () => {
  const siteNames = new Map(catalog.sites.map((s) => [s.id as string, s.name]));
  const values = statedValues();

  it('finds the stated values (the check has something to check)', () => {
    expect(values.length).toBeGreaterThan(60);
  });

  it('each stated value’s words occur in its sources; a conference’s stated length is the span between two clock times there', () => {
    const missing: string[] = [];
    for (const v of values) {
      const text = normalize(v.sources.map((s) => s.quote).join(' \n '));
      if (v.field === 'durationMinutes' && typeof v.value === 'number') {
        // "between 12:00 pm and 1:30 pm", "7 am to 8 am": the stated span.
        const spans = [...text.matchAll(/(\d{1,2})(?::(\d{2}))?\s*(am|pm)\s*(?:to|and)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)/gi)].map(
          (m) => minutes(Number(m[4]), Number(m[5] ?? 0), m[6] ?? '') - minutes(Number(m[1]), Number(m[2] ?? 0), m[3] ?? ''),
        );
        if (!spans.includes(v.value)) missing.push(`${v.ref} = ${v.value}: no clock-time span of that length`);
        continue;
      }
      const rules = needs(v.value, v.field, siteNames);
      if (rules === null) {
        missing.push(`${v.ref} = ${JSON.stringify(v.value)}: no rule for this kind of value`);
        continue;
      }
      for (const rule of rules) if (!new RegExp(rule, 'i').test(text)) missing.push(`${v.ref} = ${JSON.stringify(v.value)}: /${rule}/ not in its sources`);
    }
    expect(missing).toEqual([]);
  });

  it('the check fails for a stated value its sentences do not contain', () => {
    const text = normalize('We established a pathway for training in 2008');
    const rules = needs(2009, 'founded', siteNames) ?? [];
    expect(rules.every((r) => new RegExp(r, 'i').test(text))).toBe(false);
    expect((needs(2008, 'founded', siteNames) ?? []).every((r) => new RegExp(r, 'i').test(text))).toBe(true);
  });
});
