import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** What {@link PGliteInstance.query} gives back (the part the store reads). */
export interface PGliteQueryResult {
  /** The rows the statement returned. */
  readonly rows: unknown[];
  /** Rows inserted, updated or deleted, when the statement changes rows. */
  readonly affectedRows?: number;
}

/**
 * What the store uses of a PGlite instance; a `PGlite` from
 * `@electric-sql/pglite` is one. Typed by shape rather than by PGlite's own
 * class so that the store's declarations do not load PGlite's, which need the
 * DOM and Emscripten type libraries a Node project does not have.
 */
export interface PGliteInstance {
  /** Settles once the database has started. */
  readonly waitReady: Promise<void>;
  /** Whether the instance has been closed. */
  readonly closed: boolean;
  /** Runs one parameterised statement. */
  query(sql: string, params?: unknown[]): Promise<PGliteQueryResult>;
  /** Shuts the database down. */
  close(): Promise<void>;
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGliteInstance) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query(query.sql, [...query.parameters]);
    // kysely's driver contract: rows are whatever the SQL selected, typed by the query builder.
    const rows = result.rows as R[];
    const affected = result.affectedRows;
    return affected === undefined ? { rows } : { rows, numAffectedRows: BigInt(affected) };
  }

  // kysely requires the method; the store never streams.
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite');
  }
}

/**
 * PGlite is one connection in one process. Kysely asks for a connection per
 * query and holds one for a whole transaction, so connections are handed out
 * one at a time: a query outside a transaction must never run inside it.
 */
class PgliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly releases = new Map<DatabaseConnection, () => void>();
  private readonly connection: PgliteConnection;

  constructor(
    private readonly pg: PGliteInstance,
    private readonly owned: boolean,
  ) {
    this.connection = new PgliteConnection(pg);
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release: () => void = () => undefined;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.releases.set(this.connection, release);
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const level = settings.isolationLevel === undefined ? '' : ` isolation level ${settings.isolationLevel}`;
    await connection.executeQuery(CompiledQuery.raw(`begin${level}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.releases.get(connection);
    this.releases.delete(connection);
    release?.();
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    if (this.owned && !this.pg.closed) await this.pg.close();
  }
}

/** A kysely dialect over one PGlite instance (PostgreSQL's SQL, compiled and adapted as for PostgreSQL). */
export class PgliteDialect implements Dialect {
  /**
   * @param pg - the PGlite instance
   * @param owned - whether destroying the dialect closes the instance
   */
  constructor(
    private readonly pg: PGliteInstance,
    private readonly owned: boolean,
  ) {}

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PgliteDriver(this.pg, this.owned);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
