#!/usr/bin/env node
// `npm start`: the main job on the embedded catalog, read through the built
// packages as an app would. Until the program explorer lands (CLI/examples
// issue) it validates the catalog and prints a summary of each program.
const { catalog, gapsOf } = await import('@gmekit/programs');
const { validateCatalog } = await import('@gmekit/model');

const findings = validateCatalog(catalog);
const errors = findings.filter((f) => f.severity === 'error');
console.log(`${catalog.institution.name}: ${catalog.programs.length} programs, ${catalog.sites.length} sites`);
for (const program of catalog.programs) {
  const length = program.length?.amount?.kind === 'exact' ? `${program.length.amount.value} ${program.length.unit}` : 'length unstated';
  const gaps = typeof gapsOf === 'function' ? gapsOf(program).length : 0;
  console.log(`  ${program.name} (${program.id}): ${length}, ${gaps} open items (unstated or ambiguous facts, unaccounted months)`);
}
console.log(`catalog validation: ${errors.length} errors, ${findings.length - errors.length} warnings/notes`);
process.exit(errors.length > 0 ? 1 : 0);
