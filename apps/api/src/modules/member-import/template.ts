import { personColumnLabel, type PersonColumn } from '@congdoan/domain';
import { XlsxBook, type XlsxColumn } from '../../kit/spreadsheet/xlsx-writer';

// The downloadable template: a list sheet with Vietnamese headers and example rows, and an
// instructions sheet. CCCD and phone columns are text, so leading zeros survive Excel; so are the date
// columns, so what a person types as 05/03/1990 is not re-read as 3 May by an Excel set to US dates
// (the importer reads dd/mm/yyyy text and date cells alike). No title block: the header is row 1.
// Headers are the person columns' names (domain personColumns), "(*)" marking the required ones.
const required = (c: PersonColumn) => `${personColumnLabel(c)} (*)`;
const columns: { header: string; note: string }[] = [
  { header: 'STT', note: 'Số thứ tự (không bắt buộc).' },
  { header: required('fullName'), note: 'Bắt buộc. Ví dụ: Nguyễn Thị Lan.' },
  { header: required('gender'), note: 'Bắt buộc: Nam hoặc Nữ.' },
  {
    header: required('birthDate'),
    note: 'Bắt buộc, dạng ngày/tháng/năm: 05/03/1990. Nếu chỉ biết năm hoặc tháng: 1990, 03/1990 (giữ nguyên như vậy).',
  },
  { header: personColumnLabel('cccd'), note: '12 chữ số; nhập dạng văn bản để giữ số 0 đầu.' },
  {
    header: personColumnLabel('oldIdNumber'),
    note: 'CMND cũ 9 chữ số (nếu có); một người có thể có cả CCCD và CMND.',
  },
  { header: personColumnLabel('phone'), note: '10 chữ số di động, ví dụ 0912345678.' },
  { header: personColumnLabel('email'), note: 'Không bắt buộc.' },
  { header: personColumnLabel('ethnicity'), note: 'Ví dụ: Kinh, Tày, Vân Kiều.' },
  { header: personColumnLabel('permanentAddress'), note: 'Không bắt buộc.' },
  { header: personColumnLabel('currentAddress'), note: 'Không bắt buộc.' },
  { header: personColumnLabel('occupation'), note: 'Không bắt buộc.' },
  { header: personColumnLabel('employer'), note: 'Không bắt buộc.' },
  { header: personColumnLabel('educationLevel'), note: 'Ví dụ: Đại học, THPT.' },
  { header: personColumnLabel('admittedOn'), note: 'Nếu để trống: lấy ngày chọn khi nhập.' },
  { header: personColumnLabel('cardNumber'), note: 'Không bắt buộc; không được trùng.' },
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
  const book = new XlsxBook();
  const list = book.sheet(
    'Danh sách đoàn viên',
    columns.map((c): XlsxColumn => ({ header: c.header, kind: c.header === 'STT' ? 'integer' : 'text' })),
  );
  for (const row of examples) list.add(row);
  const help = book.sheet('Hướng dẫn', [{ header: 'Cột' }, { header: 'Cách điền', maxWidth: 90 }]);
  for (const c of columns) help.add([c.header, c.note]);
  help.note([]);
  help.note(['Lưu ý', 'Xóa các dòng ví dụ trước khi nhập. Mỗi lần nhập tối đa 200.000 dòng.']);
  help.note(['', 'Tệp khác mẫu vẫn nhập được: hệ thống tự nhận dòng tiêu đề và cho bạn chọn lại cột.']);
  help.note(['', 'Tên gõ bằng phông TCVN3 (.VnTime) hoặc VNI được tự động chuyển sang Unicode.']);
  return book.finish();
}
