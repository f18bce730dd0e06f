import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiReports } from '../../../scripts/api/api-report';

// Every export of every entry point, checked in under api/: a change here
// must be deliberate (update with `npx vitest run src/api -u`).
describe('public API', () => {
  for (const report of apiReports(fileURLToPath(new URL('..', import.meta.url)))) {
    it(`${report.subpath} exports exactly the names in api/${report.file}`, async () => {
      await expect(report.text).toMatchFileSnapshot(`../api/${report.file}`);
    });
  }
});
