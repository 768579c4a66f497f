import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runNextJob } from '../jobs/job-runner';
import type { FileStore } from '../../storage/file-store';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

// Issue 12: one province's import must not make another's wait. An ANALYZE inside the check or commit job held
// member_import_rows' SHARE UPDATE EXCLUSIVE lock until the job's long transaction ended, so imports (member
// lists and nomination lists alike) ran one after another across the country. Here each job is looked at from
// inside its transaction (when it writes the error or result file): no such lock may be held there.
const t = useTestApp();

/** Locks on member_import_rows that would make another import's ANALYZE (or this one's) wait. */
const heldLocks = async () =>
  (
    await t.db.pool.query<{ mode: string }>(
      `SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        WHERE c.relname = 'member_import_rows' AND l.granted
          AND l.mode IN ('ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock',
                         'AccessExclusiveLock')`,
    )
  ).rows.map((r) => r.mode);

/** The test's file store: records the locks held at the moment a job writes a file (inside its transaction). */
function watchingStore(seen: string[][]): FileStore {
  const files = t.app.deps.files;
  return {
    ...files,
    get: (key) => files.get(key),
    size: (key) => files.size(key),
    remove: (key) => files.remove(key),
    put: async (key, data) => {
      seen.push(await heldLocks());
      return files.put(key, data);
    },
  };
}

async function upload(s: Session, unit: number, rows: string[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sách').addRows([['Họ và tên', 'Ngày sinh', 'Số CCCD'], ...rows]);
  const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const up = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: 'song-song.xlsx', contentBase64 });
  expect(up.statusCode, up.body).toBe(200);
  const id = up.json<{ id: number }>().id;
  const check = await s.request('POST', `/api/imports/${id}/check`, {
    sheetIndex: 0,
    headerRow: 1,
    fields: ['fullName', 'birthDate', 'cccd'],
  });
  expect(check.statusCode, check.body).toBe(200);
  return id;
}

describe('imports in different provinces at the same time', () => {
  it('hold no lock inside their check and commit that would make another import wait', async () => {
    const s = await t.signIn('qt.canbo');
    const seen: string[][] = [];
    const run = () => runNextJob(t.db.pool, t.app.deps.config, watchingStore(seen));
    // A repeated CCCD: the check writes an error file inside its transaction.
    const id = await upload(s, await unitId(t, 'QT-0001'), [
      ['Đinh Thị Song Song', '03/03/1993', '045193007001'],
      ['Võ Văn Đồng Thời', '04/04/1994', '045194007002'],
      ['Võ Văn Lặp Lại', '05/05/1995', '045194007002'],
    ]);
    expect(await run()).toBe(true);
    expect((await s.request('GET', `/api/imports/${id}`)).json().status).toBe('checked');
    const commit = await s.request('POST', `/api/imports/${id}/commit`, { mode: 'valid_only' });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(await run()).toBe(true);
    expect((await s.request('GET', `/api/imports/${id}`)).json().stats).toMatchObject({ created: 2, failed: 1 });
    // The error file (check) and the result file (commit), each written inside its job's transaction.
    expect(seen).toEqual([[], []]);
  });
});
