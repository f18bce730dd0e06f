import type { Program } from '@gmekit/model';
import type { Command } from '../command';
import { derivedOf } from '../catalog/embedded';
import { resolveProgram } from '../catalog/resolve';
import { durationText, openText, pgyText, quantityText } from '../output/describe';
import { factLine, inferenceLine } from '../output/provenance';
import { table } from '../output/table';

/** A slug in words: `multidisciplinary-conference` → `multidisciplinary conference`. */
const words = (slug: string): string => slug.replace(/-/g, ' ');

function curriculumLines(program: Program): string[] {
  const rotationName = new Map(program.rotations.map((r) => [r.id as string, r.name]));
  const lines: string[] = [];
  for (const year of program.curriculum.years) {
    const label = year.pgy !== undefined ? `Year ${year.year} (PGY${year.pgy})` : `Year ${year.year}`;
    lines.push(`  ${label}, ${durationText(year.length)}`);
    for (const b of year.blocks) {
      const where = b.position.status === 'stated' ? (b.position.value.anchor === 'month' ? `, from month ${b.position.value.month}` : `, at the ${b.position.value.anchor}`) : '';
      lines.push(`    - ${rotationName.get(b.rotationId) ?? b.rotationId}: ${durationText(b.duration)}${where}${b.optional === true ? ' (optional)' : ''}`);
    }
  }
  for (const l of program.curriculum.longitudinal) {
    lines.push(`  Longitudinal: ${l.title} (${l.pgy.status === 'stated' ? pgyText(l.pgy.value) : `PGY levels ${openText(l.pgy, pgyText)}`}${l.cadence.status === 'stated' ? `, ${durationText(l.cadence.value.amount)} per ${l.cadence.value.per}` : ''})`);
  }
  for (const t of program.curriculum.totals) lines.push(`  Total: ${t.label}: ${durationText(t.duration)}`);
  return lines;
}

/** `gmekit show <program>`: one program, with what it infers and its open gaps. */
export const showCommand: Command = {
  name: 'show',
  summary: 'one program, with its inferred values and open gaps',
  usage: 'show <program>',
  description:
    '<program> is a program id, its name as a slug (hospice-palliative-medicine) or a prefix only one program has.\n' +
    'Prints the program\'s facts, curriculum and conferences, the highlights, history, outcomes and links its source states, every value the catalog infers rather than reads (with the reasoning), then every gap its source leaves open (unstated or ambiguous values, months no block accounts for).\n' +
    'JSON: { program: <the Program as in the catalog>, gaps: Finding[] (open gaps only), inferred: { ref, where, field, value, reasoning }[] (the program\'s and its sites\') }.',
  args: { positionals: [{ name: 'program', required: true }], options: {} },
  writesFiles: true,
  async run(ctx) {
    const catalog = await ctx.catalog();
    const program = resolveProgram(catalog, ctx.args.positionals[0] ?? '');
    // Inferences are listed apart from what the source leaves open.
    const derived = await derivedOf(catalog, program);
    const gaps = derived.gaps.filter((g) => g.code !== 'gap/inferred');
    const inferred = derived.inferred;
    const siteName = new Map(catalog.sites.map((s) => [s.id as string, s.name]));
    return {
      exitCode: 0,
      json: { program, gaps, inferred: inferred.map(({ ref, where, field, value, reasoning }) => ({ ref, where, field, value, reasoning })) },
      text: () => {
        const facts = [
          ['id', program.id],
          ['type', words(program.type)],
          ['specialty', `${program.specialty.name} (ACGME code ${openText(program.specialty.acgmeCode, String)})`],
          ['accreditor', openText(program.accreditor, String)],
          ['founded', openText(program.founded, String)],
          ['PGY levels', openText(program.pgyLevels, pgyText)],
          ['length', durationText(program.length)],
          ['positions', `${quantityText(program.positions.perYear)} per year, ${quantityText(program.positions.total)} in total`],
          ['sites', program.siteIds.map((id) => siteName.get(id) ?? id).join('; ')],
        ];
        const conferences = program.conferences.map(
          (c) =>
            `  - ${c.title} (${words(c.kind)}): ${[
              `frequency ${openText(c.frequency, words)}`,
              `days ${openText(c.weekdays, (w) => w.join('/'))}`,
              `starts ${openText(c.startTime, String)}${c.dayPart !== undefined ? ` (${c.dayPart})` : ''}`,
              `length ${openText(c.durationMinutes, (m) => `${m} min`)}`,
            ].join('; ')}`,
        );
        return [
          program.name,
          '',
          table(facts.map(([k, v]) => [`  ${k ?? ''}`, v ?? ''])),
          '',
          'Curriculum:',
          ...curriculumLines(program),
          '',
          `Conferences (${program.conferences.length}):`,
          ...conferences,
          '',
          `Stated highlights, history, outcomes and links (${program.facts?.length ?? 0}):`,
          ...(program.facts ?? []).map((f) => `  ${factLine(f)}`),
          '',
          `Inferred, not stated (${inferred.length}):`,
          ...inferred.map((i) => `  ${inferenceLine(i)}`),
          '',
          `Open gaps (${gaps.length}):`,
          ...gaps.map((g) => `  - ${g.message}`),
          '',
        ].join('\n');
      },
    };
  },
};
