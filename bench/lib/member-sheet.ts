// The member import benchmarks' spreadsheet: a real .xlsx as officials send them (a title row, the header
// on row 2, 10 % of dates as Excel serials), valid rows with unique CCCDs and phones. On a database that
// already holds millions of people, `takenCccd` reports which candidate CCCDs exist, and those rows get
// another serial: a known CCCD would be a match (or, outside the importer's scope, an error).
import ExcelJS from 'exceljs';
import { makeCccd } from '@congdoan/domain';

const family = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const middle = ['Thị', 'Văn', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quốc', 'Thu', 'Xuân', 'Hồng', 'Kim'];
const given = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Nga',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];

export type SheetOptions = {
  rows: number;
  /** Offset of the CCCD serials and phone numbers, so repeated runs on one database do not collide. */
  base?: number;
  takenCccd?: (candidates: string[]) => Promise<Set<string>>;
};

const genderOf = (i: number) => (i % 2 ? 'female' : 'male');
const yearOf = (i: number) => 1965 + (i % 40);

/** One CCCD per row, consistent with the row's birth year and gender, none of them taken. */
async function rowCccds(opts: SheetOptions): Promise<string[]> {
  const base = opts.base ?? 0;
  const out = Array.from({ length: opts.rows }, (_, i) => makeCccd('045', yearOf(i), genderOf(i), base + i));
  if (!opts.takenCccd) return out;
  let pending = out.map((_, i) => i);
  for (let round = 1; pending.length > 0; round++) {
    if (round > 20) throw new Error(`no free CCCD for ${pending.length} rows`);
    const taken = await opts.takenCccd(pending.map((i) => out[i]!));
    pending = pending.filter((i) => taken.has(out[i]!));
    // Another serial in the same place, year and gender: the next block of `rows` serials.
    for (const i of pending) out[i] = makeCccd('045', yearOf(i), genderOf(i), base + i + round * opts.rows);
  }
  return out;
}

export async function writeMemberSheet(file: string, opts: SheetOptions): Promise<void> {
  const cccds = await rowCccds(opts);
  const base = opts.base ?? 0;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐOÀN VIÊN']).commit();
  sheet
    .addRow([
      'STT',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Số CCCD',
      'Số điện thoại',
      'Nghề nghiệp',
      'Ngày vào công đoàn',
    ])
    .commit();
  for (let i = 0; i < opts.rows; i++) {
    const gender = genderOf(i);
    const year = yearOf(i);
    const dob = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`;
    const name = `${family[i % family.length]} ${gender === 'female' ? 'Thị' : middle[(i >> 4) % middle.length]} ${given[(i >> 1) % given.length]}`;
    sheet
      .addRow([
        i + 1,
        name,
        gender === 'female' ? 'Nữ' : 'Nam',
        i % 10 === 0 ? 25569 + 365 * (year - 1970) : dob, // some dates as Excel serials
        cccds[i],
        `09${String((base + i) % 100_000_000).padStart(8, '0')}`,
        'Công nhân',
        '01/03/2026',
      ])
      .commit();
  }
  sheet.commit();
  await book.commit();
}
