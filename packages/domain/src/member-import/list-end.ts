import type { ImportField } from './import-fields';

// What ends a list officials send: the place and date line, the signatures and their captions, a total.
const footer = [
  /ngày\s*[.…\d\s]*tháng\s*[.…\d\s]*năm/iu, // "Đông Hà, ngày 15 tháng 3 năm 2026", "ngày … tháng … năm …"
  /người\s+lập/iu, // "Người lập biểu", "Người lập danh sách"
  /\(\s*ký/iu, // "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"
  /^\s*T\s*M\s*\.?\s*ban\s+chấp\s+hành/iu, // "TM. BAN CHẤP HÀNH"
  /^\s*xác\s+nhận\s+của/iu, // "Xác nhận của công đoàn cấp trên"
  /^\s*tổng\s+(cộng|số)\s*[:\s]/iu, // "Tổng cộng: 25 đoàn viên"
];

type Cell = string | number | boolean | null | undefined;

/** A CCCD (9+ digits) or a birth date (an Excel serial, dd/mm/yyyy, a year) — not a caption in that column. */
const identity = (field: 'cccd' | 'birthDate', v: Cell) =>
  typeof v === 'number' ||
  (typeof v === 'string' &&
    (field === 'cccd'
      ? /\d{9}/.test(v.replace(/\D/g, ''))
      : /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4})\s*$/.test(v)));

/**
 * Whether this row starts the block under the list (date line, signatures, total): that row and every
 * row after it are not members. Without this, "Người lập biểu" and the signers' names below it were
 * staged as members and counted as error rows (no birth date, no CCCD). A row that carries a
 * member's identity (a CCCD or a birth date in their columns) is never the end, whatever its text; a
 * caption that spills into those columns (a date line under the birth dates) is not an identity.
 */
export function isListEnd(cells: readonly Cell[], fields: readonly (ImportField | null)[]): boolean {
  if (fields.some((f, c) => (f === 'cccd' || f === 'birthDate') && identity(f, cells[c]))) return false;
  return cells.some((v) => typeof v === 'string' && footer.some((re) => re.test(v.normalize('NFC'))));
}
