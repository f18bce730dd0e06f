import type { Command } from '../command';
import { durationText, openText, pgyText, quantityText } from '../output/describe';
import { table } from '../output/table';

/** `gmekit programs`: the programs in the catalog. */
export const programsCommand: Command = {
  name: 'programs',
  summary: 'programs in the catalog',
  usage: 'programs',
  description:
    'Lists every program of the catalog with its id (what other commands take), type, specialty, PGY levels, length and positions per year.\n' +
    'JSON: { institution: { id, name }, programs: [{ id, name, type, specialty, pgyLevels, length, positionsPerYear, siteIds, rotations, conferences }] }.',
  args: { positionals: [], options: {} },
  writesFiles: true,
  async run(ctx) {
    const catalog = await ctx.catalog();
    const programs = catalog.programs.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type,
      specialty: p.specialty.name,
      pgyLevels: p.pgyLevels,
      length: p.length,
      positionsPerYear: p.positions.perYear,
      siteIds: p.siteIds,
      rotations: p.rotations.length,
      conferences: p.conferences.length,
    }));
    return {
      exitCode: 0,
      json: { institution: { id: catalog.institution.id, name: catalog.institution.name }, programs },
      text: () => {
        const rows = [
          ['ID', 'NAME', 'TYPE', 'PGY', 'LENGTH', 'POSITIONS/YEAR'],
          ...catalog.programs.map((p) => [
            p.id,
            p.name,
            p.type,
            openText(p.pgyLevels, pgyText),
            durationText(p.length),
            quantityText(p.positions.perYear),
          ]),
        ];
        const n = catalog.programs.length;
        return `${catalog.institution.name}: ${n} program${n === 1 ? '' : 's'}\n\n${table(rows)}\n`;
      },
    };
  },
};
