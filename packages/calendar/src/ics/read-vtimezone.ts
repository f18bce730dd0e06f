/**
 * VTIMEZONE components of a file, read into {@link VTimezoneDef}s.
 *
 * @module
 */
import type { RawComponent } from './components';
import { parseDateText } from './datetime';
import type { FindingSink } from './findings';
import { unescapeText } from './text';
import { parseUtcOffset, parseYearlyRule, type Observance, type VTimezoneDef } from './vtimezone-eval';

/** An observance's local onset: a DATE (some writers use one) is its midnight. */
function localStart(d: { kind: string; iso: string }): string {
  return d.kind === 'date' ? `${d.iso}T00:00:00` : d.iso;
}

function readObservance(c: RawComponent, sink: FindingSink): Observance | undefined {
  let start: string | undefined;
  let fromNs: number | undefined;
  let toNs: number | undefined;
  let rule: Observance['rule'];
  const rdates: string[] = [];
  for (const p of c.properties) {
    if (p.name === 'DTSTART') {
      const d = parseDateText(p.value.trim(), undefined);
      if (d.ok) start = localStart(d);
      else sink.add('error', 'ics/invalid-date', p.line, `DTSTART: ${d.message}`);
      if (d.ok && d.kind === 'date') sink.add('info', 'ics/vtimezone-date-start', p.line, 'observance DTSTART is a DATE; read as its midnight');
    } else if (p.name === 'TZOFFSETFROM' || p.name === 'TZOFFSETTO') {
      const ns = parseUtcOffset(p.value);
      if (ns === undefined) sink.add('error', 'ics/invalid-offset', p.line, `${p.name}: invalid UTC offset ${JSON.stringify(p.value.slice(0, 20))}`);
      else if (p.name === 'TZOFFSETFROM') fromNs = ns;
      else toNs = ns;
    } else if (p.name === 'RRULE') {
      rule = parseYearlyRule(p.value);
      if (rule === undefined) sink.add('warning', 'ics/vtimezone-rrule', p.line, 'only yearly observance rules are evaluated; this RRULE is ignored');
    } else if (p.name === 'RDATE') {
      for (const item of p.value.split(',').slice(0, 1000)) {
        const d = parseDateText(item.trim(), undefined);
        if (d.ok) rdates.push(localStart(d));
      }
    }
  }
  if (start === undefined || fromNs === undefined || toNs === undefined) {
    sink.add('error', 'ics/invalid-observance', c.line, `${c.name} needs DTSTART, TZOFFSETFROM and TZOFFSETTO; ignored`);
    return undefined;
  }
  return rule === undefined ? { start, fromNs, toNs, rdates } : { start, fromNs, toNs, rule, rdates };
}

/**
 * Reads the VTIMEZONEs among a calendar's components, by TZID.
 *
 * @param components - the calendar's sub-components
 * @param sink - findings
 * @returns definitions by TZID (the first of duplicates wins)
 */
export function readVTimezones(components: readonly RawComponent[], sink: FindingSink): Map<string, VTimezoneDef> {
  const out = new Map<string, VTimezoneDef>();
  for (const c of components) {
    if (c.name !== 'VTIMEZONE') continue;
    // TZID is TEXT: Exchange writes `(UTC+07:00) Bangkok\, Hanoi\, Jakarta`.
    const raw = c.properties.find((p) => p.name === 'TZID')?.value;
    const tzid = raw === undefined ? undefined : unescapeText(raw).trim();
    if (tzid === undefined || tzid === '') {
      sink.add('error', 'ics/vtimezone-without-tzid', c.line, 'VTIMEZONE without TZID is ignored');
      continue;
    }
    if (out.has(tzid)) {
      sink.add('warning', 'ics/duplicate-vtimezone', c.line, `second VTIMEZONE ${JSON.stringify(tzid)} is ignored`);
      continue;
    }
    const observances: Observance[] = [];
    for (const sub of c.components.slice(0, 2000)) {
      if (sub.name !== 'STANDARD' && sub.name !== 'DAYLIGHT') continue;
      const o = readObservance(sub, sink);
      if (o) observances.push(o);
    }
    if (observances.length === 0) {
      sink.add('error', 'ics/empty-vtimezone', c.line, `VTIMEZONE ${JSON.stringify(tzid)} has no usable STANDARD or DAYLIGHT`);
      continue;
    }
    out.set(tzid, { tzid, line: c.line, observances, signature: JSON.stringify(observances) });
  }
  return out;
}
