import { describe, expect, it } from 'vitest';
import { cutRun, rollingWindows, rotationWindows } from './windows';

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

  it('puts uncovered work days into runs between assignments', () => {
    const windows = rotationWindows([{ first: 10, last: 37, rotationId: 'a', index: 0 }], [2, 3, 12, 40, 41]);
    // Days 2–3 are a two-day log before the assignment starts on day 10:
    // four weeks from day 2 would run to day 29, but stop short of day 10.
    // Days 40–41 come after it and get their four weeks: 40–67.
    expect(windows).toEqual([
      { first: 2, last: 9, extended: true },
      { first: 10, last: 37, rotationId: 'a', assignmentIndex: 0 },
      { first: 40, last: 67, extended: true },
    ]);
  });

  it('extends only the last window of a long unassigned run', () => {
    // Work logged on days 0 and 33: a 34-day run is 28 + a 6-day tail merged.
    expect(rotationWindows([], [0, 33])).toEqual([{ first: 0, last: 33 }]);
    // 30 days (28 + 2 merged) is already a month: nothing to extend.
    expect(rotationWindows([], [0, 29])).toEqual([{ first: 0, last: 29 }]);
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
