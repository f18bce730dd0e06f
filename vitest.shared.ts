import type { ViteUserConfig } from 'vitest/config';

// Tests read each workspace package's TypeScript source through the custom
// `@gmekit/source` export condition, so no build is needed before testing and
// a stale dist can never be what a test exercises.
const conditions = ['@gmekit/source', 'module', 'node', 'import', 'default'];

export const shared: ViteUserConfig = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@gmekit/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Generous limits: the gate runs seven time zones and several packages in
    // parallel on two cores, and a test must never fail because the machine
    // is busy. Hangs are still caught.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // fast-check and the fuzz samples are seeded; a failure must reproduce.
    sequence: { shuffle: false },
  },
};
