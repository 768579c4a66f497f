// The mixed-load table: samples cut into phases by when they were sent (before the import, during it,
// during its commit), writes and reads apart. A request that timed out counts with the time it was
// given (the client timeout), so a stall shows in the percentiles instead of vanishing from them.
import type { Sample } from './http-client';
import type { ImportResult } from './import-driver';
import { fmt, percentiles } from './latency';
import { check, type Row } from './report';

export type Window = { from: number; to: number };

const inWindow = (s: Sample, w: Window) => s.at >= w.from && s.at < w.to;
const pct = (xs: Sample[]) => percentiles(xs.map((s) => s.ms));

function outcomes(samples: Sample[]) {
  const errors = samples.filter((s) => s.outcome === 'error');
  const byDetail = new Map<string, number>();
  for (const e of errors) byDetail.set(e.detail ?? '?', (byDetail.get(e.detail ?? '?') ?? 0) + 1);
  const detail = [...byDetail].map(([k, n]) => `${n} × ${k}`).join(', ');
  return { errors: errors.length, detail, timeouts: samples.filter((s) => s.outcome === 'timeout').length };
}

export function mixRows(samples: Sample[], baseline: Window, during: Window, commit: Window | null): Row[] {
  const rows: Row[] = [];
  const line = (metric: string, xs: Sample[], target = '—', ok?: (p: ReturnType<typeof pct>) => boolean) => {
    if (xs.length === 0) return rows.push({ metric, target, measured: 'no requests', result: ok ? 'FAIL' : '' });
    const p = pct(xs);
    rows.push({ metric, target, measured: fmt(p), result: ok ? check(ok(p)) : '', value: p.p99 });
  };
  const base = samples.filter((s) => inWindow(s, baseline));
  const dur = samples.filter((s) => inWindow(s, during));
  const seconds = (w: Window) => (w.to - w.from) / 1000;
  rows.push({
    metric: 'requests sent (before / during the import)',
    target: '—',
    measured: `${base.length} in ${seconds(baseline).toFixed(0)} s (${(base.length / seconds(baseline)).toFixed(0)}/s) / ${dur.length} in ${seconds(during).toFixed(0)} s (${(dur.length / Math.max(seconds(during), 1)).toFixed(0)}/s)`,
    result: '',
  });
  line(
    'writes before the import (baseline)',
    base.filter((s) => s.write),
  );
  line(
    'reads before the import (baseline)',
    base.filter((s) => !s.write),
  );
  line(
    'writes during the import',
    dur.filter((s) => s.write),
    'p99 ≤ 250 ms',
    (p) => p.p99 <= 250,
  );
  line(
    'reads during the import',
    dur.filter((s) => !s.write),
    'p95 ≤ 100 ms',
    (p) => p.p95 <= 100,
  );
  if (commit) {
    const c = samples.filter((s) => inWindow(s, commit));
    line(
      '  writes during the commit job only',
      c.filter((s) => s.write),
    );
    line(
      '  reads during the commit job only',
      c.filter((s) => !s.write),
    );
  }
  const all = outcomes(samples);
  const durO = outcomes(dur);
  rows.push({
    metric: 'errors (whole run, warm-up included; during the import)',
    target: '0',
    measured: `${all.errors}; ${durO.errors}${all.detail ? ` (${all.detail})` : ''}`,
    result: check(all.errors === 0),
  });
  rows.push({
    metric: 'timeouts (whole run, warm-up included; during the import)',
    target: '0',
    measured: `${all.timeouts}; ${durO.timeouts}`,
    result: check(all.timeouts === 0),
  });
  for (const kind of [...new Set(samples.map((s) => s.kind))]) {
    const xs = dur.filter((s) => s.kind === kind);
    if (xs.length === 0) continue;
    const o = outcomes(xs);
    rows.push({
      metric: `  ${kind} during the import`,
      target: '—',
      measured: `${fmt(pct(xs))}${o.errors + o.timeouts ? `, ${o.errors} errors, ${o.timeouts} timeouts` : ''}`,
      result: '',
    });
  }
  return rows;
}

export function importRows(r: ImportResult, rows: number, capSeconds: number): Row[] {
  const s = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
  const total = r.endedAt - r.startedAt;
  const measured =
    r.status === 'committed'
      ? `${s(total)} (upload ${s(r.uploadMs)}, check ${s(r.checkMs)}, commit ${s(r.commitMs)}); ${r.created} created`
      : `${r.status} after ${s(total)} (cap ${capSeconds} s): ${r.detail}`;
  return [
    {
      metric: `import of ${rows} rows, all or nothing, end to end`,
      target: '≤ 60 s',
      measured,
      result: check(r.status === 'committed' && r.created === rows && total <= 60_000),
      value: total,
    },
  ];
}
