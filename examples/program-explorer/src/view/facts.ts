/**
 * The facts section: what the brochure states about the program, with
 * unstated facts shown as such, the highlights, history, outcomes and links
 * it states, the values the catalog infers (apart, with the reasoning), and
 * the list of its open gaps.
 *
 * @module
 */
import { type Catalog, type Finding, type Program, inferencesIn, inferredValueText } from '@gmekit/model';
import { h } from './dom';
import { openText, quantityText } from './format';

function row(label: string, value: string): HTMLTableRowElement {
  const unstated = value.startsWith('not stated') || value.startsWith('ambiguous');
  return h('tr', {}, h('th', { scope: 'row' }, label), h('td', { class: unstated ? 'unstated' : null }, value));
}

/** Open facts by what a trainee would look for, the ones that shape training first. */
const GROUPS: readonly { id: string; title: string; fields: readonly string[] }[] = [
  { id: 'curriculum', title: 'Curriculum and rotations', fields: ['curriculum', 'rotations', 'length', 'pgyLevels'] },
  { id: 'conferences', title: 'Conferences', fields: ['conferences'] },
  { id: 'clinics', title: 'Clinics and sites', fields: ['clinics', 'siteIds', 'sites'] },
  { id: 'people', title: 'People and positions', fields: ['faculty', 'leadership', 'positions'] },
  { id: 'equipment', title: 'Equipment', fields: ['equipment', 'technology'] },
];

function groupGaps(gaps: readonly Finding[]): { id: string; title: string; items: Finding[] }[] {
  const out = GROUPS.map((g) => ({ id: g.id, title: g.title, items: [] as Finding[] }));
  const other = { id: 'other', title: 'Other', items: [] as Finding[] };
  for (const f of gaps) {
    const first = String(f.path[0] ?? '');
    const at = GROUPS.findIndex((g) => g.fields.includes(first));
    (at < 0 ? other : out[at] ?? other).items.push(f);
  }
  return [...out, other].filter((g) => g.items.length > 0);
}

/**
 * Renders the program's facts and gaps.
 *
 * @param program - the program
 * @param catalog - its catalog (for site names)
 * @param gaps - what the brochure leaves open
 * @returns the section
 */
export function factsSection(program: Program, catalog: Catalog, gaps: readonly Finding[]): HTMLElement {
  const siteName = (id: string) => catalog.sites.find((s) => s.id === id)?.name ?? id;
  const length = `${quantityText(program.length.amount)} ${program.length.unit}`;
  const faculty = [
    quantityText(program.faculty.total),
    ...program.faculty.groups.map((g) => `${g.label}: ${quantityText(g.count)}`),
  ].join('; ');
  const leaders = program.leadership.map((l) => `${l.name} (${l.role.replaceAll('-', ' ')})`).join('; ');
  const table = h(
    'table',
    { class: 'facts', 'data-testid': 'facts' },
    h(
      'tbody',
      {},
      row('Type', program.type),
      row('Specialty', program.specialty.name),
      row('Accreditor', openText(program.accreditor)),
      row('Founded', openText(program.founded)),
      row('PGY levels', openText(program.pgyLevels, (r) => `PGY${r.from}–PGY${r.to}`)),
      row('Length', length),
      row('Positions per year', quantityText(program.positions.perYear)),
      row('Positions in total', quantityText(program.positions.total)),
      row('Faculty', faculty),
      row('Leadership', leaders === '' ? 'not stated' : leaders),
      row('Sites', program.siteIds.map(siteName).join('; ')),
      row('Rotations', String(program.rotations.length)),
      row('Conference series', String(program.conferences.length)),
    ),
  );
  // Inferred values are listed on their own, never among the open gaps.
  const open = gaps.filter((g) => g.code !== 'gap/inferred');
  const groups = groupGaps(open);
  const gapList = h(
    'details',
    { class: 'gaps' },
    h('summary', {}, `${open.length} facts the brochure leaves open`),
    h(
      'div',
      { 'data-testid': 'gaps' },
      ...groups.map((g) => h('div', { class: 'gap-group', 'data-group': g.id }, h('h3', {}, `${g.title} (${g.items.length})`), h('ul', {}, ...g.items.map((f) => h('li', {}, f.message))))),
    ),
  );
  const stated = program.facts ?? [];
  const statedList = h(
    'ul',
    { 'data-testid': 'stated-facts' },
    ...stated.map((f) => h('li', { 'data-kind': f.kind }, h('span', { class: 'badge' }, f.kind), ' ', f.text, f.url === undefined ? null : h('span', {}, ' ', h('code', {}, f.url)))),
  );
  const used = new Set<string>(program.siteIds);
  const inferred = [
    ...inferencesIn(program, program.name),
    ...catalog.sites.filter((site) => used.has(site.id)).flatMap((site) => inferencesIn(site, site.name)),
  ];
  const inferredList = h(
    'details',
    { class: 'inferred' },
    h('summary', {}, `${inferred.length} values inferred, not stated`),
    h(
      'ul',
      { 'data-testid': 'inferred' },
      ...inferred.map((i) => h('li', {}, `${i.where !== undefined ? `${i.where}: ` : ''}${i.field} = ${inferredValueText(i.value)} — ${i.reasoning}`)),
    ),
  );
  return h(
    'section',
    { id: 'facts' },
    h('h2', {}, 'Facts'),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Facts table' }, table),
    stated.length === 0 ? null : h('h3', {}, 'Highlights, history, outcomes and links'),
    stated.length === 0 ? null : statedList,
    inferredList,
    gapList,
  );
}
