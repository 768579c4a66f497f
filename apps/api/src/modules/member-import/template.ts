import ExcelJS from 'exceljs';
import { personColumnLabel, type PersonColumn } from '@congdoan/domain';

// The downloadable template: a list sheet with Vietnamese headers and example rows, and an
// instructions sheet. CCCD and phone columns are text, so leading zeros survive Excel.
// Headers are the person columns' names (domain personColumns), "(*)" marking the required ones.
const required = (c: PersonColumn) => `${personColumnLabel(c)} (*)`;
const columns: { header: string; width: number; text?: boolean; note: string }[] = [
  { header: 'STT', width: 6, note: 'Số thứ tự (không bắt buộc).' },
  { header: required('fullName'), width: 26, note: 'Bắt buộc. Ví dụ: Nguyễn Thị Lan.' },
  { header: required('gender'), width: 10, note: 'Bắt buộc: Nam hoặc Nữ.' },
  {
    header: required('birthDate'),
    width: 13,
    text: true,
    note: 'Bắt buộc, dạng ngày/tháng/năm: 05/03/1990. Nếu chỉ biết năm hoặc tháng: 1990, 03/1990 (giữ nguyên như vậy).',
  },
  { header: personColumnLabel('cccd'), width: 16, text: true, note: '12 chữ số; nhập dạng văn bản để giữ số 0 đầu.' },
  {
    header: personColumnLabel('oldIdNumber'),
    width: 13,
    text: true,
    note: 'CMND cũ 9 chữ số (nếu có); một người có thể có cả CCCD và CMND.',
  },
  { header: personColumnLabel('phone'), width: 14, text: true, note: '10 chữ số di động, ví dụ 0912345678.' },
  { header: personColumnLabel('email'), width: 24, note: 'Không bắt buộc.' },
  { header: personColumnLabel('ethnicity'), width: 10, note: 'Ví dụ: Kinh, Tày, Vân Kiều.' },
  { header: personColumnLabel('permanentAddress'), width: 30, note: 'Không bắt buộc.' },
  { header: personColumnLabel('currentAddress'), width: 30, note: 'Không bắt buộc.' },
  { header: personColumnLabel('occupation'), width: 16, note: 'Không bắt buộc.' },
  { header: personColumnLabel('employer'), width: 26, note: 'Không bắt buộc.' },
  { header: personColumnLabel('educationLevel'), width: 14, note: 'Ví dụ: Đại học, THPT.' },
  { header: personColumnLabel('admittedOn'), width: 14, text: true, note: 'Nếu để trống: lấy ngày chọn khi nhập.' },
  { header: personColumnLabel('cardNumber'), width: 16, text: true, note: 'Không bắt buộc; không được trùng.' },
];

const examples = [
  [
    1,
    'Nguyễn Thị Lan',
    'Nữ',
    '12/04/1990',
    '045190001234',
    '',
    '0912345678',
    'lan.nt@example.vn',
    'Kinh',
    'Phường Đông Hà, Quảng Trị',
    'Phường Đông Hà, Quảng Trị',
    'Công nhân',
    'Công ty CP Thương mại Đông Hà',
    'THPT',
    '01/03/2026',
    '',
  ],
  [
    2,
    'Hồ Văn Hùng',
    'Nam',
    '1985',
    '',
    '197012345',
    '0387654321',
    '',
    'Vân Kiều',
    'Xã Lao Bảo, Quảng Trị',
    '',
    'Lái xe',
    'Công ty CP Thương mại Đông Hà',
    'Trung cấp',
    '01/03/2026',
    '',
  ],
];

export async function memberImportTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Công Đoàn Số';
  const list = book.addWorksheet('Danh sách đoàn viên', { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  list.getRow(1).font = { bold: true };
  list.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const row of examples) list.addRow(row);
  const help = book.addWorksheet('Hướng dẫn');
  help.columns = [
    { header: 'Cột', width: 24 },
    { header: 'Cách điền', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow([c.header, c.note]);
  help.addRow([]);
  help.addRow(['Lưu ý', 'Xóa các dòng ví dụ trước khi nhập. Mỗi lần nhập tối đa 200.000 dòng.']);
  help.addRow(['', 'Tệp khác mẫu vẫn nhập được: hệ thống tự nhận dòng tiêu đề và cho bạn chọn lại cột.']);
  help.addRow(['', 'Tên gõ bằng phông TCVN3 (.VnTime) hoặc VNI được tự động chuyển sang Unicode.']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
