// Latency of real HTTP calls made one after another (no queueing in the load generator), so the
// percentiles are the server's answer time for one official at a time.
import type { Session } from './accounts';

export type Percentiles = { n: number; p50: number; p95: number; p99: number; max: number };

export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? NaN };
}

/** GET each url in turn as the session; a non-2xx answer is an error, not a fast sample. */
export async function timeGets(app: string, session: Session, urls: string[], warmup = 3): Promise<Percentiles> {
  const headers = { cookie: session.cookie };
  for (const url of urls.slice(0, warmup)) await (await fetch(`${app}${url}`, { headers })).arrayBuffer();
  const samples: number[] = [];
  for (const url of urls) {
    const t0 = performance.now();
    const res = await fetch(`${app}${url}`, { headers });
    await res.arrayBuffer();
    samples.push(performance.now() - t0);
    if (!res.ok) throw new Error(`GET ${url} as ${session.username}: ${res.status}`);
  }
  return percentiles(samples);
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const fmt = (p: Percentiles) => `p50 ${ms(p.p50)} · p95 ${ms(p.p95)} · p99 ${ms(p.p99)} (n=${p.n})`;
