import { describe, expect, it } from 'vitest';
import { COMMANDS } from './registry';

describe('the command registry', () => {
  it('lists each command once, with what its module says of itself', async () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      // Help and the dispatcher read the entry without loading the module, so the two must agree.
      expect({ name: command.name, summary: command.summary, usage: command.usage, usesCatalog: command.usesCatalog }, entry.name).toEqual({
        name: entry.name,
        summary: entry.summary,
        usage: entry.usage,
        usesCatalog: entry.usesCatalog,
      });
    }
  });
});
