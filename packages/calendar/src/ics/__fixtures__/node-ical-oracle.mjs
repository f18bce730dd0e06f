// Runs node-ical under TZ=UTC (its rrule expansion depends on the host zone,
// see oracles.ts) and prints, per UID, the occurrence starts in [from, to):
// ISO instants for timed events, YYYY-MM-DD for all-day ones.
// stdin: {"text": "...", "from": ISO, "to": ISO, "first": day, "end": day}
// (all-day occurrences count when first <= day < end); stdout: {"uid": [...]}.
import ical from 'node-ical';

const input = JSON.parse(await new Promise((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => (data += c));
  process.stdin.on('end', () => resolve(data));
}));
const parsed = ical.sync.parseICS(input.text);
const fromMs = Date.parse(input.from);
const toMs = Date.parse(input.to);
const out = {};
const day = (d, tz) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: tz ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
for (const ev of Object.values(parsed)) {
  if (ev.type !== 'VEVENT') continue;
  const allDay = ev.start.dateOnly === true;
  const starts = ev.rrule ? ev.rrule.between(new Date(fromMs - 2 * 86400000), new Date(toMs + 2 * 86400000), true) : [ev.start];
  for (const d of starts) {
    const key = d.toISOString().slice(0, 10);
    if (ev.exdate && ev.exdate[key] !== undefined) continue;
    const override = ev.recurrences ? ev.recurrences[key] : undefined;
    if (override && override.status === 'CANCELLED') continue;
    const start = override ? override.start : d;
    const value = allDay ? day(start, ev.start.tz) : start.toISOString().replace('.000Z', 'Z');
    const inside = allDay ? value >= input.first && value < input.end : start.getTime() >= fromMs && start.getTime() < toMs;
    if (inside) (out[ev.uid] ??= []).push(value);
  }
}
for (const list of Object.values(out)) list.sort();
process.stdout.write(JSON.stringify(out));
