import { type JsonSchemaEntity, jsonSchemaEntities, jsonSchemaFor, jsonSchemas } from '@gmekit/model';
import type { Command } from '../command';
import { CliError } from '../errors';

const ENTITIES = Object.keys(jsonSchemaEntities) as JsonSchemaEntity[];

function isEntity(name: string): name is JsonSchemaEntity {
  return (ENTITIES as string[]).includes(name);
}

/** `gmekit schema [<entity>]`: the model as JSON Schema. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'JSON Schema of the model',
  usage: 'schema [<entity>]',
  description:
    `With an entity (${ENTITIES.join(', ')}), prints its JSON Schema (draft 2020-12).\n` +
    'Without one, lists the entities; with --json, prints { <entity>: <JSON Schema>, ... } for all of them.',
  args: { positionals: [{ name: 'entity', required: false }], options: {} },
  writesFiles: true,
  usesCatalog: false,
  run(ctx) {
    const entity = ctx.args.positionals[0];
    if (entity === undefined) {
      return Promise.resolve({
        exitCode: 0,
        json: jsonSchemas(),
        text: () => `Entities with a JSON Schema:\n${ENTITIES.map((e) => `  ${e}`).join('\n')}\n\nRun "gmekit schema <entity>" to print one.\n`,
      });
    }
    if (!isEntity(entity)) throw new CliError(`unknown entity "${entity}"; entities: ${ENTITIES.join(', ')}`);
    const schema = jsonSchemaFor(entity);
    return Promise.resolve({ exitCode: 0, json: schema, text: () => '', raw: `${JSON.stringify(schema, null, 2)}\n` });
  },
};
