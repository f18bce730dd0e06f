import { readFileSync } from 'node:fs';
import { catalog } from '@gmekit/programs';
import { programGaps } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, derivedOf, embeddedCatalog } from './embedded';

describe('the embedded catalog snapshot', () => {
  it('is the catalog of @gmekit/programs, unchanged by a round trip through JSON', async () => {
    const snapshot = await buildSnapshot();
    expect(snapshot.catalog).toBe(catalog);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(Object.keys(snapshot.derived)).toEqual(['kp-lamc-radiation-oncology', 'kp-lamc-interventional-radiology', 'kp-lamc-hospice-palliative-medicine']);
  });

  it('gives a program of another catalog its own gaps, computed', async () => {
    const embedded = await embeddedCatalog();
    const other = structuredClone(embedded);
    const program = other.programs[0];
    if (!program) throw new Error('no program');
    expect((await derivedOf(other, program)).gaps).toEqual(programGaps(program));
  });

  it('matches what the build stored in dist/, when there is a build', async () => {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(new URL('../../dist/embedded-catalog.json', import.meta.url), 'utf8'));
    } catch {
      return; // no build yet: the bin tests and the consumer test cover the built file
    }
    expect(stored).toEqual(JSON.parse(JSON.stringify(await buildSnapshot())));
  });
});
