// The load generator's HTTP calls: Node's fetch (undici) with a per-request client timeout, every call
// recorded as a sample (kind, read/write, when sent, latency, outcome) so a run can be cut into phases.
import { setMaxListeners } from 'node:events';
import type { Session } from './accounts';

export type Outcome = 'ok' | 'error' | 'timeout';
export type Sample = { kind: string; write: boolean; at: number; ms: number; outcome: Outcome; detail?: string };

export class Recorder {
  readonly samples: Sample[] = [];
  /** Aborted by the run's global cap: still unanswered then, counted as timeouts. */
  readonly cap = new AbortController();
  constructor(readonly timeoutMs: number) {
    // Every request in flight listens to the cap: hundreds at once is normal here.
    setMaxListeners(0, this.cap.signal);
  }

  /** One HTTP call; a non-2xx answer is an error (its status and code kept), no answer in time a timeout. */
  async call<T = unknown>(
    kind: string,
    write: boolean,
    url: string,
    init: { method?: string; session?: Session; json?: unknown; body?: FormData } = {},
  ): Promise<T | undefined> {
    const headers: Record<string, string> = {};
    if (init.session) headers.cookie = init.session.cookie;
    if (init.session && init.method && init.method !== 'GET') headers['x-csrf-token'] = init.session.csrf;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const at = performance.now();
    const signal = AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.cap.signal]);
    try {
      const res = await fetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
        signal,
      });
      const text = await res.text();
      const ms = performance.now() - at;
      if (!res.ok) {
        const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? '';
        this.samples.push({ kind, write, at, ms, outcome: 'error', detail: `${res.status} ${code}`.trim() });
        return undefined;
      }
      this.samples.push({ kind, write, at, ms, outcome: 'ok' });
      return (text ? JSON.parse(text) : undefined) as T;
    } catch (error) {
      const ms = performance.now() - at;
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        this.samples.push({ kind, write, at, ms, outcome: 'timeout' });
      else {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        this.samples.push({ kind, write, at, ms, outcome: 'error', detail: `network ${cause}` });
      }
      return undefined;
    }
  }
}

/** Resolves after `ms`, or at once when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(t);
      resolve();
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
