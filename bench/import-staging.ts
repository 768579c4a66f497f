// Memory of the import's check step without HTTP or PostgreSQL: read a 100,000-row .xlsx, validate every
// row and build the COPY text (into a sink), sampling process.memoryUsage(). For finding what holds memory:
// `node --import tsx bench/import-staging.ts` vs `node --max-old-space-size=1024 --import tsx …` (see RESULTS.md).
// MODE=read reads only. Not part of npm test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { makeCccd, type ImportField } from '@congdoan/domain';
import type { Tx } from '../apps/api/src/db/tx';
// The module list first: check-job's own imports come back to it (a cycle when entered from check-job).
import '../apps/api/src/modules/index';
import { stageRows } from '../apps/api/src/modules/member-import/check-job';
import { openXlsx } from '../apps/api/src/kit/spreadsheet/xlsx-reader';
import { defaultLimits } from '../apps/api/src/kit/spreadsheet/limits';

const file = path.join(os.tmpdir(), 'congdoan-import-staging-100k.xlsx');
if (!fs.existsSync(file)) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐOÀN VIÊN']).commit();
  sheet
    .addRow(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Nghề nghiệp', 'Ngày vào'])
    .commit();
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
  const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải'];
  for (let i = 0; i < 100_000; i++) {
    const gender = i % 2 ? 'female' : 'male';
    const year = 1965 + (i % 40);
    const dob = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`;
    const name = `${family[i % 5]} ${gender === 'female' ? 'Thị' : 'Văn'} ${given[(i >> 1) % 7]}`;
    const serial = 25569 + 365 * (year - 1970);
    sheet
      .addRow([
        i + 1,
        name,
        gender === 'female' ? 'Nữ' : 'Nam',
        i % 10 === 0 ? serial : dob,
        makeCccd('045', year, gender, i),
        `09${String(i).padStart(8, '0')}`,
        'Công nhân',
        '01/03/2026',
      ])
      .commit();
  }
  sheet.commit();
  await book.commit();
}

const mb = (n: number) => Math.round(n / 2 ** 20);
const peak = { rss: 0, heapUsed: 0, heapTotal: 0 };
const base = process.memoryUsage();
const timer = setInterval(() => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peak) as (keyof typeof peak)[]) peak[k] = Math.max(peak[k], m[k]);
}, 20);
const cpu0 = process.cpuUsage();
const xlsx = await openXlsx(file, defaultLimits);
const fields: (ImportField | null)[] = [
  null,
  'fullName',
  'gender',
  'birthDate',
  'cccd',
  'phone',
  'occupation',
  'admittedOn',
];
let n = 0;
if (process.env.MODE === 'read') {
  for await (const _ of xlsx.rows(0)) n++;
} else {
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  n = await stageRows(
    { query: () => sink } as unknown as Tx,
    1,
    xlsx.rows(0),
    fields,
    3,
    async () => undefined,
    new Date(),
  );
}
clearInterval(timer);
xlsx.close();
const cpu = process.cpuUsage(cpu0);
console.log(
  `${process.env.MODE ?? 'stage'} ${n} rows, CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms; before: rss ${mb(base.rss)} MB, heap ${mb(base.heapUsed)} MB; ` +
    `peak: rss ${mb(peak.rss)} MB, heapUsed ${mb(peak.heapUsed)} MB, heapTotal ${mb(peak.heapTotal)} MB`,
);
