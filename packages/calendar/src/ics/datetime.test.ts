import { describe, expect, it } from 'vitest';
import { compactIso, formatDateTimeText, parseDateText } from './datetime';

describe('parseDateText (RFC 5545 §3.3.4, §3.3.5)', () => {
  it('reads DATE, local DATE-TIME and UTC DATE-TIME', () => {
    expect(parseDateText('20260704')).toEqual({ ok: true, kind: 'date', iso: '2026-07-04' });
    expect(parseDateText('20260707T070000')).toEqual({ ok: true, kind: 'date-time', iso: '2026-07-07T07:00:00', utc: false, leapSecond: false });
    expect(parseDateText('20260707T140000Z')).toEqual({ ok: true, kind: 'date-time', iso: '2026-07-07T14:00:00', utc: true, leapSecond: false });
  });

  it('knows leap years: 2028-02-29 exists, 2027-02-29 and 2100-02-29 do not, 2000-02-29 does', () => {
    expect(parseDateText('20280229').ok).toBe(true);
    expect(parseDateText('20000229').ok).toBe(true);
    expect(parseDateText('20270229')).toEqual({ ok: false, message: 'invalid DATE "20270229": day 29 does not exist in 2027-02' });
    expect(parseDateText('21000229').ok).toBe(false);
  });

  it('rejects impossible months, days and clock values', () => {
    for (const bad of ['20261301', '20260431', '20260100', '20260707T240000', '20260707T076000', '20260707T070061', '2026-07-07', '20260707T0700', '20260707T070000z', ' 20260707']) {
      expect(parseDateText(bad).ok, bad).toBe(false);
    }
  });

  it('clamps a leap second to :59 and says so', () => {
    expect(parseDateText('20161231T235960Z')).toMatchObject({ ok: true, iso: '2016-12-31T23:59:59', leapSecond: true });
  });

  it('honours the expected value type', () => {
    expect(parseDateText('20260707T070000', 'date').ok).toBe(false);
    expect(parseDateText('20260707', 'date-time').ok).toBe(false);
  });

  it('formats values in basic form', () => {
    expect(compactIso('2026-07-07T07:00')).toBe('20260707T070000');
    expect(formatDateTimeText({ type: 'date', date: '2026-07-04' })).toBe('20260704');
    expect(formatDateTimeText({ type: 'utc', dateTime: '2026-07-07T14:00:00' })).toBe('20260707T140000Z');
    expect(formatDateTimeText({ type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'America/Los_Angeles' })).toBe('20260707T070000');
  });
});
