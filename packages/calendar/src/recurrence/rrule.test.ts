import { describe, expect, it } from 'vitest';
import { formatRRule, parseRRule } from './index';

function rule(text: string) {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.rule;
}

function error(text: string) {
  const r = parseRRule(text);
  if (r.ok) throw new Error(`expected ${text} to be rejected`);
  return r.error;
}

describe('parseRRule', () => {
  it('reads every rule part into plain data', () => {
    expect(rule('FREQ=YEARLY;UNTIL=20300101T000000Z;INTERVAL=2;BYSECOND=0,30;BYMINUTE=15;BYHOUR=9,17;BYDAY=2TU,-1FR,MO;BYMONTHDAY=1,-1;BYYEARDAY=100,-1;BYMONTH=6,7;BYSETPOS=1,-1;WKST=SU;SKIP=FORWARD')).toEqual({
      freq: 'YEARLY',
      until: { type: 'utc', dateTime: '2030-01-01T00:00:00' },
      interval: 2,
      bySecond: [0, 30],
      byMinute: [15],
      byHour: [9, 17],
      byDay: [{ day: 'TU', ordinal: 2 }, { day: 'FR', ordinal: -1 }, { day: 'MO' }],
      byMonthDay: [1, -1],
      byYearDay: [100, -1],
      byMonth: [6, 7],
      bySetPos: [1, -1],
      wkst: 'SU',
      skip: 'FORWARD',
    });
  });

  it('reads BYWEEKNO with plain weekdays', () => {
    expect(rule('FREQ=YEARLY;BYWEEKNO=20,-1;BYDAY=MO').byWeekNo).toEqual([20, -1]);
  });

  it('keeps the three UNTIL forms apart (Google writes date-only UNTIL)', () => {
    expect(rule('FREQ=WEEKLY;UNTIL=20260901').until).toEqual({ type: 'date', date: '2026-09-01' });
    expect(rule('FREQ=WEEKLY;UNTIL=20260901T120000').until).toEqual({ type: 'floating', dateTime: '2026-09-01T12:00:00' });
    expect(rule('FREQ=WEEKLY;UNTIL=20260901T120000Z').until).toEqual({ type: 'utc', dateTime: '2026-09-01T12:00:00' });
  });

  it('round-trips canonical strings exactly', () => {
    for (const s of [
      'FREQ=DAILY;COUNT=10',
      'FREQ=WEEKLY;UNTIL=19971224T000000Z',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
      'FREQ=MONTHLY;BYDAY=2TU,4TU',
      'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2,4',
      'FREQ=YEARLY;UNTIL=20320630;INTERVAL=1;BYMONTHDAY=30;BYMONTH=6',
      'FREQ=MINUTELY;COUNT=6;INTERVAL=15;BYSECOND=0;BYMINUTE=0,15;BYHOUR=9;BYDAY=MO;BYMONTHDAY=-1;BYMONTH=1;BYSETPOS=-2;WKST=SU;SKIP=BACKWARD',
      'FREQ=YEARLY;BYYEARDAY=1,100,200;BYWEEKNO=20;WKST=MO',
    ]) {
      expect(formatRRule(rule(s))).toBe(s);
    }
  });

  it('normalises non-canonical input stably (case, order, prefix, + signs)', () => {
    const once = formatRRule(rule('RRULE:byday=+2tu,-1fr;wkst=su;freq=monthly;count=5'));
    expect(once).toBe('FREQ=MONTHLY;COUNT=5;BYDAY=2TU,-1FR;WKST=SU');
    expect(formatRRule(rule(once))).toBe(once);
  });

  it.each([
    ['FREQ=FORTNIGHTLY', 'rrule/invalid-value', /FREQ must be one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY; got FORTNIGHTLY/],
    ['FREQ=WEEKLY;BYDAY=XX', 'rrule/invalid-value', /BYDAY needs weekday codes/],
    ['FREQ=DAILY;COUNT=5;UNTIL=20260101', 'rrule/count-and-until', /COUNT and UNTIL must not both be given/],
    ['FREQ=MONTHLY;BYSETPOS=2', 'rrule/invalid-combination', /BYSETPOS needs another BYxxx part/],
    ['BYDAY=MO', 'rrule/missing-freq', /FREQ is required/],
    ['', 'rrule/missing-freq', /empty/],
    ['FREQ=DAILY;FREQ=WEEKLY', 'rrule/duplicate-part', /FREQ is given more than once/],
    ['FREQ=DAILY;COLOR=RED', 'rrule/unknown-part', /unknown rule part COLOR/],
    ['FREQ=DAILY;RSCALE=HEBREW', 'rrule/unknown-part', /RSCALE/],
    ['FREQ=DAILY;INTERVAL=0', 'rrule/invalid-value', /INTERVAL values must be 1\.\.2147483647; got 0/],
    ['FREQ=DAILY;COUNT=-1', 'rrule/invalid-value', /COUNT/],
    ['FREQ=DAILY;BYHOUR=24', 'rrule/invalid-value', /BYHOUR values must be 0\.\.23; got 24/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'rrule/invalid-value', /BYMONTHDAY values must be 1\.\.31 or -31\.\.-1; got 0/],
    ['FREQ=YEARLY;BYMONTH=13', 'rrule/invalid-value', /BYMONTH/],
    ['FREQ=WEEKLY;BYDAY=2TU', 'rrule/invalid-combination', /ordinals such as 2TU are only valid with FREQ=MONTHLY or YEARLY/],
    ['FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO', 'rrule/invalid-combination', /BYWEEKNO/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'rrule/invalid-combination', /BYMONTHDAY must not be used with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYYEARDAY=1', 'rrule/invalid-combination', /BYYEARDAY must not be used with FREQ=MONTHLY/],
    ['FREQ=MONTHLY;BYWEEKNO=1', 'rrule/invalid-combination', /BYWEEKNO is only valid with FREQ=YEARLY/],
    ['FREQ=DAILY;UNTIL=20270229', 'rrule/invalid-value', /UNTIL must be a real date/],
    ['FREQ=DAILY;WKST=XY', 'rrule/invalid-value', /WKST needs weekday codes/],
    ['FREQ=DAILY;SKIP=SIDEWAYS', 'rrule/invalid-value', /SKIP must be OMIT, BACKWARD or FORWARD/],
    ['FREQ=DAILY;BYHOUR=', 'rrule/invalid-value', /BYHOUR has no value/],
    ['FREQ=DAILY;INTERVAL', 'rrule/syntax', /NAME=VALUE/],
  ])('rejects %s with a clear message', (text, code, message) => {
    const e = error(text);
    expect(e.code).toBe(code);
    expect(e.severity).toBe('error');
    expect(e.path[0]).toBe('rrule');
    expect(e.message).toMatch(message);
  });
});
