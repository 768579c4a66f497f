// COPY plumbing for bulk loads: stream rows in (with backpressure), save a table's rows, and set
// secondary indexes aside while loading (rebuilding an index once is much faster than maintaining
// it row by row). Index definitions are read from the catalogue, so indexes added by later
// migrations are handled too.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export async function copyIn(
  client: pg.PoolClient,
  sql: string,
  rows: AsyncIterable<string | Buffer> | Iterable<string | Buffer>,
) {
  await pipeline(Readable.from(rows), client.query(copyFrom(sql)));
}

export async function copyInFile(client: pg.PoolClient, sql: string, file: string, onBytes?: (n: number) => void) {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  if (onBytes) source.on('data', (b) => onBytes(b.length));
  await pipeline(source, client.query(copyFrom(sql)));
}

export async function copyOut(client: pg.PoolClient, sql: string): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  const stream = client.query(copyTo(sql));
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return chunks;
}

/** An append-only file written with backpressure. */
export function fileSink(path: string) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  return {
    path,
    bytes: () => bytes,
    write: async (chunk: string) => {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
    },
    close: async () => {
      out.end();
      await once(out, 'finish');
    },
  };
}

export type SetAside = { name: string; restore: string };

/**
 * Drop the secondary indexes (and unique constraints no foreign key depends on) of `tables`,
 * returning the statements that rebuild them. Primary keys stay: rows arrive in id order.
 */
export async function setIndexesAside(client: pg.PoolClient, tables: string[]): Promise<SetAside[]> {
  const { rows } = await client.query<{ name: string; restore: string; drop: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS restore,
            format('DROP INDEX %s', i.indexrelid::regclass) AS drop
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     UNION ALL
     SELECT c.conname, format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
            format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)
       FROM pg_constraint c
      WHERE c.conrelid = ANY($1::regclass[]) AND c.contype = 'u'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
      ORDER BY 1`,
    [tables],
  );
  for (const r of rows) await client.query(r.drop);
  return rows.map(({ name, restore }) => ({ name, restore }));
}

/**
 * Drop the BEFORE INSERT row triggers of `tables` (returning their definitions). Even when
 * session_replication_role keeps them from firing, their presence makes COPY insert row by row,
 * and only COPY's batched path marks FREEZE pages all-visible (index-only scans without a vacuum).
 * The rows loaded carry what those triggers would have computed.
 */
export async function setTriggersAside(client: pg.PoolClient, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ drop: string; restore: string }>(
    `SELECT format('DROP TRIGGER %I ON %s', t.tgname, t.tgrelid::regclass) AS drop, pg_get_triggerdef(t.oid) AS restore
       FROM pg_trigger t
      WHERE t.tgrelid = ANY($1::regclass[]) AND NOT t.tgisinternal
        AND t.tgtype & 1 = 1 AND t.tgtype & 2 = 2 AND t.tgtype & 4 = 4 -- ROW, BEFORE, INSERT
      ORDER BY t.tgname`,
    [tables],
  );
  for (const r of rows) await client.query(r.drop);
  return rows.map((r) => r.restore);
}
