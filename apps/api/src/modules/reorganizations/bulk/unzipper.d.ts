// exceljs depends on unzipper; we use its streaming Parse to look for merged cells, which the
// exceljs streaming reader skips.
declare module 'unzipper' {
  import type { Duplex, Readable } from 'node:stream';
  export type Entry = Readable & { path: string; autodrain: () => { promise: () => Promise<void> } };
  export function Parse(opts?: { forceStream?: boolean }): Duplex & AsyncIterable<Entry>;
}
