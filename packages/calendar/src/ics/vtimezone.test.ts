import { describe, expect, it } from 'vitest';
import { resolveTimeZone } from './tz-resolve';
import { evaluateOnsets, parseYearlyRule, type VTimezoneDef } from './vtimezone-eval';
import { formatUtcOffset, vtimezoneLines } from './vtimezone';
import { windowsToIana } from './windows-zones';

const H = 3600e9;

describe('vtimezoneLines', () => {
  it('describes America/Los_Angeles 2026-2027 with the real US transitions', () => {
    // US rules since 2007: DST from the second Sunday of March 02:00 to the
    // first Sunday of November 02:00. 2026: Mar 8 and Nov 1; 2027: Mar 14 and
    // Nov 7. The observance in force on 2026-01-01 began on 2025-11-02.
    expect(vtimezoneLines('America/Los_Angeles', 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Los_Angeles',
      'X-LIC-LOCATION:America/Los_Angeles',
      'BEGIN:STANDARD', 'DTSTART:20251102T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:20260308T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:20261101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:20270314T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:20271107T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('gives a zone without transitions a single STANDARD', () => {
    expect(vtimezoneLines('Asia/Kolkata', 2026, 2032)).toEqual([
      'BEGIN:VTIMEZONE', 'TZID:Asia/Kolkata', 'X-LIC-LOCATION:Asia/Kolkata',
      'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('uses "last Sunday" for European rules', () => {
    // EU: last Sunday of March 01:00 UTC (02:00 CET) and of October (03:00 CEST).
    const lines = vtimezoneLines('Europe/Berlin', 2030, 2030);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('DTSTART:20300331T020000');
    expect(lines).toContain('DTSTART:20301027T030000');
  });

  it('formats offsets with seconds only when needed', () => {
    expect(formatUtcOffset(-8 * H)).toBe('-0800');
    expect(formatUtcOffset(5.5 * H)).toBe('+0530');
    expect(formatUtcOffset(0)).toBe('+0000');
    expect(formatUtcOffset(-(17 * 60 + 30) * 1e9)).toBe('-001730');
  });
});

// An Outlook-style custom VTIMEZONE for "Pacific Standard Time".
const outlookPacific: VTimezoneDef = {
  tzid: 'Pacific Standard Time',
  line: 3,
  signature: 'pst',
  observances: [
    { start: '1601-11-01T02:00:00', fromNs: -7 * H, toNs: -8 * H, rule: { month: 11, weekday: 0, nth: 1 }, rdates: [] },
    { start: '1601-03-08T02:00:00', fromNs: -8 * H, toNs: -7 * H, rule: { month: 3, weekday: 0, nth: 2 }, rdates: [] },
  ],
};

describe('VTIMEZONE evaluation and time-zone resolution', () => {
  it('evaluates yearly observance rules', () => {
    // 2026: second Sunday of March = Mar 8, 02:00 PST = 10:00Z; first Sunday of November = Nov 1, 02:00 PDT = 09:00Z.
    expect(evaluateOnsets(outlookPacific, 2026, 2026).map((o) => new Date(o.ms).toISOString())).toEqual([
      '2026-03-08T10:00:00.000Z',
      '2026-11-01T09:00:00.000Z',
    ]);
  });

  it('parses observance RRULEs, including the old BYMONTHDAY form', () => {
    expect(parseYearlyRule('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')).toEqual({ month: 10, weekday: 0, nth: -1 });
    expect(parseYearlyRule('FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=1,2,3,4,5,6,7')).toEqual({ month: 4, weekday: 0, monthDays: [1, 2, 3, 4, 5, 6, 7] });
    expect(parseYearlyRule('FREQ=MONTHLY')).toBeUndefined();
  });

  it('maps a custom VTIMEZONE to the IANA zone with the same transitions', () => {
    expect(resolveTimeZone('Pacific Standard Time', outlookPacific, [2026])).toEqual({ zone: 'America/Los_Angeles', via: 'vtimezone' });
    // The same definition under a name that says nothing still lands on a zone with US Pacific rules.
    const anonymous = { ...outlookPacific, tzid: 'Custom 1', signature: 'c1' };
    const r = resolveTimeZone('Custom 1', anonymous, [2026]);
    expect(r?.via).toBe('vtimezone');
    expect(['America/Los_Angeles', 'America/Tijuana', 'America/Vancouver', 'PST8PDT']).toContain(r?.zone);
  });

  it('resolves IANA and Windows names without a VTIMEZONE, and nothing else', () => {
    expect(resolveTimeZone('America/New_York', undefined, [])).toEqual({ zone: 'America/New_York', via: 'name' });
    expect(resolveTimeZone('/mozilla.org/20050126_1/America/New_York', undefined, [])).toEqual({ zone: 'America/New_York', via: 'name' });
    expect(resolveTimeZone('Eastern Standard Time', undefined, [])?.zone).toBe('America/New_York');
    expect(resolveTimeZone('Mars/Olympus_Mons', undefined, [])).toBeUndefined();
  });

  it('maps the common Windows names (CLDR windowsZones)', () => {
    expect(windowsToIana('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(windowsToIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(windowsToIana('GMT Standard Time')).toBe('Europe/London');
    expect(windowsToIana('AUS Eastern Standard Time')).toBe('Australia/Sydney');
    expect(windowsToIana('India Standard Time')).toBe('Asia/Kolkata');
    expect(windowsToIana('New Zealand Standard Time')).toBe('Pacific/Auckland');
    expect(windowsToIana('Central Standard Time')).toBe('America/Chicago');
    expect(windowsToIana('Mountain Standard Time')).toBe('America/Denver');
    expect(windowsToIana('US Mountain Standard Time')).toBe('America/Phoenix');
    expect(windowsToIana('Hawaiian Standard Time')).toBe('Pacific/Honolulu');
    expect(windowsToIana('Alaskan Standard Time')).toBe('America/Anchorage');
    expect(windowsToIana(' utc ')).toBe('UTC');
  });
});
