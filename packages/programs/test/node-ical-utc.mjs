// node-ical read the way its README shows, in a process started with TZ=UTC
// (rrule.js, which node-ical hands its RRULEs to, shifts its results by the
// host zone's offset; see ics-roundtrip.test.ts).
// stdin: {"text": ".ics", "fromMs": n, "toMs": n}; stdout: {"uid": [epoch ms, ...]}.
import ical from 'node-ical';

const input = JSON.parse(await new Promise((resolve) => {
  let data = '';
  process.stdin.on('data', (chunk) => (data += chunk));
  process.stdin.on('end', () => resolve(data));
}));
const out = {};
for (const event of Object.values(ical.sync.parseICS(input.text))) {
  if (event.type !== 'VEVENT') continue;
  const starts = event.rrule ? event.rrule.between(new Date(input.fromMs), new Date(input.toMs), true) : [event.start];
  const kept = starts
    .filter((d) => !(event.exdate && event.exdate[d.toISOString().slice(0, 10)] !== undefined))
    .map((d) => d.getTime())
    .filter((ms) => ms >= input.fromMs && ms < input.toMs);
  out[event.uid] = kept.sort((a, b) => a - b);
}
process.stdout.write(JSON.stringify(out));
