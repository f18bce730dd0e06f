import { describe, expect, it } from 'vitest';
import { GmekitError } from '@gmekit/model';
import { readWorkPeriodsCsv, type ReadWorkPeriodsCsvOptions } from './read';

const HEADER = 'trainee_id,start,end,kind\r\n';

const read = (text: string, zone?: string) => {
  const options: ReadWorkPeriodsCsvOptions = zone === undefined ? { source: 'w.csv' } : { source: 'w.csv', zone };
  return readWorkPeriodsCsv(text, options);
};

describe('readWorkPeriodsCsv', () => {
  it('reads rows with offsets, in any column order, with optional columns', () => {
    const text = 'kind,trainee_id,end,start,active_minutes,rotation_id\n' + 'at-home-call,r1,2026-07-02T07:00:00-07:00,2026-07-01T19:00:00-07:00,90,ir\n';
    const { periods, findings } = read(text);
    expect(findings).toEqual([]);
    expect(periods).toEqual([
      { traineeId: 'r1', start: '2026-07-01T19:00:00-07:00', end: '2026-07-02T07:00:00-07:00', kind: 'at-home-call', activeMinutes: 90, rotationId: 'ir' },
    ]);
  });

  it('pins local times to the zone (Los Angeles is UTC−7 in July, UTC−8 in January)', () => {
    const text = HEADER + 'r1,2026-07-01T07:00,2026-07-01 19:30,clinical\r\nr1,2027-01-04T07:00,2027-01-04T17:00:00,clinical\r\n';
    const { periods, findings } = read(text, 'America/Los_Angeles');
    expect(findings).toEqual([]);
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2026-07-01T07:00:00-07:00', '2026-07-01T19:30:00-07:00'],
      ['2027-01-04T07:00:00-08:00', '2027-01-04T17:00:00-08:00'],
    ]);
  });

  it('refuses local times a DST change skips or repeats instead of guessing', () => {
    // 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00 in Los Angeles
    const text = HEADER + 'r1,2026-03-08T02:30,2026-03-08T09:00,clinical\nr1,2026-11-01T00:00,2026-11-01T01:30,clinical\n';
    const { periods, findings } = read(text, 'America/Los_Angeles');
    expect(periods).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([
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
    const { periods, findings } = read(text);
    expect(periods.map((p) => p.start.slice(0, 10))).toEqual(['2026-07-01', '2026-07-09']);
    expect(findings.map((f) => f.ref)).toEqual(['w.csv:3', 'w.csv:4', 'w.csv:5', 'w.csv:6', 'w.csv:7', 'w.csv:8', 'w.csv:9']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings.map((f) => f.code)).toEqual(['csv/no-zone', ...Array<string>(6).fill('csv/bad-row')]);
    expect(findings[0]?.message).toBe(
      'w.csv: 1 row has local times without a UTC offset (first "2026-07-02T07:00" on line 3); give the zone of these local times to read them, or write the offsets',
    );
    expect(findings[1]?.message).toMatch(/^w\.csv:4: kind "surgery" is not one of clinical, /);
    expect(findings[2]?.message).toBe('w.csv:5: end 2026-07-04T06:00:00-07:00 is not after start 2026-07-04T07:00:00-07:00');
    expect(findings[3]?.message).toBe('w.csv:6: expected 4 fields, got 2');
  });

  it('reports a header without the required columns as one finding and reads nothing', () => {
    const header = (text: string) => read(text).findings.map((f) => [f.code, f.line, f.message]);
    expect(header('')).toEqual([['csv/bad-header', 1, 'w.csv:1: expected a header row trainee_id,start,end,kind']]);
    expect(header('trainee_id,start,kind\nr1,2026-07-01T07:00:00Z,clinical\n')).toEqual([
      ['csv/bad-header', 1, 'w.csv:1: the header lacks column end (expected trainee_id,start,end,kind)'],
    ]);
    expect(header('who,when\n')[0]?.[2]).toBe('w.csv:1: the header lacks columns trainee_id, start, end, kind (expected trainee_id,start,end,kind)');
    expect(header('\n\ntrainee_id,start,end,kind,shift\n')).toEqual([
      ['csv/bad-header', 3, 'w.csv:3: unknown column shift (known: trainee_id, start, end, kind, id, active_minutes, new_patient_care, rotation_id)'],
    ]);
    // An unreadable first record is no header, even when a later line would do.
    expect(header('"trainee_id,start\n')[0]?.[0]).toBe('csv/bad-header');
    expect(read('').periods).toEqual([]);
  });

  it('names lines without a source, and gives each period its line', () => {
    const text = 'trainee_id,start,end,kind\n\nr1,2026-07-06T07:00:00Z,2026-07-06T17:00:00Z,clinical\nr1,x,y,clinical\n"r2",2026-07-07T07:00:00Z,2026-07-07T17:00:00Z,education\n';
    const { lines, findings } = readWorkPeriodsCsv(text);
    expect(lines).toEqual([3, 5]);
    expect(findings).toEqual([
      {
        code: 'csv/bad-row',
        severity: 'error',
        path: [],
        line: 4,
        ref: 'line 4',
        message: 'line 4: "x" is not a date-time (expected 2026-07-01T07:00-07:00, or a local 2026-07-01T07:00 with a zone)',
      },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and CRLF inside, counting lines past them', () => {
    const text =
      '\uFEFFtrainee_id,start,end,kind,id\r\n' +
      '"r1","2026-07-06T19:00:00Z","2026-07-07T07:00:00Z","in-house-call",""\r\n' +
      'r1,2026-07-08T07:00:00Z,2026-07-08T17:00:00Z,clinical,"night, ""float"""\r\n' +
      'r1,2026-07-09T07:00:00Z,2026-07-09T17:00:00Z,clinical,"two\r\nlines"\r\n' +
      'r1,2026-07-10T07:00:00Z,2026-07-10T17:00:00Z,education,e-1\r\n';
    const { periods, lines, findings } = readWorkPeriodsCsv(text);
    expect(periods).toEqual([
      { traineeId: 'r1', start: '2026-07-06T19:00:00Z', end: '2026-07-07T07:00:00Z', kind: 'in-house-call' },
      { traineeId: 'r1', start: '2026-07-10T07:00:00Z', end: '2026-07-10T17:00:00Z', kind: 'education', id: 'e-1' },
    ]);
    expect(lines).toEqual([2, 6]);
    // Five fields each: the quoted comma did not split the id, which is then refused as an id.
    expect(findings.map((f) => [f.line, f.message.replace(/ uses .*/, '')])).toEqual([
      [3, 'line 3: id: an id'],
      [4, 'line 4: id: an id'],
    ]);
  });

  it('reports malformed quoting as bad rows by line and reads the rest', () => {
    const text = 'trainee_id,start,end,kind\nr"1,2026-07-06T07:00:00Z,2026-07-06T17:00:00Z,clinical\n"r1"x,a,b,c\nr1,2026-07-07T07:00:00Z,2026-07-07T17:00:00Z,clinical\n';
    const { periods, findings } = readWorkPeriodsCsv(text, { source: 'q.csv' });
    expect(periods).toHaveLength(1);
    expect(findings.map((f) => f.ref)).toEqual(['q.csv:2', 'q.csv:3']);
    expect(findings.map((f) => f.code)).toEqual(['csv/bad-row', 'csv/bad-row']);
  });

  it('throws for a zone that is not an IANA zone name (a programmer error, not a data problem)', () => {
    expect(() => readWorkPeriodsCsv('trainee_id,start,end,kind\n', { zone: 'PST' })).toThrow(GmekitError);
    expect(() => readWorkPeriodsCsv('trainee_id,start,end,kind\n', { zone: 'PST' })).toThrow('options.zone: "PST" is not an IANA time-zone name');
  });

  it('says once, not once per row, that local times need a zone', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `r1,2026-07-${String((i % 28) + 1).padStart(2, '0')}T07:00,2026-07-${String((i % 28) + 1).padStart(2, '0')}T19:00,clinical`);
    const { periods, findings } = read(['trainee_id,start,end,kind', ...rows, ''].join('\n'));
    expect(periods).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^w\.csv: 500 rows have local times without a UTC offset \(first "2026-07-01T07:00" on line 2\); give the zone/);
  });
});
