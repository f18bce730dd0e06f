import { describe, expect, it } from 'vitest';
import { ConferenceSeriesSchema, type ConferenceSeries } from '@gmekit/model';
import { toICS } from '../ics/write';
import { expandConferences } from './expand-conferences';
import { conferencesToICS } from './to-ics';

const stated = <T>(value: T) => ({ status: 'stated', value });

function series(overrides: Record<string, unknown> = {}): ConferenceSeries {
  return ConferenceSeriesSchema.parse({
    id: 'noon',
    title: 'Noon conference',
    kind: 'lecture',
    audience: ['residents'],
    frequency: stated('weekly'),
    weekdays: stated(['WE']),
    startTime: stated('12:00'),
    durationMinutes: stated(60),
    timeZone: 'America/Los_Angeles',
    anchorDate: { status: 'unstated' },
    siteId: 'lamc',
    sources: [],
    ...overrides,
  });
}

const stamp = '2026-10-01T00:00:00Z';
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const events = (text: string) => unfold(text).split('BEGIN:VEVENT').slice(1).map((e) => e.split('\r\n'));

describe('conferencesToICS', () => {
  // Wednesdays of November 2026: 4, 11 (Veterans Day, cancelled), 18, 25.
  const window = { start: '2026-11-01', end: '2026-11-30' };

  it('writes one VEVENT per session, the holiday as STATUS:CANCELLED with the same UID scheme', () => {
    const all = [series()];
    const cal = conferencesToICS(expandConferences(all, window), { name: 'Noon', dtstamp: stamp, uidDomain: 'im.example', siteNames: { lamc: 'Los Angeles Medical Center' }, series: all, window });
    const text = toICS(cal);
    const list = events(text);
    expect(list).toHaveLength(4);
    const veterans = list[1] ?? [];
    expect(veterans).toContain('UID:noon-2026-11-11@im.example');
    expect(veterans).toContain('STATUS:CANCELLED');
    expect(veterans).toContain('DESCRIPTION:Audience: residents\\nCancelled: Veterans Day');
    expect(veterans).toContain('LOCATION:Los Angeles Medical Center');
    expect(list.filter((e) => e.includes('STATUS:CANCELLED'))).toHaveLength(1);
    // 12:00–13:00 Pacific standard time.
    expect(list[0]).toContain('DTSTART;TZID=America/Los_Angeles:20261104T120000');
    expect(list[0]).toContain('DTEND;TZID=America/Los_Angeles:20261104T130000');
    expect(cal.description).toBe('Sessions from 2026-11-01 to 2026-11-30.');
  });

  it('writes no DTEND for a session whose length the source does not state', () => {
    const all = [series({ durationMinutes: { status: 'unstated' } })];
    const text = toICS(conferencesToICS(expandConferences(all, window), { name: 'Noon', dtstamp: stamp }));
    const first = events(text)[0] ?? [];
    expect(first).toContain('DTSTART;TZID=America/Los_Angeles:20261104T120000');
    expect(first.some((l) => l.startsWith('DTEND') || l.startsWith('DURATION'))).toBe(false);
  });

  it('says why a calendar is empty: series without a stated time, or no series at all', () => {
    const open = [series({ startTime: { status: 'unstated' } }), series({ id: 'board', title: 'Tumor board', weekdays: { status: 'unstated' } })];
    const cal = conferencesToICS(expandConferences(open, window), { name: 'X', dtstamp: stamp, series: open });
    expect(cal.events).toEqual([]);
    expect(cal.description).toBe(
      '2 of 2 series are not on this calendar because the source does not state when they meet (clock time, weekday or frequency): Noon conference; Tumor board.',
    );
    const none = conferencesToICS(expandConferences([], window), { name: 'X', dtstamp: stamp, series: [], description: 'Hospice conferences.' });
    expect(none.description).toBe('Hospice conferences. The source states no conference series for this program, so there are no sessions.');
    expect(toICS(none)).toContain('X-WR-CALDESC:Hospice conferences. The source states no conference series');
  });
});
