// Issue 17's "nominate 200,000 beneficiaries from files": each top-level union sends one beneficiary list
// (.xlsx), its members picked from the registry inside its subtree up to its quota, with the columns a
// province's list has (name, birth date, CCCD, phone, reason, amount). The list goes through the HTTP API
// as the web app sends it: upload → check (job) → commit (job, all or nothing). Every call has a timeout.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import type { Session } from './accounts';
import { sleep } from './http-client';

type Beneficiary = { fullName: string; birth: string | null; cccd: string | null; phone: string | null };

/**
 * Up to `count` active members of the unit's subtree with a mobile number (the voucher goes to it), in registry
 * order. A member without a CCCD is taken only when the phone is its own (the list then matches by phone and
 * name): a list an officer can commit.
 */
export async function pickBeneficiaries(db: pg.Pool, unitId: number, count: number): Promise<Beneficiary[]> {
  const { rows } = await db.query<Beneficiary>(
    `SELECT pe.full_name AS "fullName", pe.cccd, pe.phone,
            CASE WHEN pe.birth_date_precision = 'day' THEN to_char(pe.birth_date, 'DD/MM/YYYY') END AS birth
       FROM persons pe JOIN org_units u ON u.id = pe.unit_id
      WHERE u.path <@ (SELECT path FROM org_units WHERE id = $1) AND pe.member_status = 'active'
        AND pe.merged_into_id IS NULL AND pe.phone ~ '^0[0-9]{9}$'
        AND (pe.cccd IS NOT NULL
             OR NOT EXISTS (SELECT 1 FROM persons o WHERE o.phone = pe.phone AND o.id <> pe.id))
      ORDER BY pe.id LIMIT $2`,
    [unitId, count],
  );
  return rows;
}

/** The list as a province writes it: a title, a blank row, the header on row 3, one row per beneficiary. */
export async function writeNominationSheet(file: string, unitName: string, rows: Beneficiary[]): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = book.addWorksheet('Đề nghị');
  sheet.addRow([`DANH SÁCH ĐỀ NGHỊ NHẬN PHIẾU CHỢ TẾT CÔNG ĐOÀN — ${unitName}`]).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Lý do đề nghị', 'Số tiền']).commit();
  for (const [i, r] of rows.entries()) {
    sheet
      .addRow([
        i + 1,
        r.fullName,
        r.birth ?? '',
        r.cccd ?? '',
        r.phone ?? '',
        'Công nhân xa quê, thu nhập thấp',
        '500.000',
      ])
      .commit();
  }
  sheet.commit();
  await book.commit();
}

export type ListResult = {
  unitId: number;
  rows: number;
  status: 'committed' | 'refused' | 'failed';
  detail: string;
  created: number;
  uploadMs: number;
  /** Uploads answered 429 (the server's upload slots were busy) and sent again after Retry-After. */
  busy: number;
  checkMs: number;
  commitMs: number;
};

type Job = { status: string; result: Record<string, number> | null; error: unknown };

/** Upload → check → commit one list; a list whose check finds errors is not committed (it would be refused). */
export async function sendNominationList(opts: {
  api: string;
  session: Session;
  programmeId: number;
  unitId: number;
  file: string;
  rows: number;
  timeoutMs: number;
  /** The longest wait for one job (check or commit) before the list counts as failed. */
  jobCapMs: number;
}): Promise<ListResult> {
  const { api, session } = opts;
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  const signal = () => AbortSignal.timeout(opts.timeoutMs);
  async function send<T>(method: string, url: string, body?: FormData | object): Promise<T> {
    const json = body !== undefined && !(body instanceof FormData);
    const res = await fetch(`${api}${url}`, {
      method,
      headers: json ? { ...headers, 'content-type': 'application/json' } : headers,
      body: json ? JSON.stringify(body) : body,
      signal: signal(),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }
  async function waitJob(id: number): Promise<Job> {
    const until = performance.now() + opts.jobCapMs;
    while (performance.now() < until) {
      try {
        const job = await send<Job>('GET', `/api/jobs/${id}`);
        if (job.status === 'succeeded' || job.status === 'failed') return job;
      } catch {
        // no answer in time: ask again until the cap
      }
      await sleep(500);
    }
    throw new Error(`job ${id} not finished after ${opts.jobCapMs / 1000} s`);
  }

  const r: ListResult = {
    unitId: opts.unitId,
    rows: opts.rows,
    status: 'failed',
    detail: '',
    created: 0,
    uploadMs: 0,
    busy: 0,
    checkMs: 0,
    commitMs: 0,
  };
  let t0 = performance.now();
  try {
    type List = { id: number; fields: unknown[]; headerRow: number; sheetIndex: number };
    let list: List | undefined;
    while (!list) {
      const form = new FormData();
      form.append('file', new Blob([fs.readFileSync(opts.file)]), 'danh-sach-de-nghi.xlsx');
      try {
        list = await send<List>(
          'POST',
          `/api/welfare/programmes/${opts.programmeId}/imports?unitId=${opts.unitId}`,
          form,
        );
      } catch (error) {
        // The upload slots are full: wait as told (Retry-After), as the web app does, at most 30 times.
        const retry = /: 429 .*"retryAfter":(\d+)/.exec((error as Error).message);
        if (!retry || ++r.busy > 30) throw error;
        await sleep(Number(retry[1]) * 1000);
      }
    }
    r.uploadMs = performance.now() - t0;
    t0 = performance.now();
    const { previewJobId } = await send<{ previewJobId: number }>('POST', `/api/welfare/imports/${list.id}/check`, {
      sheetIndex: list.sheetIndex,
      headerRow: list.headerRow,
      fields: list.fields,
    });
    const check = await waitJob(previewJobId);
    r.checkMs = performance.now() - t0;
    if (check.status === 'failed') throw new Error(`check job: ${JSON.stringify(check.error).slice(0, 300)}`);
    if (check.result?.withErrors) {
      const { items } = await send<{ items: { rowNo: number; errors: unknown[] }[] }>(
        'GET',
        `/api/imports/${list.id}/rows?filter=errors&pageSize=3`,
      );
      r.status = 'refused';
      r.detail = `${check.result.withErrors} rows with errors, e.g. ${JSON.stringify(items.map((i) => [i.rowNo, i.errors]))}`;
      return r;
    }
    t0 = performance.now();
    const { commitJobId } = await send<{ commitJobId: number }>('POST', `/api/welfare/imports/${list.id}/commit`);
    const commit = await waitJob(commitJobId);
    r.commitMs = performance.now() - t0;
    if (commit.status === 'failed') throw new Error(`commit job: ${JSON.stringify(commit.error).slice(0, 300)}`);
    r.status = 'committed';
    r.created = commit.result?.created ?? 0;
  } catch (error) {
    r.detail = (error as Error).message;
  }
  return r;
}
