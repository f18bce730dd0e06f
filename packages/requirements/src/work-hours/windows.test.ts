import { daysOfIsoDate } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import { blockOf, cutRun, rollingWindows, rotationWindows } from './windows';

const lengths = (first: number, last: number) => cutRun(first, last, {}).map((w) => w.last - w.first + 1);

describe('averaging windows', () => {
  it('cuts four-week windows and merges any shorter remainder into the window before it', () => {
    expect(lengths(0, 27)).toEqual([28]);
    expect(lengths(0, 30)).toEqual([31]); // a 31-day month is one window
    expect(lengths(0, 31)).toEqual([32]); // 32 days: a 4-day tail is no averaging period of its own (issue 10 item 3)
    expect(lengths(0, 34)).toEqual([35]); // a five-week rotation is averaged over itself
    expect(lengths(0, 55)).toEqual([28, 28]);
    expect(lengths(0, 58)).toEqual([28, 31]);
    expect(lengths(0, 61)).toEqual([28, 34]);
    expect(lengths(0, 13)).toEqual([14]); // shorter than four weeks: the rotation itself
  });

  it('puts uncovered work days into fixed calendar blocks, clipped at assignments', () => {
    const d = daysOfIsoDate;
    // Assignment Jul 10 – Aug 6 2026; work on Jul 3, Jul 12, Aug 8 and Aug 30.
    // Jul 3 is in the block Jul 1–28, clipped before Jul 10; Aug 8 in Jul 29 – Aug 25,
    // clipped after Aug 6; Aug 30 in Aug 26 – Sep 22.
    const windows = rotationWindows([{ first: d('2026-07-10'), last: d('2026-08-06'), rotationId: 'a', index: 0 }], [d('2026-07-03'), d('2026-07-12'), d('2026-08-08'), d('2026-08-30')]);
    expect(windows).toEqual([
      { first: d('2026-07-01'), last: d('2026-07-09'), unassigned: true },
      { first: d('2026-07-10'), last: d('2026-08-06'), rotationId: 'a', assignmentIndex: 0 },
      { first: d('2026-08-07'), last: d('2026-08-25'), unassigned: true },
      { first: d('2026-08-26'), last: d('2026-09-22'), unassigned: true },
    ]);
  });

  it('anchors blocks to July 1; the thirteenth block takes the extra days; months are an option', () => {
    const d = daysOfIsoDate;
    // 2026-27 has 365 days: Jul 1 2026 + 336 = Jun 2 2027, so block 13 is Jun 2–30 (29 days).
    expect(blockOf(d('2027-06-15'), 'four-week-blocks')).toEqual([d('2027-06-02'), d('2027-06-30')]);
    // 2027-28 has Feb 29: 31+31+30+31+30+31+31+29+31+30+31 = 336 days to Jun 1, block 13 is Jun 1–30.
    expect(blockOf(d('2028-06-01'), 'four-week-blocks')).toEqual([d('2028-06-01'), d('2028-06-30')]);
    expect(blockOf(d('2026-07-01'), 'four-week-blocks')).toEqual([d('2026-07-01'), d('2026-07-28')]);
    expect(blockOf(d('2028-02-10'), 'calendar-months')).toEqual([d('2028-02-01'), d('2028-02-29')]);
    expect(blockOf(d('2026-12-31'), 'calendar-months')).toEqual([d('2026-12-01'), d('2026-12-31')]);
  });

  it('rolls one window per end day', () => {
    expect(rollingWindows(0, 29)).toEqual([
      { first: 0, last: 27, rolling: true },
      { first: 1, last: 28, rolling: true },
      { first: 2, last: 29, rolling: true },
    ]);
    expect(rollingWindows(0, 9)).toEqual([{ first: 0, last: 27, rolling: true }]);
    expect(rollingWindows(0, 27)).toEqual([{ first: 0, last: 27, rolling: true }]);
  });
});
