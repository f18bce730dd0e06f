import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    gmekitPostgresUrl: string;
  }
}

/** One PostgreSQL server for the whole run; each suite makes its own database on it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide('gmekitPostgresUrl', server.url);
  return () => {
    server.stop();
  };
}
