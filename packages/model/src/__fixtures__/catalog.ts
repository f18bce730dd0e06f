// A small hand-written catalog used by the model's own tests: one institution,
// two sites and one residency whose numbers are easy to check by hand.
import { type Catalog, CatalogSchema } from '../catalog';

const src = [{ file: 'fixture.txt', quote: 'fixture sentence' }];

/** The fixture as plain JSON, before parsing (what a file on disk holds). */
export function rawFixture(): Record<string, unknown> {
  return structuredClone(base) as Record<string, unknown>;
}

/** The fixture parsed through the catalog schema. */
export function fixtureCatalog(): Catalog {
  return CatalogSchema.parse(rawFixture());
}

const base: unknown = {
  formatVersion: 1,
  institution: {
    id: 'inst',
    name: 'Example Medical Center',
    mainSiteId: 'main',
    sources: src,
  },
  sites: [
    { id: 'main', name: 'Example Medical Center', kind: 'academic-medical-center', city: { status: 'stated', value: 'Springfield' }, affiliation: 'sponsor', sources: src },
    { id: 'clinic', name: 'Example Cancer Center', kind: 'cancer-center', city: { status: 'unstated' }, partOf: 'main', affiliation: 'sponsor', sources: src },
  ],
  programs: [
    {
      id: 'prog',
      name: 'Example Residency',
      institutionId: 'inst',
      type: 'residency',
      specialty: { name: 'Example', acgmeCode: { status: 'unstated' }, board: { status: 'unstated' } },
      accreditor: { status: 'stated', value: 'ACGME' },
      founded: { status: 'stated', value: 2000 },
      pgyLevels: { status: 'stated', value: { from: 2, to: 3 } },
      length: { amount: { kind: 'exact', value: 24 }, unit: 'months' },
      positions: { perYear: { kind: 'exact', value: 2 }, total: { kind: 'exact', value: 4 }, sources: src },
      faculty: { total: { kind: 'exact', value: 5 }, description: 'faculty', groups: [], sources: src },
      leadership: [],
      missions: ['Train well.'],
      siteIds: ['main', 'clinic'],
      careSettings: [],
      affiliations: [],
      clinics: [],
      equipment: [
        { id: 'linacs', category: 'linear-accelerator', name: 'linear accelerators', vendor: { status: 'unstated' }, model: { status: 'unstated' }, count: { kind: 'exact', value: 3 }, site: { status: 'stated', value: 'main' }, year: { status: 'unstated' }, capabilities: [], sources: src },
        { id: 'tb', category: 'linear-accelerator', name: 'TrueBeam', vendor: { status: 'stated', value: 'Varian' }, model: { status: 'stated', value: 'TrueBeam' }, count: { kind: 'exact', value: 2 }, site: { status: 'stated', value: 'main' }, year: { status: 'unstated' }, partOf: 'linacs', capabilities: ['srs'], sources: src },
      ],
      rotations: [
        { id: 'ir', name: 'Interventional Radiology', categories: ['ir'], site: { status: 'stated', value: 'main' }, sources: src },
        { id: 'micu', name: 'Medical ICU', categories: ['icu', 'micu'], site: { status: 'unstated' }, sources: src },
      ],
      curriculum: {
        blockSystem: { status: 'stated', value: { kind: 'calendar-months' } },
        years: [
          {
            year: 1,
            pgy: 2,
            length: { amount: { kind: 'exact', value: 12 }, unit: 'months' },
            blocks: [
              { rotationId: 'micu', duration: { amount: { kind: 'approximate', value: 80 }, unit: 'hours' }, position: { status: 'unstated' }, sources: src },
              { rotationId: 'ir', duration: { amount: { kind: 'exact', value: 2 }, unit: 'months' }, position: { status: 'stated', value: { anchor: 'end' } }, sources: src },
            ],
            sources: src,
          },
          {
            year: 2,
            pgy: 3,
            length: { amount: { kind: 'exact', value: 12 }, unit: 'months' },
            blocks: [
              { rotationId: 'ir', duration: { amount: { kind: 'range', min: 1, max: 2 }, unit: 'months' }, position: { status: 'stated', value: { anchor: 'start' } }, sources: src },
              { rotationId: 'micu', duration: { amount: { kind: 'remainder' }, unit: 'months' }, position: { status: 'unstated' }, sources: src },
            ],
            sources: src,
          },
        ],
        longitudinal: [],
        totals: [
          { id: 'ir-total', label: 'IR and ICU', categories: ['ir', 'icu'], pgy: { from: 2, to: 2 }, duration: { amount: { kind: 'exact', value: 2.5 }, unit: 'months' }, basis: 'scheduled', sources: src },
        ],
      },
      conferences: [
        {
          id: 'tb',
          title: 'Tumor board',
          kind: 'tumor-board',
          audience: ['residents'],
          frequency: { status: 'stated', value: 'weekly' },
          weekdays: { status: 'stated', value: ['TU'] },
          startTime: { status: 'unstated' },
          durationMinutes: { status: 'unstated' },
          timeZone: 'America/Los_Angeles',
          anchorDate: { status: 'unstated' },
          sources: src,
        },
        {
          id: 'lectures',
          title: 'Faculty lectures',
          kind: 'lecture',
          audience: ['residents'],
          frequency: {
            status: 'ambiguous',
            candidates: [
              { value: 'twice-monthly', reading: 'twice a month' },
              { value: 'every-two-months', reading: 'every two months' },
            ],
            note: 'bimonthly',
          },
          weekdays: { status: 'unstated' },
          startTime: { status: 'stated', value: '12:00' },
          durationMinutes: { status: 'stated', value: 60 },
          timeZone: 'America/Los_Angeles',
          anchorDate: { status: 'unstated' },
          sources: src,
        },
      ],
      volumes: [],
      expectations: [],
      conversions: { hoursPerMonth: 160, basis: 'fixture: 80 hours count as half a month' },
      sourceFile: 'fixture.txt',
      factSources: { founded: src },
    },
  ],
};
