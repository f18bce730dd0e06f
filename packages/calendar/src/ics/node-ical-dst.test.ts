import { describe, expect, it } from 'vitest';
import { la } from './__fixtures__/conference-series';
import { clientOccurrences } from './__fixtures__/oracles';
import { parseRRule } from '../recurrence/index';

// A known node-ical deviation, pinned so the oracle in roundtrip.test.ts is
// not trusted where it is wrong. node-ical 0.22 hands RRULE + DTSTART;TZID to
// rrule.js 2.8.1, which builds each instance as the local wall time written
// as UTC (W: 07:00 local is 07:00Z) and converts it with the zone's offset
// at W, not at the instance. On the Sundays US clocks change (2 am local, 10:00Z
// in Los Angeles), W = 07:00Z is still the evening before in Los Angeles, so
// a 07:00 session gets the old offset: 06:00 PST on 2026-11-01 (one hour
// early) and 08:00 PDT on 2027-03-14 (one hour late), even with TZ=UTC. A
// noon session (W = 12:00Z, after the change) comes out right. ical.js and
// this library keep 07:00 and 12:00 local.
describe('node-ical on the Sundays clocks change (Los Angeles)', () => {
  const rule = parseRRule('FREQ=DAILY');
  if (!rule.ok) throw new Error(rule.error.message);
  const calendar = {
    prodId: '-//gmekit//tests//EN',
    events: [
      { uid: 'am@gmekit.test', dtstamp: '2026-06-01T00:00:00Z', summary: 'AM conference', series: { start: la('2026-10-31T07:00:00'), duration: 'PT1H', rrule: rule.rule } },
      { uid: 'noon@gmekit.test', dtstamp: '2026-06-01T00:00:00Z', summary: 'Noon conference', series: { start: la('2026-10-31T12:00:00'), duration: 'PT1H', rrule: rule.rule } },
    ],
  };
  // Saturday Oct 31 … Monday Nov 2 and Saturday Mar 13 … Monday Mar 15.
  const fall = clientOccurrences(calendar, '2026-10-31T07:00:00Z', '2026-11-03T08:00:00Z', 'America/Los_Angeles');
  const spring = clientOccurrences(calendar, '2027-03-13T08:00:00Z', '2027-03-16T07:00:00Z', 'America/Los_Angeles');

  it('ical.js and expandCalendar: 07:00 and 12:00 local every day, PDT (UTC-7) before the change and PST (UTC-8) after, and back', () => {
    const am = ['2026-10-31T14:00:00Z', '2026-11-01T15:00:00Z', '2026-11-02T15:00:00Z'];
    const noon = ['2026-10-31T19:00:00Z', '2026-11-01T20:00:00Z', '2026-11-02T20:00:00Z'];
    const amSpring = ['2027-03-13T15:00:00Z', '2027-03-14T14:00:00Z', '2027-03-15T14:00:00Z'];
    const noonSpring = ['2027-03-13T20:00:00Z', '2027-03-14T19:00:00Z', '2027-03-15T19:00:00Z'];
    for (const reader of [fall.icaljs, fall.gmekit]) expect([reader.get('am@gmekit.test'), reader.get('noon@gmekit.test')]).toEqual([am, noon]);
    for (const reader of [spring.icaljs, spring.gmekit]) expect([reader.get('am@gmekit.test'), reader.get('noon@gmekit.test')]).toEqual([amSpring, noonSpring]);
  });

  it('node-ical (TZ=UTC): the 07:00 session on the change Sunday is an hour off, the noon one is right', () => {
    expect(fall.nodeical.get('am@gmekit.test')).toEqual(['2026-10-31T14:00:00Z', '2026-11-01T14:00:00Z', '2026-11-02T15:00:00Z']);
    expect(fall.nodeical.get('noon@gmekit.test')).toEqual(fall.icaljs.get('noon@gmekit.test'));
    expect(spring.nodeical.get('am@gmekit.test')).toEqual(['2027-03-13T15:00:00Z', '2027-03-14T15:00:00Z', '2027-03-15T14:00:00Z']);
    expect(spring.nodeical.get('noon@gmekit.test')).toEqual(spring.icaljs.get('noon@gmekit.test'));
  });
});
