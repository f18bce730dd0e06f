import type { ConferenceSeries } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import { weeklyGrid } from './weekly-grid';

const base = {
  kind: 'lecture',
  audience: ['residents'],
  frequency: { status: 'stated', value: 'weekly' },
  durationMinutes: { status: 'unstated' },
  timeZone: 'America/Los_Angeles',
  anchorDate: { status: 'unstated' },
  sources: [],
} as const;

function series(id: string, extra: Partial<ConferenceSeries>): ConferenceSeries {
  return { id, title: id, weekdays: { status: 'unstated' }, startTime: { status: 'unstated' }, ...base, ...extra } as ConferenceSeries;
}

describe('weeklyGrid', () => {
  it('puts a series with a day and a time in its cell, and lists the rest apart with what is missing', () => {
    const grid = weeklyGrid([
      series('noon-wed', { weekdays: { status: 'stated', value: ['WE'] }, startTime: { status: 'stated', value: '12:00' } }),
      series('tue-no-time', { weekdays: { status: 'stated', value: ['TU'] }, dayPart: 'evening' }),
      series('nothing', {}),
      series('time-no-day', { startTime: { status: 'stated', value: '07:00' } }),
    ]);
    expect(grid.times).toEqual(['12:00']);
    expect(grid.entries.map((e) => [e.seriesId, e.weekday, e.certainty])).toEqual([['noon-wed', 'WE', 'certain']]);
    expect(grid.untimed.map((u) => [u.seriesId, u.missing])).toEqual([
      ['tue-no-time', ['time']],
      ['nothing', ['weekday', 'time']],
      ['time-no-day', ['weekday']],
    ]);
    expect(grid.untimed[0]?.dayPart).toBe('evening');
  });

  it('marks the days only some readings of an ambiguous "daily" include as possible', () => {
    const grid = weeklyGrid([
      series('daily', {
        startTime: { status: 'stated', value: '07:00' },
        weekdays: {
          status: 'ambiguous',
          note: 'daily',
          candidates: [
            { value: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], reading: 'every day' },
            { value: ['MO', 'TU', 'WE', 'TH', 'FR'], reading: 'weekdays' },
          ],
        },
        topicsByWeekday: { MO: 'boards' },
      }),
    ]);
    expect(grid.entries.filter((e) => e.certainty === 'certain').map((e) => e.weekday)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
    expect(grid.entries.filter((e) => e.certainty === 'possible').map((e) => e.weekday)).toEqual(['SA', 'SU']);
    expect(grid.entries[0]?.topic).toBe('boards');
    expect(grid.entries[1]?.topic).toBeNull();
  });
});
