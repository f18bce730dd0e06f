/**
 * A sample of the recurrence vectors in python-dateutil's `test_rrule.py` and
 * libical's `icalrecur_test.txt`, re-derived here as data: the rule shapes
 * those suites exercise, with every expected instance worked out by hand in
 * the comments (no expected values copied). Floating times; 1997-09-02, the
 * DTSTART most of dateutil's tests use, is a Tuesday, 1997-10-01 a Wednesday,
 * 1997-11-01 a Saturday, 1998-01-01 a Thursday.
 *
 * `ambiguous` marks the cases RFC 5545 leaves open: what the peer does, and
 * gmekit's choice, which `expected` follows.
 */
export interface PortedVector {
  readonly source: 'dateutil' | 'libical';
  readonly name: string;
  readonly start: string;
  readonly rule: string;
  readonly expected: readonly string[];
  readonly ambiguous?: { readonly peer: string; readonly choice: string };
}

const d = (day: string, time = '09:00:00'): string => `${day}T${time}`;

export const PORTED: readonly PortedVector[] = [
  { source: 'dateutil', name: 'yearly', start: d('1997-09-02'), rule: 'FREQ=YEARLY;COUNT=3', expected: [d('1997-09-02'), d('1998-09-02'), d('1999-09-02')] },
  { source: 'dateutil', name: 'yearly, interval 100', start: d('1997-09-02'), rule: 'FREQ=YEARLY;INTERVAL=100;COUNT=3', expected: [d('1997-09-02'), d('2097-09-02'), d('2197-09-02')] },
  { source: 'dateutil', name: 'monthly', start: d('1997-09-02'), rule: 'FREQ=MONTHLY;COUNT=3', expected: [d('1997-09-02'), d('1997-10-02'), d('1997-11-02')] },
  // 18 months after September 1997 is March 1999, then September 2000.
  { source: 'dateutil', name: 'monthly, interval 18', start: d('1997-09-02'), rule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=3', expected: [d('1997-09-02'), d('1999-03-02'), d('2000-09-02')] },
  { source: 'dateutil', name: 'weekly', start: d('1997-09-02'), rule: 'FREQ=WEEKLY;COUNT=3', expected: [d('1997-09-02'), d('1997-09-09'), d('1997-09-16')] },
  { source: 'dateutil', name: 'weekly, interval 2', start: d('1997-09-02'), rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3', expected: [d('1997-09-02'), d('1997-09-16'), d('1997-09-30')] },
  { source: 'dateutil', name: 'daily', start: d('1997-09-02'), rule: 'FREQ=DAILY;COUNT=3', expected: [d('1997-09-02'), d('1997-09-03'), d('1997-09-04')] },
  // +92 days: 28 to Sep 30, 31 to Oct 31, 30 to Nov 30, 3 more: Dec 3; then 28 to Dec 31, 31, 28 (1998 is not leap), 5: Mar 5.
  { source: 'dateutil', name: 'daily, interval 92', start: d('1997-09-02'), rule: 'FREQ=DAILY;INTERVAL=92;COUNT=3', expected: [d('1997-09-02'), d('1997-12-03'), d('1998-03-05')] },
  { source: 'dateutil', name: 'hourly', start: d('1997-09-02'), rule: 'FREQ=HOURLY;COUNT=3', expected: [d('1997-09-02'), d('1997-09-02', '10:00:00'), d('1997-09-02', '11:00:00')] },
  // 769 h = 32 days + 1 h: Sep 2 + 32 days = Oct 4, + 32 = Nov 5.
  { source: 'dateutil', name: 'hourly, interval 769', start: d('1997-09-02'), rule: 'FREQ=HOURLY;INTERVAL=769;COUNT=3', expected: [d('1997-09-02'), d('1997-10-04', '10:00:00'), d('1997-11-05', '11:00:00')] },
  { source: 'dateutil', name: 'minutely', start: d('1997-09-02'), rule: 'FREQ=MINUTELY;COUNT=3', expected: [d('1997-09-02'), d('1997-09-02', '09:01:00'), d('1997-09-02', '09:02:00')] },
  // 1501 min = 1440 + 61 min = 1 day + 1 h + 1 min.
  { source: 'dateutil', name: 'minutely, interval 1501', start: d('1997-09-02'), rule: 'FREQ=MINUTELY;INTERVAL=1501;COUNT=3', expected: [d('1997-09-02'), d('1997-09-03', '10:01:00'), d('1997-09-04', '11:02:00')] },
  { source: 'dateutil', name: 'secondly', start: d('1997-09-02'), rule: 'FREQ=SECONDLY;COUNT=3', expected: [d('1997-09-02'), d('1997-09-02', '09:00:01'), d('1997-09-02', '09:00:02')] },
  // 90061 s = 1 day + 1 h + 1 min + 1 s.
  { source: 'dateutil', name: 'secondly, interval 90061', start: d('1997-09-02'), rule: 'FREQ=SECONDLY;INTERVAL=90061;COUNT=3', expected: [d('1997-09-02'), d('1997-09-03', '10:01:01'), d('1997-09-04', '11:02:02')] },
  { source: 'dateutil', name: 'monthly, last day of the month', start: d('1997-09-30'), rule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', expected: [d('1997-09-30'), d('1997-10-31'), d('1997-11-30')] },
  // First Tuesdays: Sep 2, Oct 7, Nov 4; last Thursdays: Sep 25 (Sep 30 is a Tuesday), Oct 30 (Oct 31 a Friday), Nov 27 (Nov 30 a Sunday).
  { source: 'dateutil', name: 'monthly, first Tuesday and last Thursday', start: d('1997-09-02'), rule: 'FREQ=MONTHLY;BYDAY=1TU,-1TH;COUNT=6', expected: ['1997-09-02', '1997-09-25', '1997-10-07', '1997-10-30', '1997-11-04', '1997-11-27'].map((x) => d(x)) },
  // ISO week 1 of 1998 starts Monday 1997-12-29, so week 20's Monday is 133 days later: May 11. 1999's week 1 starts Jan 4: May 17; 2000's starts Jan 3: May 15 (leap year).
  { source: 'dateutil', name: 'yearly, Monday of week 20', start: d('1998-05-11'), rule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;COUNT=3', expected: [d('1998-05-11'), d('1999-05-17'), d('2000-05-15')] },
  // Day 365 of 1997 is Dec 31; 1998 days 1, 100 (90 days to Mar 31, +10) and 200 (181 to Jun 30, +19).
  { source: 'dateutil', name: 'yearly by year day', start: d('1997-12-31'), rule: 'FREQ=YEARLY;BYYEARDAY=1,100,200,365;COUNT=4', expected: [d('1997-12-31'), d('1998-01-01'), d('1998-04-10'), d('1998-07-19')] },
  { source: 'dateutil', name: 'yearly, Tuesdays and Thursdays of January and March', start: d('1998-01-01'), rule: 'FREQ=YEARLY;BYMONTH=1,3;BYDAY=TU,TH;COUNT=4', expected: [d('1998-01-01'), d('1998-01-06'), d('1998-01-08'), d('1998-01-13')] },
  { source: 'dateutil', name: 'yearly, February 29 only', start: d('2000-02-29'), rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=2', expected: [d('2000-02-29'), d('2004-02-29')] },
  // November has no 31st: skipped (RFC 5545 §3.3.10: invalid dates are ignored).
  { source: 'libical', name: 'monthly on the 31st skips short months', start: d('1997-10-31'), rule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3', expected: [d('1997-10-31'), d('1997-12-31'), d('1998-01-31')] },
  // Last weekdays: Sep 30 (Tue), Oct 31 (Fri), Nov 28 (Nov 30 is a Sunday).
  { source: 'libical', name: 'monthly, last weekday (BYSETPOS=-1)', start: d('1997-09-30'), rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3', expected: [d('1997-09-30'), d('1997-10-31'), d('1997-11-28')] },
  // Third of Tue/Wed/Thu: Sep (2, 3, 4) → 4; Oct (1, 2, 7) → 7; Nov (4, 5, 6) → 6.
  { source: 'libical', name: 'monthly, third of Tuesday/Wednesday/Thursday', start: d('1997-09-04'), rule: 'FREQ=MONTHLY;BYDAY=TU,WE,TH;BYSETPOS=3;COUNT=3', expected: [d('1997-09-04'), d('1997-10-07'), d('1997-11-06')] },
  // 1997-08-05 is a Tuesday. Weeks from Monday: (Aug 4-10) Tue 5, Sun 10; (Aug 18-24) Tue 19, Sun 24.
  { source: 'libical', name: 'every other week on Tuesday and Sunday, weeks from Monday', start: d('1997-08-05'), rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', expected: [d('1997-08-05'), d('1997-08-10'), d('1997-08-19'), d('1997-08-24')] },
  // Weeks from Sunday: (Aug 3-9) Tue 5; (Aug 17-23) Sun 17, Tue 19; (Aug 31-) Sun 31.
  { source: 'libical', name: 'the same with weeks from Sunday', start: d('1997-08-05'), rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', expected: [d('1997-08-05'), d('1997-08-17'), d('1997-08-19'), d('1997-08-31')] },
  {
    source: 'dateutil',
    name: 'DTSTART that the rule does not produce',
    start: d('1997-09-02'),
    rule: 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=2',
    expected: [d('1997-09-02'), d('1997-09-15')],
    ambiguous: {
      peer: 'dateutil leaves a DTSTART out unless the rule produces it (its documentation says so): Sep 15, Oct 15',
      choice: 'RFC 5545 §3.8.5.3 calls the set undefined; gmekit follows §3.8.2.4 and RFC 5545 examples: DTSTART is the first instance and counts toward COUNT',
    },
  },
  {
    source: 'libical',
    name: 'date-only UNTIL next to a date-time DTSTART',
    start: d('1997-09-02'),
    rule: 'FREQ=DAILY;UNTIL=19970904',
    expected: [d('1997-09-02'), d('1997-09-03'), d('1997-09-04')],
    ambiguous: {
      peer: 'RFC 5545 requires UNTIL to have DTSTART\'s value type; peers that compare it as midnight stop after Sep 3',
      choice: 'gmekit accepts it (Google writes it) and reads it as the whole day in DTSTART\'s zone, so Sep 4 is included',
    },
  },
  {
    source: 'libical',
    name: 'trailing semicolon',
    start: d('1997-09-01'),
    rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2;',
    expected: [d('1997-09-01'), d('1997-09-08')],
    ambiguous: {
      peer: 'the recur grammar has no empty part; libical keeps this as a rule that must parse',
      choice: 'gmekit accepts an empty last part (with an info finding in parseICS)',
    },
  },
  {
    source: 'dateutil',
    name: 'BYHOUR next to a DATE DTSTART',
    start: '2024-10-18',
    rule: 'FREQ=DAILY;BYMINUTE=1,2,3,4;INTERVAL=2;COUNT=3',
    expected: ['2024-10-18', '2024-10-20', '2024-10-22'],
    ambiguous: {
      peer: 'dateutil has no DATE values: it expands the minutes (four instants a day)',
      choice: 'RFC 5545 §3.3.10: BYSECOND, BYMINUTE and BYHOUR are ignored for a DATE DTSTART; gmekit ignores them',
    },
  },
];
