// Walks brochure 000 (Radiation Oncology) fact by fact. Expected values are
// read from the brochure text quoted in each test name.
import { describe, expect, it } from 'vitest';
import { statedValue } from '@gmekit/model';
import { catalog, radiationOncology as ro } from '../index';

const site = (id: string) => catalog.sites.find((s) => s.id === id);
const equipment = (id: string) => ro.equipment.find((e) => e.id === id);

describe('Radiation Oncology: history, people and positions', () => {
  it('"The Kaiser Permanente Los Angeles Medical Center was opened in 1963."', () => {
    expect(site('kp-lamc')?.opened).toEqual({ status: 'stated', value: 1963 });
  });

  it('"Our residency program was founded in 1986"', () => {
    expect(ro.founded).toEqual({ status: 'stated', value: 1986 });
  });

  it('"under the leadership of the late Dr. A. Robert Kagan as Chief of Service and Dr. Aroor Rao as Program Director" — founding leaders only', () => {
    expect(ro.leadership.map((l) => [l.role, l.name, l.period])).toEqual([
      ['chief-of-service', 'Dr. A. Robert Kagan', 'founding'],
      ['program-director', 'Dr. Aroor Rao', 'founding'],
    ]);
    expect(ro.leadership[0]?.note).toBe('the late');
    expect(ro.leadership.some((l) => l.period === 'current')).toBe(false);
  });

  it('"initially began with a total of three residents … a total of eight residents (two per year)"', () => {
    expect(ro.positions.initialTotal).toEqual({ kind: 'exact', value: 3 });
    expect(ro.positions.total).toEqual({ kind: 'exact', value: 8 });
    expect(ro.positions.perYear).toEqual({ kind: 'exact', value: 2 });
  });

  it('"twenty-five full-time clinical faculty across three locations"', () => {
    expect(ro.faculty.total).toEqual({ kind: 'exact', value: 25 });
    expect(ro.faculty.description).toBe('full-time clinical faculty');
    expect(ro.faculty.locations).toEqual({ kind: 'exact', value: 3 });
  });

  it('"Our core missions are: 1) to train competent and compassionate radiation oncologists … and 2) to help our graduating residents secure ideal job placements"', () => {
    expect(ro.missions).toHaveLength(2);
    expect(ro.missions[0]).toMatch(/^to train competent and compassionate radiation oncologists/);
    expect(ro.missions[1]).toBe('to help our graduating residents secure ideal job placements in competitive markets');
  });

  it('"These four years" and "Our senior residents (PGY-4, PGY-5)" ⇒ PGY2–PGY5 (inferred: PGY-2 is never written), 48 months', () => {
    // Four years ending at PGY-5: 5 − 4 + 1 = 2.
    expect(ro.pgyLevels).toMatchObject({ status: 'inferred', value: { from: 2, to: 5 } });
    expect(ro.pgyLevels.status === 'inferred' && ro.pgyLevels.reasoning).toMatch(/PGY-4, PGY-5.*four years/);
    expect(ro.length).toEqual({ amount: { kind: 'exact', value: 48 }, unit: 'months' });
    expect(ro.type).toBe('residency');
  });
});

describe('Radiation Oncology: sites and clinics', () => {
  it('"Kaiser Permanente Cancer Center at Los Angeles Medical Center" is part of LAMC; satellites in Anaheim and Ontario', () => {
    expect(site('kp-lamc-cancer-center')?.partOf).toBe('kp-lamc');
    expect(statedValue(site('kp-anaheim-radiation-oncology')!.city)).toBe('Anaheim');
    expect(statedValue(site('kp-ontario-radiation-oncology')!.city)).toBe('Ontario');
    expect(site('kp-anaheim-radiation-oncology')?.kind).toBe('satellite-facility');
    expect(ro.siteIds).toEqual(['kp-lamc', 'kp-lamc-cancer-center', 'kp-anaheim-radiation-oncology', 'kp-ontario-radiation-oncology']);
  });

  it('"All clinical rotations are completed at the Kaiser Permanente Cancer Center … including pediatrics"', () => {
    const rotation = (name: string) => ro.rotations.find((r) => r.name === name);
    // Core clinical and pediatrics are clinical rotations the sentence names.
    for (const name of ['Core clinical training', 'Pediatrics']) expect(rotation(name)?.site, name).toEqual({ status: 'stated', value: 'kp-lamc-cancer-center' });
    // Electives are "clinical electives" the sentence does not mention: the same site, inferred.
    expect(rotation('Clinical electives')?.site).toMatchObject({ status: 'inferred', value: 'kp-lamc-cancer-center' });
  });

  it('the multidisciplinary clinics’ site is inferred from the sentence about rotations, not stated', () => {
    for (const c of ro.clinics.filter((x) => x.kind === 'multidisciplinary')) {
      expect(c.site, c.name).toMatchObject({ status: 'inferred', value: 'kp-lamc-cancer-center' });
      expect(c.site.status === 'inferred' && c.site.reasoning).toContain('All clinical rotations');
    }
  });

  it('"These clinics include head and neck, central nervous system, gynecologic, genitourinary, and anorectal malignancies" — weekly', () => {
    const md = ro.clinics.filter((c) => c.kind === 'multidisciplinary');
    expect(md.map((c) => c.name.split(' multidisciplinary')[0])).toEqual(['Head and neck', 'Central nervous system', 'Gynecologic', 'Genitourinary', 'Anorectal']);
    for (const c of md) expect(c.frequency).toEqual({ status: 'stated', value: 'weekly' });
  });

  it('"Senior Resident Clinic" for PGY-4 and PGY-5', () => {
    const src = ro.clinics.find((c) => c.kind === 'senior-resident');
    expect(src?.pgy).toEqual({ from: 4, to: 5 });
    expect(ro.curriculum.longitudinal.find((l) => l.clinicId === src?.id)?.pgy).toEqual({ status: 'stated', value: { from: 4, to: 5 } });
  });
});

describe('Radiation Oncology: technology', () => {
  it('"seven linear accelerators at our Los Angeles facility including two Varian TrueBeamSTX, one Varian VitalBeam, and one Varian Halcyon"', () => {
    expect(equipment('ro-la-linacs')?.count).toEqual({ kind: 'exact', value: 7 });
    const members = ro.equipment.filter((e) => e.partOf === 'ro-la-linacs');
    expect(members.map((m) => [statedValue(m.vendor), statedValue(m.model), m.count])).toEqual([
      ['Varian', 'TrueBeamSTX', { kind: 'exact', value: 2 }],
      ['Varian', 'VitalBeam', { kind: 'exact', value: 1 }],
      ['Varian', 'Halcyon', { kind: 'exact', value: 1 }],
    ]);
  });

  it('"stereotactic radiosurgery on the Varian TrueBeamSTX system using Vision RT surface recognition software"', () => {
    expect(equipment('ro-la-linac-truebeamstx')?.capabilities).toContain('srs');
    expect(statedValue(equipment('ro-vision-rt')!.vendor)).toBe('Vision RT');
  });

  it('"In 2022, we opened our new HDR brachytherapy suite with Varian HDR Bravos afterloader … dedicated Siemens CT scanner and C-arm imaging"', () => {
    expect(equipment('ro-hdr-suite')?.year).toEqual({ status: 'stated', value: 2022 });
    expect(statedValue(equipment('ro-hdr-bravos')!.vendor)).toBe('Varian');
    expect(statedValue(equipment('ro-hdr-bravos')!.model)).toBe('Bravos');
    expect(equipment('ro-hdr-bravos')?.capabilities).toEqual(expect.arrayContaining(['interstitial-implants', 'intracavitary-implants']));
    expect(statedValue(equipment('ro-hdr-ct')!.vendor)).toBe('Siemens');
    expect(equipment('ro-hdr-c-arm')?.category).toBe('c-arm');
  });

  it('"We also perform LDR brachytherapy implants at our main hospital."', () => {
    // "our main hospital" is not named: read as LAMC, inferred.
    expect(equipment('ro-ldr-brachytherapy')?.site).toMatchObject({ status: 'inferred', value: 'kp-lamc' });
  });

  it('"several additional linear accelerators with SRS, SBRT, and VMAT capabilities" — count unstated, never zero', () => {
    const sat = equipment('ro-satellite-linacs');
    expect(sat?.count.kind).toBe('unstated');
    expect(sat?.capabilities).toEqual(['srs', 'sbrt', 'vmat']);
  });

  it('"as well as a Xoft electronic brachytherapy system" — at Anaheim or Ontario, not said which', () => {
    const xoft = equipment('ro-xoft');
    expect(xoft?.count).toEqual({ kind: 'exact', value: 1 });
    expect(xoft?.site.status).toBe('ambiguous');
    if (xoft?.site.status === 'ambiguous') {
      expect(xoft.site.candidates.map((c) => c.value)).toEqual(['kp-anaheim-radiation-oncology', 'kp-ontario-radiation-oncology']);
    }
  });

  it('"an on-site biochemistry laboratory with fully equipped tissue culture facilities and six centrifuges"', () => {
    expect(equipment('ro-biochemistry-laboratory')?.capabilities).toEqual(expect.arrayContaining(['tissue-culture', 'western-blotting', 'real-time-pcr', 'epigenetic-analysis']));
    expect(equipment('ro-centrifuges')?.count).toEqual({ kind: 'exact', value: 6 });
  });
});

describe('Radiation Oncology: conferences (Los Angeles time)', () => {
  const series = (id: string) => ro.conferences.find((c) => c.id === id);

  it('all series are in America/Los_Angeles and none has an invented clock time', () => {
    for (const c of ro.conferences) {
      expect(c.timeZone).toBe('America/Los_Angeles');
      expect(c.startTime.status).toBe('unstated');
    }
  });

  it('"bimonthly faculty lectures" is ambiguous: twice a month or every two months', () => {
    const f = series('ro-faculty-lectures')?.frequency;
    expect(f?.status).toBe('ambiguous');
    if (f?.status === 'ambiguous') expect(f.candidates.map((c) => c.value).sort()).toEqual(['every-two-months', 'twice-monthly']);
  });

  it('"annual mock oral examinations"', () => {
    expect(series('ro-mock-oral-examinations')?.frequency).toEqual({ status: 'stated', value: 'annual' });
    expect(series('ro-mock-oral-examinations')?.kind).toBe('mock-oral-exam');
  });

  it('"our visiting professor A. Robert Kagan Memorial Lecture Series" — frequency not stated', () => {
    expect(series('ro-kagan-memorial-lecture-series')?.kind).toBe('visiting-professor');
    expect(series('ro-kagan-memorial-lecture-series')?.frequency.status).toBe('unstated');
  });

  it('"On a weekly basis, residents participate in case conferences, Tuesday evening didactics, chart rounds, and resident-led journal club."', () => {
    for (const id of ['ro-case-conferences', 'ro-tuesday-evening-didactics', 'ro-chart-rounds', 'ro-journal-club']) {
      expect(series(id)?.frequency).toEqual({ status: 'stated', value: 'weekly' });
    }
    const didactics = series('ro-tuesday-evening-didactics');
    expect(didactics?.weekdays).toEqual({ status: 'stated', value: ['TU'] });
    expect(didactics?.dayPart).toBe('evening');
    expect(series('ro-chart-rounds')?.weekdays.status).toBe('unstated');
  });

  it('"radiation physics and radiation biology in a Friday lecture series" — Friday, frequency unstated', () => {
    const s = series('ro-physics-and-biology-lectures');
    expect(s?.weekdays).toEqual({ status: 'stated', value: ['FR'] });
    expect(s?.frequency.status).toBe('unstated');
  });

  it('"multidisciplinary conferences for pediatric, thoracic, soft tissue, hepatobiliary, and hematologic malignancies"', () => {
    const md = ro.conferences.filter((c) => c.kind === 'multidisciplinary-conference');
    expect(md.map((c) => c.title.split(' malignancies')[0])).toEqual(['Pediatric', 'Thoracic', 'Soft tissue', 'Hepatobiliary', 'Hematologic']);
    for (const c of md) expect(c.frequency.status).toBe('unstated');
  });
});

describe('Radiation Oncology: research and presentations', () => {
  const reqs = ro.requirementSet?.requirements ?? [];

  it('"at least one investigative project followed by submission and/or presentation"', () => {
    const r = reqs.find((q) => q.kind === 'scholarly');
    expect(r?.kind === 'scholarly' && r.min).toBe(1);
    expect(r?.kind === 'scholarly' && r.statuses).toEqual(expect.arrayContaining(['submitted', 'presented']));
    expect(ro.expectations.find((e) => e.id === 'investigative-project')?.strength).toBe('required');
  });

  it('"each resident will give an annual department talk"', () => {
    const r = reqs.find((q) => q.kind === 'recurring-presentation');
    expect(r?.kind === 'recurring-presentation' && [r.presentationKind, r.perAcademicYear]).toEqual(['department-talk', 1]);
  });

  it('requirement set: 48 months, ≥ 36 core clinical, research and electives "provided … at the discretion of the resident" (no floor)', () => {
    const length = reqs.find((q) => q.kind === 'training-length');
    expect(length?.kind === 'training-length' && length.length).toEqual({ amount: { kind: 'exact', value: 48 }, unit: 'months' });
    const core = reqs.find((q) => q.id === 'ro-core-clinical');
    expect(core?.kind === 'rotation-time' && core.min?.amount).toEqual({ kind: 'at-least', value: 36 });
    const research = reqs.find((q) => q.id === 'ro-research-and-electives');
    // A floor of 12 on research with 48 in all would pin core to exactly 48 − 12 = 36; "a minimum of 36" must stay a minimum.
    expect(research?.kind === 'rotation-time' && [research.min?.amount, research.max?.amount]).toEqual([undefined, { kind: 'exact', value: 12 }]);
    // The length requirement cites the brochure only: no uncited claim about what ACGME sets.
    expect(length?.description ?? '').not.toMatch(/ACGME sets/);
    for (const r of reqs) expect(r.sources.length).toBeGreaterThan(0);
  });
});

describe('Radiation Oncology: highlights, history and link', () => {
  const fact = (id: string) => ro.facts?.find((f) => f.id === id);

  it('"The Radiation Oncology Department is the largest in California and one of the largest in the nation."', () => {
    expect(fact('largest-department')).toMatchObject({ kind: 'highlight' });
    expect(fact('largest-department')?.text).toMatch(/largest in California and one of the largest in the nation/);
  });

  it('"We offer a unique training experience within a fully integrated healthcare system and managed care organization!"', () => {
    expect(fact('integrated-system')?.kind).toBe('highlight');
    expect(fact('integrated-system')?.text).toMatch(/fully integrated healthcare system and managed care organization/);
  });

  it('"Over the course of thirty plus years, the department has grown rapidly in size from a small group of founding physicians in one location …"', () => {
    expect(fact('thirty-plus-years')?.kind).toBe('history');
    expect(fact('thirty-plus-years')?.text).toMatch(/thirty plus years.*small group of founding physicians in one location/);
  });

  it('"http://residency-scal-kaiserpermanente.org" — the web address as printed', () => {
    expect(fact('website')).toMatchObject({ kind: 'link', url: 'http://residency-scal-kaiserpermanente.org' });
  });
});
