import pg from 'pg';
import { afterAll } from 'vitest';

// The SQL a request runs, seen at the driver so every pool and client counts (issue 12: tests of how many
// statements a request costs, and of their plans). Install once per test file with `useStatementRecorder()`.
export type Recorded = { text: string; values: unknown[] };

export function useStatementRecorder() {
  let recording: Recorded[] | null = null;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the client as `this`
  const clientQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [string | { text?: string; values?: unknown[] }, unknown];
    if (recording) {
      const text = typeof config === 'string' ? config : config?.text;
      const vals = Array.isArray(values) ? values : typeof config === 'object' ? (config?.values ?? []) : [];
      if (text) recording.push({ text, values: vals });
    }
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  afterAll(() => {
    pg.Client.prototype.query = clientQuery;
  });

  /** The statements run while `call` runs (a request that must succeed). */
  return async function statementsOf(
    call: () => Promise<{ statusCode: number; body: string }>,
    expectOk: (res: { statusCode: number; body: string }) => void,
  ): Promise<Recorded[]> {
    recording = [];
    try {
      expectOk(await call());
      return recording;
    } finally {
      recording = null;
    }
  };
}
