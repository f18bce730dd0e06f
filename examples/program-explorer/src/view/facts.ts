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
  const gapList = h(
    'details',
    { class: 'gaps' },
    h('summary', {}, `${open.length} facts the brochure leaves open`),
    h('ul', { 'data-testid': 'gaps' }, ...open.map((g) => h('li', {}, g.message))),
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
    table,
    stated.length === 0 ? null : h('h3', {}, 'Highlights, history, outcomes and links'),
    stated.length === 0 ? null : statedList,
    inferredList,
    gapList,
  );
}
