// @gmekit/model: zod validation throughput of a synthetic institution's
// document, as MB/s and as a ratio to JSON.parse of the same text, plus the
// cost of validateCatalog's cross-reference checks.
import { CatalogSchema, TraineeRecordSchema, validateCatalog } from '@gmekit/model';
import { z } from 'zod';
import { compare, table } from './harness';
import { syntheticInstitution } from './synthetic';

export function benchModel(): string {
  const { catalog, records } = syntheticInstitution();
  const DocumentSchema = z.object({ catalog: CatalogSchema, records: z.array(TraineeRecordSchema) });
  const text = JSON.stringify({ catalog, records });
  const megabytes = Buffer.byteLength(text) / 1_048_576;
  const parsed: unknown = JSON.parse(text);
  const parsedCatalog = CatalogSchema.parse(catalog);
  const periods = records.reduce((n, r) => n + r.workPeriods.length, 0);
  const timings = compare(
    [
      { name: 'JSON.parse', run: () => (JSON.parse(text) === null ? 0 : 1) },
      { name: 'zod DocumentSchema.parse', run: () => (DocumentSchema.parse(parsed).records.length > 0 ? 1 : 0) },
      { name: 'validateCatalog', run: () => (validateCatalog(parsedCatalog).length >= 0 ? 1 : 0) },
    ],
    { rounds: 5, warmup: 1, minMs: 20 },
  );
  const [jsonParse, zodParse, validate] = timings;
  const lines = [
    table(`model: ${catalog.programs.length} programs, ${records.length} trainees, ${periods.toLocaleString('en-US')} work periods, ${megabytes.toFixed(1)} MB`, timings, 'runs', 'JSON.parse'),
  ];
  if (jsonParse && zodParse && validate) {
    lines.push(`  zod validation: ${(megabytes / (zodParse.medianMs / 1000)).toFixed(1)} MB/s; ${(zodParse.medianMs / megabytes).toFixed(1)} ms per MB; ${(zodParse.medianMs / jsonParse.medianMs).toFixed(2)}× the time of JSON.parse`);
    lines.push(`  validateCatalog (${catalog.programs.length} programs): ${validate.medianMs.toFixed(3)} ms`);
  }
  return lines.join('\n');
}
