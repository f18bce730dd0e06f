import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { addWorkdays, countWorkdays } from './workdays';

const d = (text: string) => Temporal.PlainDate.from(text);

describe('workdays', () => {
  it('counts Monday–Friday only, with whole weeks and a partial tail', () => {
    // Saturday 2026-07-04 to Tuesday 2026-07-14: Mon 6 – Fri 10 (5) + Mon 13, Tue 14 (2).
    expect(countWorkdays(d('2026-07-04'), d('2026-07-14'), new Set())).toBe(7);
    expect(countWorkdays(d('2026-07-11'), d('2026-07-12'), new Set())).toBe(0);
    expect(countWorkdays(d('2026-07-14'), d('2026-07-13'), new Set())).toBe(0);
  });

  it('leaves out listed weekday holidays but not weekend ones', () => {
    expect(countWorkdays(d('2026-07-01'), d('2026-07-07'), new Set(['2026-07-03', '2026-07-04']))).toBe(4);
  });

  it('adds workdays after a date, skipping weekends and holidays', () => {
    expect(addWorkdays(d('2030-06-30'), 5, new Set()).toString()).toBe('2030-07-05');
    expect(addWorkdays(d('2030-06-30'), 5, new Set(['2030-07-04'])).toString()).toBe('2030-07-08');
    expect(addWorkdays(d('2030-06-30'), 0, new Set()).toString()).toBe('2030-06-30');
  });

  it('agrees with a day-by-day count over many spans', () => {
    const start = d('2026-01-01');
    for (let i = 0; i < 60; i += 7) {
      for (let len = 0; len < 40; len += 3) {
        const from = start.add({ days: i });
        const to = from.add({ days: len });
        let slow = 0;
        for (let x = from; Temporal.PlainDate.compare(x, to) <= 0; x = x.add({ days: 1 })) if (x.dayOfWeek <= 5) slow += 1;
        expect(countWorkdays(from, to, new Set())).toBe(slow);
      }
    }
  });
});
