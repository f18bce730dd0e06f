import { CatalogSchema, parseWith, ProgramSchema, validateCatalog, type Catalog, type Program } from '@gmekit/model';
import { sql } from 'kysely';
import { validateRows, type WriteResult } from '../batch';
import { inTransaction, logChange, readDoc, type Context } from './context';

/** The catalog: the institution, its sites and programs. */
export interface CatalogRepository {
  /**
   * Replaces the stored catalog with a validated one, in one transaction. A
   * catalog with errors (schema or cross-reference) is refused whole.
   */
  import(catalog: unknown): Promise<WriteResult>;
  /** The stored catalog, as imported; `undefined` before the first import. */
  export(): Promise<Catalog | undefined>;
  /** One program. */
  program(id: string): Promise<Program | undefined>;
  /** Every program, in catalog order. */
  programs(): Promise<Program[]>;
}

/** Builds the catalog repository over a context. */
export function catalogRepository(ctx: Context): CatalogRepository {
  return {
    async import(input) {
      const parsed = parseWith(CatalogSchema, input);
      if (!parsed.ok) return { ok: false, written: 0, findings: parsed.findings };
      const errors = validateCatalog(parsed.data).filter((f) => f.severity === 'error');
      const text = validateRows(CatalogSchema, [parsed.data]).findings.map((f) => ({ ...f, path: f.path.slice(1) }));
      if (errors.length > 0 || text.length > 0) return { ok: false, written: 0, findings: [...errors, ...text] };
      const catalog = parsed.data;
      await inTransaction(ctx, async (tx) => {
        await tx.db.deleteFrom('sites').execute();
        await tx.db.deleteFrom('programs').execute();
        await sql`insert into catalog_meta (singleton, format_version, doc) values (true, ${catalog.formatVersion}, ${JSON.stringify(catalog.institution)}::jsonb)
          on conflict (singleton) do update set format_version = excluded.format_version, doc = excluded.doc`.execute(tx.db);
        if (catalog.sites.length > 0) await tx.db.insertInto('sites').values(catalog.sites.map((s, position) => ({ id: s.id, position, doc: JSON.stringify(s) }))).execute();
        if (catalog.programs.length > 0) await tx.db.insertInto('programs').values(catalog.programs.map((p, position) => ({ id: p.id, position, doc: JSON.stringify(p) }))).execute();
        await logChange(tx, 'import', 'catalog', catalog.institution.id, { sites: catalog.sites.map((s) => s.id), programs: catalog.programs.map((p) => p.id) });
      });
      return { ok: true, written: 1 + catalog.sites.length + catalog.programs.length, findings: [] };
    },
    async export() {
      const meta = await ctx.db.selectFrom('catalog_meta').select(['format_version', 'doc']).executeTakeFirst();
      if (meta === undefined) return undefined;
      const sites = await ctx.db.selectFrom('sites').select('doc').orderBy('position').execute();
      const programs = await ctx.db.selectFrom('programs').select('doc').orderBy('position').execute();
      const doc = { formatVersion: meta.format_version, institution: meta.doc, sites: sites.map((s) => s.doc), programs: programs.map((p) => p.doc) };
      return readDoc(CatalogSchema, doc, 'the stored catalog');
    },
    async program(id) {
      const row = await ctx.db.selectFrom('programs').select('doc').where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : readDoc(ProgramSchema, row.doc, `program ${id}`);
    },
    async programs() {
      const rows = await ctx.db.selectFrom('programs').select(['id', 'doc']).orderBy('position').execute();
      return rows.map((r) => readDoc(ProgramSchema, r.doc, `program ${r.id}`));
    },
  };
}
