// TEMPORARY: types from the recurrence engine; parse/format stand-ins until its parser lands.
import type { RecurrenceRule, WeekdayCode, WeekdayNum, DateTimeValue } from '../recurrence/types';
export type { DateTimeValue, RecurrenceRule, RecurrenceOverride, RecurrenceSeries, Occurrence } from '../recurrence/types';

export function parseRRule(text: string): { ok: true; rule: RecurrenceRule } | { ok: false; error: { message: string } } {
  const parts = new Map(text.split(';').map((p) => [p.split('=')[0] ?? '', p.split('=')[1] ?? '']));
  const freq = parts.get('FREQ');
  if (freq !== 'YEARLY' && freq !== 'MONTHLY' && freq !== 'WEEKLY' && freq !== 'DAILY') return { ok: false, error: { message: `bad FREQ ${freq ?? ''}` } };
  const rule: { -readonly [K in keyof RecurrenceRule]: RecurrenceRule[K] } = { freq };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) rule.interval = Number(interval);
  const count = parts.get('COUNT');
  if (count !== undefined) rule.count = Number(count);
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    let v: DateTimeValue;
    if (until.length === 8) v = { type: 'date', date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` };
    else {
      const iso = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}T${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}`;
      v = until.endsWith('Z') ? { type: 'utc', dateTime: iso } : { type: 'floating', dateTime: iso };
    }
    rule.until = v;
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    rule.byDay = byDay.split(',').map((d): WeekdayNum => {
      const m = /^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
      const day = (m?.[2] ?? 'MO') as WeekdayCode;
      return m?.[1] !== undefined ? { day, ordinal: Number(m[1]) } : { day };
    });
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined) rule.wkst = wkst as WeekdayCode;
  return { ok: true, rule };
}

export function formatRRule(rule: RecurrenceRule): string {
  const out = [`FREQ=${rule.freq}`];
  if (rule.until) {
    const u = rule.until;
    out.push(`UNTIL=${u.type === 'date' ? u.date.replace(/-/g, '') : u.dateTime.replace(/[-:]/g, '') + (u.type === 'utc' ? 'Z' : '')}`);
  }
  if (rule.count !== undefined) out.push(`COUNT=${rule.count}`);
  if (rule.interval !== undefined) out.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay) out.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${d.day}`).join(',')}`);
  if (rule.wkst) out.push(`WKST=${rule.wkst}`);
  return out.join(';');
}
