// Walks brochure 002 (Hospice & Palliative Medicine) fact by fact.
import { describe, expect, it } from 'vitest';
import { programGaps, yearBlockMonths } from '@gmekit/model';
import { catalog, hospicePalliativeMedicine as hpm } from '../index';

describe('HPM: program facts', () => {
  it('"a one-year clinical program" — 12 months, fellowship', () => {
    expect(hpm.type).toBe('fellowship');
    expect(hpm.length).toEqual({ amount: { kind: 'exact', value: 12 }, unit: 'months' });
    expect(hpm.curriculum.years).toHaveLength(1);
    expect(hpm.curriculum.years[0]?.length).toEqual({ amount: { kind: 'exact', value: 12 }, unit: 'months' });
  });

  it('founding year, PGY levels, positions and leadership are not stated', () => {
    expect(hpm.founded.status).toBe('unstated');
    expect(hpm.pgyLevels.status).toBe('unstated');
    expect(hpm.curriculum.years[0]?.pgy).toBeUndefined();
    expect(hpm.positions.perYear.kind).toBe('unstated');
    expect(hpm.leadership).toEqual([]);
  });

  it('"a large and diverse faculty of 22 physicians, many of whom with dual certifications in Palliative Medicine and Geriatrics"', () => {
    expect(hpm.faculty.total).toEqual({ kind: 'exact', value: 22 });
    expect(hpm.faculty.description).toBe('physicians');
    expect(hpm.faculty.groups[0]).toMatchObject({ label: 'Dual-certified in Palliative Medicine and Geriatrics', count: { kind: 'unstated', note: '“many of whom”' } });
  });

  it('the department mission and the four fellowship missions, verbatim', () => {
    expect(hpm.missions).toHaveLength(5);
    expect(hpm.missions[0]).toMatch(/^The mission of our academic department is to serve and support those with serious illness/);
    expect(hpm.missions[4]).toBe('To promote personal wellness and character development through an innovative wellness curriculum and strong mentorship');
  });

  it('"close affiliations and collaborations with the Geriatric Medicine Fellowship Program, the Kaiser Permanente Bernard J. Tyson School of Medicine and Kaiser Permanente Research"', () => {
    expect(hpm.affiliations.map((a) => a.name)).toEqual([
      'Geriatric Medicine Fellowship Program',
      'Kaiser Permanente Bernard J. Tyson School of Medicine',
      'Kaiser Permanente Research',
    ]);
  });

  it('"Kaiser Permanente LAMC offers over 20 other residency and fellowship programs"', () => {
    expect(catalog.institution.otherProgramCount).toEqual({ kind: 'more-than', value: 20 });
  });

  it('has no conferences: the brochure names none', () => {
    expect(hpm.conferences).toEqual([]);
  });
});

describe('HPM: settings and medical centers', () => {
  it('"multi-setting" care "from the inpatient consult service to the outpatient clinic to our integrated home-based palliative care and hospice programs"', () => {
    expect(hpm.careSettings).toEqual(['multi-setting', 'inpatient-consult', 'outpatient-clinic', 'home-based-palliative-care', 'hospice']);
  });

  it('post-acute care, named only in "equipped to practice … including … post-acute", is an expectation, not a setting, rotation or block', () => {
    expect(hpm.careSettings).not.toContain('post-acute');
    expect(hpm.rotations.filter((r) => r.categories.includes('post-acute'))).toEqual([]);
    const practice = hpm.expectations.find((e) => e.id === 'practice-any-setting');
    expect(practice).toMatchObject({ kind: 'competency', strength: 'required' });
    expect(practice?.text).toMatch(/post-acute/);
    expect(practice?.sources.map((s) => s.quote)).toEqual([
      'Our fellows are equipped to practice palliative medicine in any palliative setting of their choice, including inpatient, home-based palliative, hospice, clinic and post-acute.',
    ]);
  });

  it('"Our fellows rotate through four different medical centers": LAMC, West LA, CHLA, City of Hope, each of its stated kind', () => {
    expect(hpm.siteIds).toEqual(['kp-lamc', 'kp-west-los-angeles', 'childrens-hospital-los-angeles', 'city-of-hope']);
    const kinds = hpm.siteIds.map((id) => catalog.sites.find((s) => s.id === id)?.kind);
    expect(kinds).toEqual(['academic-medical-center', 'community-hospital', 'childrens-hospital', 'cancer-center']);
  });

  it('cities the text does not give stay unstated', () => {
    for (const id of ['kp-west-los-angeles', 'childrens-hospital-los-angeles', 'city-of-hope']) {
      expect(catalog.sites.find((s) => s.id === id)?.city.status).toBe('unstated');
    }
  });

  it('every setting and center is a block of unstated length; none is invented', () => {
    // Four settings (inpatient consult, outpatient clinic, home-based
    // palliative care, hospice) and four medical centers.
    const y = hpm.curriculum.years[0]!;
    expect(y.blocks).toHaveLength(8);
    for (const b of y.blocks) expect(b.duration.amount.kind).toBe('unstated');
    // "allows our fellows the unique opportunity to follow their patients
    // across these multiple clinical settings": the settings are optional
    // blocks; "Our fellows rotate through four different medical centers": the
    // centers are not. Only the four centers count as the year's blocks.
    expect(y.blocks.map((b) => b.optional === true)).toEqual([true, true, true, true, false, false, false, false]);
    expect(yearBlockMonths(y, hpm)).toEqual({ min: 0, max: 0, uncounted: 4, hasRemainder: false });
    const follow = hpm.expectations.find((e) => e.id === 'follow-patients-across-settings');
    expect(follow?.strength).toBe('optional');
  });

  it('"To promote personal wellness and character development…" is a mission, not a required expectation', () => {
    const wellness = 'To promote personal wellness and character development through an innovative wellness curriculum and strong mentorship';
    expect(hpm.missions).toContain(wellness);
    expect(hpm.expectations.filter((e) => /wellness/i.test(e.text))).toEqual([]);
  });

  it('the four medical centers are identified with the institutions of the mission bullet by inference', () => {
    for (const r of hpm.rotations.filter((x) => x.categories.includes('medical-center'))) {
      expect(r.site.status, r.name).toBe('inferred');
      expect(r.site.status === 'inferred' && r.site.reasoning).toMatch(/never says these are the four centers/);
    }
    expect(hpm.inferred?.siteIds).toMatch(/never says these are the four centers/);
  });

  it('requirement set: 12 months and the four centers; the settings are an opportunity, not a requirement', () => {
    const reqs = hpm.requirementSet?.requirements ?? [];
    expect(reqs.find((r) => r.kind === 'training-length')).toMatchObject({ length: { amount: { kind: 'exact', value: 12 } } });
    const centers = reqs.find((r) => r.id === 'hpm-four-medical-centers');
    expect(centers?.kind === 'distinct-sites' && centers.siteIds).toEqual(hpm.siteIds);
    expect(centers?.description).toMatch(/inferred/);
    expect(reqs.map((r) => r.id)).toEqual(['hpm-training-length', 'hpm-four-medical-centers']);
  });
});

describe('HPM gaps', () => {
  const gaps = programGaps(hpm);
  const refs = new Set(gaps.map((g) => g.ref));

  it('lists the PGY levels, founding year, block lengths and the unaccounted year', () => {
    expect(refs.has('pgyLevels')).toBe(true);
    expect(refs.has('founded')).toBe(true);
    expect(refs.has('curriculum.years[0].blocks[0].duration.amount')).toBe(true);
    expect(gaps.find((g) => g.code === 'gap/unaccounted-time')?.message).toBe('year 1: 12 of 12 months are not accounted for by the stated blocks');
  });

  it('does not list the stated faculty total; lists the centers’ sites as inferred, not as open', () => {
    expect(refs.has('faculty.total')).toBe(false);
    // rotations[4] is the first medical center (LAMC), after the four settings.
    expect(hpm.rotations[4]?.id).toBe('hpm-lamc');
    expect(gaps.filter((g) => g.ref === 'rotations[4].site').map((g) => g.code)).toEqual(['gap/inferred']);
  });
});

describe('HPM: highlights and outcomes', () => {
  const fact = (id: string) => hpm.facts?.find((f) => f.id === id);

  it('"Kaiser Permanente’s fully integrated electronic medical records system allows our fellows the unique opportunity to follow their patients across these multiple clinical settings"', () => {
    expect(fact('integrated-medical-record')?.kind).toBe('highlight');
    expect(fact('integrated-medical-record')?.text).toMatch(/fully integrated electronic medical records system lets fellows follow their patients across/);
  });

  it('"Our graduates have become fellowship directors, medical directors, and leaders in education and care delivery."', () => {
    expect(fact('graduates-leaders')).toMatchObject({ kind: 'outcome', text: 'Graduates have become fellowship directors, medical directors, and leaders in education and care delivery.' });
  });

  it('"Los Angeles is one of the most diverse and vibrant cities in the nation, which means that our fellows encounter patients with a wide range of cultural, ethnic, and religious backgrounds."', () => {
    expect(fact('diversity')?.text).toMatch(/one of the most diverse and vibrant cities in the nation.*cultural, ethnic, and religious backgrounds/);
  });
});
