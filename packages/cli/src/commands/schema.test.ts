import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../__fixtures__/cli';

describe('gmekit schema', () => {
  it('lists the entities, and prints all schemas with --json', async () => {
    const text = await cli(['schema']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  work-period\n');
    const all = JSON.parse((await cli(['schema', '--json'])).stdout);
    expect(Object.keys(all)).toContain('catalog');
    expect(all.program.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('prints one entity as JSON Schema', async () => {
    const r = await cli(['schema', 'work-period']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['traineeId', 'start', 'end', 'kind']));
  });

  it('writes it to --output atomically', async () => {
    const dir = scratch();
    const r = await cli(['schema', 'trainee', '--output', 'trainee.schema.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'trainee.schema.json'), 'utf8')).title).toBe('trainee');
    expect(readdirSync(dir)).toEqual(['trainee.schema.json']);
  });

  it('refuses an unknown entity, listing the valid ones', async () => {
    const dir = scratch();
    const r = await cli(['schema', 'nurse', '--output', 'x.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gmekit: unknown entity "nurse"; entities: catalog, institution, .*work-period, procedure-log-entry, .*, finding, scheduling-problem, call-problem\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
