// A second catalog, written by hand, that differs from the embedded one: one
// institution in Chicago with a family medicine residency and a sports
// medicine fellowship. Tests write it to a temp dir and pass --catalog.

const src = [{ file: 'riverside.txt', quote: 'hand-written test catalog' }];

const months = (value: number) => ({ amount: { kind: 'exact', value }, unit: 'months' });

/**
 * The fixture as JSON (a fresh copy each call, so tests may break it).
 *
 * @returns the catalog document
 */
export function secondCatalog(): Record<string, unknown> {
  return {
    formatVersion: 1,
    institution: { id: 'riverside', name: 'Riverside Community Health', mainSiteId: 'rch', sources: src },
    sites: [
      { id: 'rch', name: 'Riverside Community Hospital', kind: 'community-hospital', city: { status: 'stated', value: 'Chicago' }, affiliation: 'sponsor', sources: src },
      { id: 'lakeview', name: 'Lakeview Clinic', kind: 'satellite-facility', city: { status: 'unstated' }, affiliation: 'partner', sources: src },
    ],
    programs: [
      {
        id: 'fm',
        name: 'Family Medicine Residency',
        institutionId: 'riverside',
        type: 'residency',
        specialty: { name: 'Family Medicine', acgmeCode: { status: 'stated', value: '120' }, board: { status: 'unstated' } },
        accreditor: { status: 'stated', value: 'ACGME' },
        founded: { status: 'stated', value: 1998 },
        pgyLevels: { status: 'stated', value: { from: 1, to: 3 } },
        length: months(36),
        positions: { perYear: { kind: 'exact', value: 6 }, total: { kind: 'exact', value: 18 }, sources: src },
        faculty: { total: { kind: 'exact', value: 12 }, description: 'core faculty', groups: [], sources: src },
        leadership: [],
        missions: ['Care for the neighbourhood.'],
        siteIds: ['rch', 'lakeview'],
        careSettings: ['inpatient', 'clinic'],
        affiliations: [],
        clinics: [],
        equipment: [],
        rotations: [
          { id: 'fm-inpatient', name: 'Family Medicine Inpatient', categories: ['inpatient', 'core-clinical'], site: { status: 'stated', value: 'rch' }, sources: src },
          { id: 'peds', name: 'Pediatrics', categories: ['pediatrics', 'core-clinical'], site: { status: 'stated', value: 'rch' }, sources: src },
          { id: 'ob', name: 'Obstetrics', categories: ['obstetrics', 'core-clinical'], site: { status: 'stated', value: 'rch' }, sources: src },
          { id: 'elective', name: 'Elective', categories: ['elective'], site: { status: 'unstated' }, sources: src },
        ],
        curriculum: {
          blockSystem: { status: 'stated', value: { kind: 'calendar-months' } },
          years: [
            {
              year: 1,
              pgy: 1,
              length: months(12),
              blocks: [
                { rotationId: 'fm-inpatient', duration: months(6), position: { status: 'stated', value: { anchor: 'start' } }, sources: src },
                { rotationId: 'peds', duration: months(3), position: { status: 'unstated' }, sources: src },
                { rotationId: 'ob', duration: months(3), position: { status: 'unstated' }, sources: src },
              ],
              sources: src,
            },
            {
              year: 2,
              pgy: 2,
              length: months(12),
              blocks: [
                { rotationId: 'fm-inpatient', duration: months(4), position: { status: 'unstated' }, sources: src },
                { rotationId: 'elective', duration: { amount: { kind: 'remainder' }, unit: 'months' }, position: { status: 'unstated' }, sources: src },
              ],
              sources: src,
            },
            {
              year: 3,
              pgy: 3,
              length: months(12),
              blocks: [
                { rotationId: 'fm-inpatient', duration: months(2), position: { status: 'unstated' }, sources: src },
                { rotationId: 'elective', duration: { amount: { kind: 'range', min: 8, max: 9 }, unit: 'months' }, position: { status: 'unstated' }, sources: src },
              ],
              sources: src,
            },
          ],
          longitudinal: [],
          totals: [],
        },
        conferences: [
          {
            id: 'noon',
            title: 'Noon conference',
            kind: 'lecture',
            audience: ['residents'],
            frequency: { status: 'stated', value: 'weekly' },
            weekdays: { status: 'stated', value: ['WE'] },
            startTime: { status: 'stated', value: '12:00' },
            durationMinutes: { status: 'stated', value: 60 },
            timeZone: 'America/Chicago',
            anchorDate: { status: 'unstated' },
            sources: src,
          },
          {
            id: 'journal',
            title: 'Journal club',
            kind: 'journal-club',
            audience: ['residents'],
            frequency: { status: 'stated', value: 'monthly' },
            weekdays: { status: 'stated', value: ['TH'] },
            rrule: 'FREQ=MONTHLY;BYDAY=1TH',
            startTime: { status: 'unstated' },
            durationMinutes: { status: 'unstated' },
            timeZone: 'America/Chicago',
            anchorDate: { status: 'unstated' },
            sources: src,
          },
        ],
        volumes: [],
        expectations: [],
        requirementSet: {
          id: 'fm-requirements',
          programId: 'fm',
          title: 'Family medicine plan',
          requirements: [
            { id: 'length', title: 'Three years of training', kind: 'training-length', length: months(36), sources: src },
            { id: 'peds', title: 'At least 3 months of pediatrics', kind: 'rotation-time', categories: ['pediatrics'], min: months(3), sources: src },
            { id: 'ob', title: 'At least 4 months of obstetrics', kind: 'rotation-time', categories: ['obstetrics'], min: months(4), sources: src },
          ],
        },
        sourceFile: 'riverside.txt',
        factSources: { name: src },
      },
      {
        id: 'fm-sports',
        name: 'Sports Medicine Fellowship',
        institutionId: 'riverside',
        type: 'fellowship',
        specialty: { name: 'Sports Medicine', acgmeCode: { status: 'unstated' }, board: { status: 'unstated' } },
        accreditor: { status: 'stated', value: 'ACGME' },
        founded: { status: 'unstated' },
        pgyLevels: { status: 'stated', value: { from: 4, to: 4 } },
        length: months(12),
        positions: { perYear: { kind: 'exact', value: 1 }, total: { kind: 'exact', value: 1 }, sources: src },
        faculty: { total: { kind: 'unstated' }, description: 'faculty', groups: [], sources: src },
        leadership: [],
        missions: [],
        siteIds: ['rch'],
        careSettings: [],
        affiliations: [],
        clinics: [],
        equipment: [],
        rotations: [{ id: 'sports', name: 'Sports clinic', categories: ['clinic'], site: { status: 'stated', value: 'lakeview' }, sources: src }],
        curriculum: {
          blockSystem: { status: 'unstated' },
          years: [{ year: 1, pgy: 4, length: months(12), blocks: [{ rotationId: 'sports', duration: months(12), position: { status: 'unstated' }, sources: src }], sources: src }],
          longitudinal: [],
          totals: [],
        },
        conferences: [],
        volumes: [],
        expectations: [],
        sourceFile: 'riverside.txt',
        factSources: { name: src },
      },
    ],
  };
}
