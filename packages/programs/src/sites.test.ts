import { describe, expect, it } from 'vitest';
import { SiteSchema } from '@gmekit/model';
import { catalog, institution, sites } from './index';

describe('sites and institution', () => {
  it('every site parses', () => {
    for (const s of sites) expect(SiteSchema.safeParse(s).success).toBe(true);
  });

  it('"Kaiser Permanente Los Angeles Medical Center was opened in 1963" and is the main site', () => {
    expect(institution.mainSiteId).toBe('kp-lamc');
    const lamc = sites.find((s) => s.id === 'kp-lamc');
    expect(lamc?.opened).toEqual({ status: 'stated', value: 1963 });
    expect(lamc?.city).toEqual({ status: 'stated', value: 'Los Angeles' });
  });

  it('the partner hospitals outside Kaiser Permanente are partners; Kaiser sites are the sponsor’s', () => {
    const affiliation = Object.fromEntries(sites.map((s) => [s.id, s.affiliation]));
    expect(affiliation).toEqual({
      'kp-lamc': 'sponsor',
      'kp-lamc-cancer-center': 'sponsor',
      'kp-anaheim-radiation-oncology': 'sponsor',
      'kp-ontario-radiation-oncology': 'sponsor',
      'kp-west-los-angeles': 'sponsor',
      'childrens-hospital-los-angeles': 'partner',
      'city-of-hope': 'partner',
    });
  });

  it('every conference in the catalog is in Los Angeles time', () => {
    for (const p of catalog.programs) for (const c of p.conferences) expect(c.timeZone).toBe('America/Los_Angeles');
  });
});
