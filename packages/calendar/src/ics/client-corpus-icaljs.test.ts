/**
 * Dev-only differential run: every corpus file through ical.js (a real
 * client library) and through gmekit. Each difference must be classified in
 * the corpus (`icalJs`: gmekit policy or ical.js bug, with the reason), and a
 * classification must not outlive its difference; anything else fails.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusText } from './__fixtures__/client-corpus';
import { icalJsOccurrences } from './__fixtures__/oracles';

function icalJs(text: string, window: { start: string; end: string }): string[] | string {
  try {
    return [...icalJsOccurrences(text, window.start, window.end).values()].flat().sort();
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('client-style corpus against ical.js: every difference classified', () => {
  for (const c of CORPUS) {
    it(`${c.client}: ${c.name}`, () => {
      const peer = icalJs(corpusText(c), c.window);
      const same = Array.isArray(peer) && JSON.stringify(peer) === JSON.stringify([...c.expected].sort());
      if (same) expect(c.icalJs, 'classified as a difference, but ical.js agrees').toBeUndefined();
      else expect(c.icalJs?.why, `unclassified difference: ical.js gives ${JSON.stringify(peer)}`).toEqual(expect.any(String));
    });
  }

});
