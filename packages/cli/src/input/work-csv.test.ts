import { describe, expect, it } from 'vitest';
import { readWorkCsv } from './work-csv';

const HEADER = 'trainee_id,start,end,kind\r\n';

describe('readWorkCsv', () => {
  it('reads rows with offsets, in any column order, with optional columns', () => {
    const text = 'kind,trainee_id,end,start,active_minutes,rotation_id\n' + 'at-home-call,r1,2026-07-02T07:00:00-07:00,2026-07-01T19:00:00-07:00,90,ir\n';
    const { periods, rowFindings } = readWorkCsv(text, 'w.csv', undefined);
    expect(rowFindings).toEqual([]);
    expect(periods).toEqual([
      { traineeId: 'r1', start: '2026-07-01T19:00:00-07:00', end: '2026-07-02T07:00:00-07:00', kind: 'at-home-call', activeMinutes: 90, rotationId: 'ir' },
    ]);
  });

  it('pins local times to --zone (Los Angeles is UTC−7 in July, UTC−8 in January)', () => {
    const text = HEADER + 'r1,2026-07-01T07:00,2026-07-01 19:30,clinical\r\nr1,2027-01-04T07:00,2027-01-04T17:00:00,clinical\r\n';
    const { periods, rowFindings } = readWorkCsv(text, 'w.csv', 'America/Los_Angeles');
    expect(rowFindings).toEqual([]);
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2026-07-01T07:00:00-07:00', '2026-07-01T19:30:00-07:00'],
      ['2027-01-04T07:00:00-08:00', '2027-01-04T17:00:00-08:00'],
    ]);
  });

  it('refuses local times a DST change skips or repeats instead of guessing', () => {
    // 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00 in Los Angeles
    const text = HEADER + 'r1,2026-03-08T02:30,2026-03-08T09:00,clinical\nr1,2026-11-01T00:00,2026-11-01T01:30,clinical\n';
    const { periods, rowFindings } = readWorkCsv(text, 'w.csv', 'America/Los_Angeles');
    expect(periods).toEqual([]);
    expect(rowFindings.map((f) => f.message)).toEqual([
      'w.csv:2: "2026-03-08T02:30" does not exist in America/Los_Angeles (skipped by a daylight-saving change); write it with an offset',
      'w.csv:3: "2026-11-01T01:30" happens twice in America/Los_Angeles (daylight-saving change); write it with an offset',
    ]);
  });

  it('reports every bad row with its line number and keeps the good ones', () => {
    const text = [
      'trainee_id,start,end,kind',
      'r1,2026-07-01T07:00:00-07:00,2026-07-01T19:00:00-07:00,clinical',
      'r1,2026-07-02T07:00,2026-07-02T19:00:00-07:00,clinical',
      'r1,2026-07-03T07:00:00-07:00,2026-07-03T19:00:00-07:00,surgery',
      'r1,2026-07-04T07:00:00-07:00,2026-07-04T06:00:00-07:00,clinical',
      'r1,2026-07-05T07:00:00-07:00',
      'r1,"2026-07-06T07:00:00-07:00"x,2026-07-06T19:00:00-07:00,clinical',
      'r1,2026-02-30T07:00:00-07:00,2026-07-07T19:00:00-07:00,clinical',
      ',2026-07-08T07:00:00-07:00,2026-07-08T19:00:00-07:00,clinical',
      'r1,2026-07-09T07:00:00-07:00,2026-07-09T19:00:00-07:00,education',
      '',
    ].join('\n');
    const { periods, rowFindings } = readWorkCsv(text, 'w.csv', undefined);
    expect(periods.map((p) => p.start.slice(0, 10))).toEqual(['2026-07-01', '2026-07-09']);
    expect(rowFindings.map((f) => f.ref)).toEqual(['w.csv:3', 'w.csv:4', 'w.csv:5', 'w.csv:6', 'w.csv:7', 'w.csv:8', 'w.csv:9']);
    expect(rowFindings.every((f) => f.severity === 'error')).toBe(true);
    expect(rowFindings.map((f) => f.code)).toEqual(['csv/no-zone', ...Array<string>(6).fill('csv/bad-row')]);
    expect(rowFindings[0]?.message).toBe(
      'w.csv: 1 row has local times without a UTC offset (first "2026-07-02T07:00" on line 3); pass --zone <IANA zone>, e.g. --zone America/Los_Angeles, to read them, or write the offsets',
    );
    expect(rowFindings[1]?.message).toMatch(/^w\.csv:4: kind "surgery" is not one of clinical, /);
    expect(rowFindings[2]?.message).toBe('w.csv:5: end 2026-07-04T06:00:00-07:00 is not after start 2026-07-04T07:00:00-07:00');
    expect(rowFindings[3]?.message).toBe('w.csv:6: expected 4 fields, got 2');
  });

  it('refuses a file without the required header columns', () => {
    expect(() => readWorkCsv('', 'w.csv', undefined)).toThrow('w.csv:1: expected a header row trainee_id,start,end,kind');
    expect(() => readWorkCsv('trainee_id,start,kind\n', 'w.csv', undefined)).toThrow('w.csv:1: the header lacks column end');
    expect(() => readWorkCsv('trainee_id,start,end,kind,shift\n', 'w.csv', undefined)).toThrow('w.csv:1: unknown column shift');
  });

  it('says once, not once per row, that local times need --zone', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `r1,2026-07-${String((i % 28) + 1).padStart(2, '0')}T07:00,2026-07-${String((i % 28) + 1).padStart(2, '0')}T19:00,clinical`);
    const { periods, rowFindings } = readWorkCsv(['trainee_id,start,end,kind', ...rows, ''].join('\n'), 'w.csv', undefined);
    expect(periods).toEqual([]);
    expect(rowFindings).toHaveLength(1);
    expect(rowFindings[0]?.message).toMatch(/^w\.csv: 500 rows have local times without a UTC offset \(first "2026-07-01T07:00" on line 2\); pass --zone/);
  });
});
