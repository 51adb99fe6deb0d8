// The committed migrations build exactly the database the Prisma client
// expects. Prisma 7 cannot diff a database against the schema here (its
// `migrate diff` needs the native schema engine), so this test does the
// comparison itself: the schema's own data model (getDMMF, the parser Prisma's
// generators use) against what the database, migrated by the project's runner
// (scripts/sqlite-migrate.js or postgres-migrate.js), actually holds: every
// table, column (type, nullability), primary key, unique and plain index and
// foreign key (with its actions), nothing missing and nothing extra beyond the
// hand-written full-text search objects. Runs on SQLite and on PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import { getDMMF } from '@prisma/internals';
import { db, dbKind } from '@/lib/server/db';

type DMMF = Awaited<ReturnType<typeof getDMMF>>;
type Model = DMMF['datamodel']['models'][number];

interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
  onDelete: string;
  onUpdate: string;
}
interface Table {
  columns: Record<string, { type: string; nullable: boolean }>;
  primaryKey: string[];
  uniques: string[][];
  indexes: string[][];
  foreignKeys: ForeignKey[];
}
type Schema = Record<string, Table>;

/** Objects the migrations add by hand, beyond what the schema language can say (the claim search's full-text index). */
const HAND_WRITTEN = {
  sqlite: { tables: ['ClaimSearch', 'ClaimSearch_config', 'ClaimSearch_data', 'ClaimSearch_docsize', 'ClaimSearch_idx'], indexes: [] as string[] },
  postgresql: { tables: [] as string[], indexes: ['ClaimSearchEntry_tokens_fts_idx'] },
};

const TYPES: Record<'sqlite' | 'postgresql', Record<string, string>> = {
  sqlite: { String: 'TEXT', Int: 'INTEGER', Boolean: 'BOOLEAN', DateTime: 'DATETIME', Float: 'REAL', BigInt: 'BIGINT', Json: 'JSONB', enum: 'TEXT' },
  postgresql: { String: 'text', Int: 'integer', Boolean: 'boolean', DateTime: 'timestamp(3) without time zone', Float: 'double precision', BigInt: 'bigint', Json: 'jsonb', enum: 'enum' },
};

const ACTIONS: Record<string, string> = { Cascade: 'CASCADE', Restrict: 'RESTRICT', SetNull: 'SET NULL', NoAction: 'NO ACTION', SetDefault: 'SET DEFAULT' };

const sortLists = (lists: string[][]) => lists.map((list) => list.join(',')).sort();

function normalize(schema: Schema) {
  return Object.fromEntries(
    Object.entries(schema)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => [
        name,
        {
          columns: Object.fromEntries(Object.entries(t.columns).sort(([a], [b]) => a.localeCompare(b))),
          primaryKey: t.primaryKey,
          uniques: sortLists(t.uniques),
          indexes: sortLists(t.indexes),
          foreignKeys: t.foreignKeys.map((fk) => `${fk.columns.join(',')} -> ${fk.table}(${fk.references.join(',')}) delete ${fk.onDelete} update ${fk.onUpdate}`).sort(),
        },
      ]),
  );
}

/** What the schema says the database holds. */
function expected(dmmf: DMMF, kind: 'sqlite' | 'postgresql'): Schema {
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (m: Model) => m.dbName ?? m.name;
  const columnOf = (m: Model, field: string) => {
    const f = m.fields.find((x) => x.name === field);
    if (!f) throw new Error(`${m.name}.${field} is not a field`);
    return f.dbName ?? f.name;
  };
  const schema: Schema = {};
  for (const m of dmmf.datamodel.models) {
    const table: Table = { columns: {}, primaryKey: [], uniques: [], indexes: [], foreignKeys: [] };
    for (const f of m.fields) {
      if (f.kind === 'scalar' || f.kind === 'enum') {
        const type = kind === 'postgresql' && f.kind === 'enum' ? `enum ${f.type}` : TYPES[kind][f.kind === 'enum' ? 'enum' : f.type];
        table.columns[f.dbName ?? f.name] = { type, nullable: !f.isRequired };
      }
      if (f.kind === 'object' && f.relationFromFields?.length) {
        const target = models.get(f.type)!;
        const optional = f.relationFromFields.some((name) => !m.fields.find((x) => x.name === name)!.isRequired);
        table.foreignKeys.push({
          columns: f.relationFromFields.map((name) => columnOf(m, name)),
          table: tableOf(target),
          references: (f.relationToFields ?? []).map((name) => columnOf(target, name)),
          // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; updates cascade.
          onDelete: ACTIONS[f.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict')],
          onUpdate: ACTIONS['Cascade'],
        });
      }
    }
    for (const index of dmmf.datamodel.indexes.filter((i) => i.model === m.name)) {
      const columns = index.fields.map((field) => columnOf(m, field.name));
      if (index.type === 'id') table.primaryKey = columns;
      else if (index.type === 'unique') table.uniques.push(columns);
      else if (index.type === 'normal') table.indexes.push(columns);
      else throw new Error(`an index of type ${index.type} on ${m.name}: teach this test about it`);
    }
    schema[tableOf(m)] = table;
  }
  return schema;
}

type Row = Record<string, unknown>;
const query = (sql: string) => db.$queryRawUnsafe<Row[]>(sql);
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function actualSqlite(): Promise<Schema> {
  const skip = new Set(['_prisma_migrations', ...HAND_WRITTEN.sqlite.tables]);
  const tables = (await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)).map((r) => String(r.name)).filter((name) => !skip.has(name));
  const schema: Schema = {};
  for (const name of tables) {
    const table: Table = { columns: {}, primaryKey: [], uniques: [], indexes: [], foreignKeys: [] };
    const info = await query(`PRAGMA table_info(${quote(name)})`);
    for (const c of info) table.columns[String(c.name)] = { type: String(c.type), nullable: Number(c.notnull) === 0 && Number(c.pk) === 0 };
    table.primaryKey = info
      .filter((c) => Number(c.pk) > 0)
      .sort((a, b) => Number(a.pk) - Number(b.pk))
      .map((c) => String(c.name));
    for (const index of await query(`PRAGMA index_list(${quote(name)})`)) {
      if (index.origin === 'pk' || HAND_WRITTEN.sqlite.indexes.includes(String(index.name))) continue;
      const columns = (await query(`PRAGMA index_info(${quote(String(index.name))})`)).sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => String(c.name));
      (Number(index.unique) === 1 ? table.uniques : table.indexes).push(columns);
    }
    const fks = new Map<number, ForeignKey>();
    for (const fk of await query(`PRAGMA foreign_key_list(${quote(name)})`)) {
      const entry = fks.get(Number(fk.id)) ?? { columns: [], table: String(fk.table), references: [], onDelete: String(fk.on_delete), onUpdate: String(fk.on_update) };
      entry.columns.push(String(fk.from));
      entry.references.push(String(fk.to));
      fks.set(Number(fk.id), entry);
    }
    table.foreignKeys = [...fks.values()];
    schema[name] = table;
  }
  return schema;
}

async function actualPostgres(): Promise<Schema> {
  const skip = new Set(['_prisma_migrations', ...HAND_WRITTEN.postgresql.tables]);
  const tables = (await query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`))
    .map((r) => String(r.table_name))
    .filter((name) => !skip.has(name));
  const schema: Schema = Object.fromEntries(tables.map((name) => [name, { columns: {}, primaryKey: [], uniques: [], indexes: [], foreignKeys: [] } as Table]));
  const columns = await query(`SELECT table_name, column_name, is_nullable, data_type, udt_name, datetime_precision FROM information_schema.columns WHERE table_schema = 'public'`);
  for (const c of columns) {
    const table = schema[String(c.table_name)];
    if (!table) continue;
    const type =
      c.data_type === 'USER-DEFINED'
        ? `enum ${String(c.udt_name)}`
        : c.data_type === 'timestamp without time zone'
          ? `timestamp(${String(c.datetime_precision)}) without time zone`
          : String(c.data_type);
    table.columns[String(c.column_name)] = { type, nullable: c.is_nullable === 'YES' };
  }
  const indexes = await query(`
    SELECT t.relname::text AS table_name, i.relname::text AS index_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
           array_to_string(array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
                                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n), ',') AS columns
    FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace ns ON ns.oid = t.relnamespace
    WHERE ns.nspname = 'public'`);
  for (const index of indexes) {
    const table = schema[String(index.table_name)];
    if (!table || HAND_WRITTEN.postgresql.indexes.includes(String(index.index_name))) continue;
    const list = String(index.columns).split(',');
    if (index.is_primary) table.primaryKey = list;
    else (index.is_unique ? table.uniques : table.indexes).push(list);
  }
  const fks = await query(`
    SELECT con.conname::text AS name, src.relname::text AS table_name, dst.relname::text AS target,
           array_to_string(array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
                                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n), ',') AS columns,
           array_to_string(array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
                                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n), ',') AS refs,
           con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
    FROM pg_constraint con
    JOIN pg_class src ON src.oid = con.conrelid
    JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace ns ON ns.oid = src.relnamespace
    WHERE con.contype = 'f' AND ns.nspname = 'public'`);
  const action: Record<string, string> = { c: 'CASCADE', r: 'RESTRICT', n: 'SET NULL', a: 'NO ACTION', d: 'SET DEFAULT' };
  for (const fk of fks) {
    schema[String(fk.table_name)]?.foreignKeys.push({
      columns: String(fk.columns).split(','),
      table: String(fk.target),
      references: String(fk.refs).split(','),
      onDelete: action[String(fk.on_delete)],
      onUpdate: action[String(fk.on_update)],
    });
  }
  return schema;
}

describe(`the migrated ${dbKind} database`, () => {
  let dmmf: DMMF;
  beforeAll(async () => {
    const file = dbKind === 'postgresql' ? path.join('prisma', 'postgresql', 'schema.prisma') : path.join('prisma', 'schema.prisma');
    dmmf = await getDMMF({ datamodel: fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8') });
  });

  it('holds exactly the tables, columns, keys, indexes and foreign keys of the Prisma schema', async () => {
    const actual = dbKind === 'postgresql' ? await actualPostgres() : await actualSqlite();
    expect(normalize(actual)).toEqual(normalize(expected(dmmf, dbKind)));
  });

  it('has PostgreSQL enums with exactly the schema’s values', async () => {
    if (dbKind !== 'postgresql') return;
    const rows = await query(`SELECT t.typname::text AS name, e.enumlabel::text AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`);
    const actual: Record<string, string[]> = {};
    for (const row of rows) (actual[String(row.name)] ??= []).push(String(row.value));
    const schemaEnums = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(schemaEnums);
  });

  it('has the hand-written full-text index the claim search queries', async () => {
    if (dbKind === 'postgresql') {
      const rows = await query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname = 'ClaimSearchEntry_tokens_fts_idx'`);
      expect(rows).toHaveLength(1);
    } else {
      const rows = await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ClaimSearch'`);
      expect(rows).toHaveLength(1);
    }
  });
});
