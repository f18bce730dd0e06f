import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's example is this package's test/readme-example.ts, verbatim:
// tsc checks it with the package, and this test runs it.
describe('README example', () => {
  it('is test/readme-example.ts word for word', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(example);
  });

  it('runs', async () => {
    await expect(import('./readme-example')).resolves.toBeDefined();
  });
});
