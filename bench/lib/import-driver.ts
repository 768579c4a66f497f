// A member import driven over HTTP as the web app drives it: upload the .xlsx, check it (mapping as
// proposed), commit it, and poll the jobs. Every call has a client timeout; a poll that gets no answer
// is retried until the run's cap, so a stalled server ends the import as "unfinished", not the benchmark.
import fs from 'node:fs';
import type { Session } from './accounts';
import { sleep } from './http-client';

export type ImportResult = {
  status: 'committed' | 'failed' | 'unfinished';
  detail: string;
  /** performance.now() marks: upload sent, commit queued, commit finished (or the cap). */
  startedAt: number;
  commitQueuedAt?: number;
  endedAt: number;
  uploadMs?: number;
  checkMs?: number;
  commitMs?: number;
  created?: number;
  rowsWithErrors?: number;
};

type Job = { status: string; done: number; result: Record<string, number> | null; error: unknown };

export async function runImport(opts: {
  api: string;
  session: Session;
  unitId: number;
  file: string;
  mode: 'all_or_nothing' | 'valid_only';
  timeoutMs: number;
  cap: AbortSignal;
  onCommitQueued?: () => void;
  /** Once, at the first poll that shows the commit job has written rows (its transaction holds them). */
  onCommitWriting?: () => void;
}): Promise<ImportResult> {
  const { api, session } = opts;
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  const signal = () => AbortSignal.any([AbortSignal.timeout(opts.timeoutMs), opts.cap]);
  async function post<T>(url: string, body: unknown): Promise<T> {
    const res = await fetch(`${api}${url}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: signal(),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }
  async function waitJob(id: number, onWriting?: () => void): Promise<Job> {
    while (!opts.cap.aborted) {
      try {
        const res = await fetch(`${api}/api/jobs/${id}`, { headers, signal: signal() });
        const job = (await res.json()) as Job;
        if (job.done > 0 && onWriting) {
          onWriting();
          onWriting = undefined;
        }
        if (job.status === 'succeeded' || job.status === 'failed') return job;
      } catch {
        // no answer in time: the server is busy or stalled; ask again until the cap
      }
      await sleep(500, opts.cap);
    }
    throw new Error('cap reached while waiting for the job');
  }

  const startedAt = performance.now();
  const r: ImportResult = { status: 'unfinished', detail: '', startedAt, endedAt: startedAt };
  try {
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(opts.file)]), 'danh-sach-doan-vien.xlsx');
    const up = await fetch(`${api}/api/imports?unitId=${opts.unitId}`, {
      method: 'POST',
      headers,
      body: form,
      signal: signal(),
    });
    const imp = (await up.json()) as { id: number; fields: unknown[]; headerRow: number; sheetIndex: number };
    if (!up.ok) throw new Error(`upload: ${up.status} ${JSON.stringify(imp).slice(0, 300)}`);
    r.uploadMs = performance.now() - startedAt;
    const checked = await post<{ previewJobId: number }>(`/api/imports/${imp.id}/check`, {
      sheetIndex: imp.sheetIndex,
      headerRow: imp.headerRow,
      fields: imp.fields,
    });
    const check = await waitJob(checked.previewJobId);
    if (check.status === 'failed') throw new Error(`check job failed: ${JSON.stringify(check.error)}`);
    r.rowsWithErrors = check.result?.withErrors;
    r.checkMs = performance.now() - startedAt - r.uploadMs;
    const committed = await post<{ commitJobId: number }>(`/api/imports/${imp.id}/commit`, { mode: opts.mode });
    r.commitQueuedAt = performance.now();
    opts.onCommitQueued?.();
    const commit = await waitJob(committed.commitJobId, opts.onCommitWriting);
    r.endedAt = performance.now();
    r.commitMs = r.endedAt - r.commitQueuedAt;
    if (commit.status === 'failed') {
      r.status = 'failed';
      r.detail = JSON.stringify(commit.error).slice(0, 300);
    } else {
      r.status = 'committed';
      r.created = commit.result?.created;
    }
  } catch (error) {
    r.endedAt = performance.now();
    r.detail = (error as Error).message;
    r.status = opts.cap.aborted ? 'unfinished' : 'failed';
  }
  return r;
}
