import { foldVietnamese } from '../text';
import type { PersonColumn } from '../members/person-columns';

/** The shapes of real files that are not one person column; the others are named in members/person-columns.ts. */
export const importShapeColumns = {
  familyMiddleName: { vi: 'Họ và tên đệm', en: 'Family and middle name' },
  genderMale: { vi: 'Nam (đánh dấu)', en: 'Male (ticked)' },
  genderFemale: { vi: 'Nữ (đánh dấu)', en: 'Female (ticked)' },
  birthDateMale: { vi: 'Ngày sinh (cột Nam)', en: 'Date of birth (male column)' },
  birthDateFemale: { vi: 'Ngày sinh (cột Nữ)', en: 'Date of birth (female column)' },
} as const;

/** The columns a nomination list adds to a person's (bulk welfare nomination, issue 17). */
export const nominationColumns = {
  reason: { vi: 'Lý do đề nghị', en: 'Reason' },
  hardshipCategory: { vi: 'Diện hoàn cảnh', en: 'Hardship category' },
  amountVnd: { vi: 'Số tiền hỗ trợ (đồng)', en: 'Amount (VND)' },
} as const;

// What a column of a member list can mean. Most are a person's or membership's field; a few are the
// shapes real files use: the name split in two ("Họ và tên đệm" | "Tên"), gender as two tick
// columns ("Nam" | "Nữ"), or the birth date written under "Nam" or "Nữ" (the classic paper form).
export const importFields = [
  'fullName',
  'familyMiddleName',
  'familyName',
  'middleName',
  'givenName',
  'gender',
  'genderMale',
  'genderFemale',
  'birthDate',
  'birthDateMale',
  'birthDateFemale',
  'cccd',
  'oldIdNumber',
  'phone',
  'email',
  'ethnicity',
  'permanentAddress',
  'currentAddress',
  'occupation',
  'employer',
  'educationLevel',
  'nationality',
  'passportNo',
  'admittedOn',
  'cardNumber',
  'reason',
  'hardshipCategory',
  'amountVnd',
] as const satisfies readonly (PersonColumn | keyof typeof importShapeColumns | keyof typeof nominationColumns)[];
export type ImportField = (typeof importFields)[number];

/** What a member list's columns may mean (the nomination columns are for nomination lists only). */
export const memberImportFields = importFields.filter((f) => !(f in nominationColumns));
/** What a nomination list's columns may mean: who (matched to the registry) and the nomination. */
export const nominationImportFields: readonly ImportField[] = [
  'fullName',
  'familyMiddleName',
  'familyName',
  'middleName',
  'givenName',
  'gender',
  'birthDate',
  'cccd',
  'phone',
  'reason',
  'hardshipCategory',
  'amountVnd',
];
/** The fields a list of this purpose may map its columns to. */
export const importFieldsFor = (purpose: 'members' | 'welfare_nominations'): readonly ImportField[] =>
  purpose === 'members' ? memberImportFields : nominationImportFields;

/** Header spellings seen in real lists, folded (no diacritics, lower case, single spaces). */
const synonyms: Record<ImportField | 'ordinal', string[]> = {
  ordinal: ['stt', 'tt', 'so tt', 'so thu tu', 'no'],
  fullName: ['ho va ten', 'ho ten', 'ho va ten doan vien', 'ho ten doan vien', 'ten doan vien', 'full name', 'name'],
  familyMiddleName: ['ho dem', 'ho va ten dem', 'ho va dem', 'ho lot', 'ho va chu lot', 'ho ten dem'],
  familyName: ['ho', 'family name', 'last name'],
  middleName: ['ten dem', 'dem', 'chu lot', 'middle name'],
  givenName: ['ten', 'given name', 'first name'],
  gender: ['gioi tinh', 'gioi', 'nam nu', 'nam hay nu', 'gender', 'sex', 'phai'],
  genderMale: ['nam', 'gioi tinh nam', 'male'],
  genderFemale: ['nu', 'gioi tinh nu', 'female'],
  birthDate: [
    'ngay sinh',
    'ngay thang nam sinh',
    'sinh ngay',
    'nam sinh',
    'ngay thang sinh',
    'date of birth',
    'dob',
    'birth date',
  ],
  birthDateMale: ['ngay sinh nam', 'ngay thang nam sinh nam', 'nam sinh nam'],
  birthDateFemale: ['ngay sinh nu', 'ngay thang nam sinh nu', 'nam sinh nu'],
  // A mixed "Số CCCD/CMND" column maps here; each value then goes to the field its length says.
  cccd: [
    'cccd',
    'so cccd',
    'so cccd cmnd',
    'cccd cmnd',
    'cmnd cccd',
    'so cmnd cccd',
    'so cccd hoac cmnd',
    'so cmnd hoac cccd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'can cuoc',
    'can cuoc cong dan',
    'so can cuoc',
    'so can cuoc cong dan',
    'national id',
  ],
  oldIdNumber: [
    'cmnd',
    'so cmnd',
    'cmtnd',
    'so cmtnd',
    'so cmt',
    'chung minh nhan dan',
    'so chung minh nhan dan',
    'so chung minh thu',
    'cmnd cu',
    'so cmnd cu',
    'old id',
    'old id number',
  ],
  phone: ['sdt', 'so dien thoai', 'dien thoai', 'dt', 'so dt', 'dien thoai di dong', 'di dong', 'phone', 'mobile'],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email'],
  ethnicity: ['dan toc', 'ethnicity'],
  permanentAddress: ['dia chi thuong tru', 'thuong tru', 'ho khau thuong tru', 'noi thuong tru', 'ho khau'],
  currentAddress: [
    'dia chi',
    'cho o hien nay',
    'noi o hien nay',
    'dia chi hien nay',
    'dia chi lien he',
    'noi o',
    'tam tru',
  ],
  occupation: ['nghe nghiep', 'chuc vu', 'cong viec', 'vi tri cong viec', 'chuc danh', 'occupation'],
  employer: [
    'don vi cong tac',
    'noi lam viec',
    'co quan',
    'doanh nghiep',
    'ten doanh nghiep',
    'co quan don vi',
    'employer',
  ],
  educationLevel: ['trinh do', 'trinh do hoc van', 'trinh do chuyen mon', 'hoc van', 'van hoa', 'trinh do van hoa'],
  nationality: ['quoc tich', 'nationality'],
  passportNo: ['ho chieu', 'so ho chieu', 'passport'],
  admittedOn: [
    'ngay vao cong doan',
    'ngay ket nap',
    'ngay gia nhap',
    'ngay vao cd',
    'ngay ket nap doan vien',
    'ngay vao',
  ],
  cardNumber: ['so the', 'so the doan vien', 'ma the', 'the doan vien', 'card number'],
  reason: ['ly do', 'ly do de nghi', 'ly do ho tro', 'hoan canh', 'hoan canh gia dinh', 'tom tat hoan canh', 'reason'],
  hardshipCategory: ['dien', 'dien hoan canh', 'doi tuong', 'phan loai', 'loai hoan canh', 'hardship category'],
  amountVnd: ['so tien', 'so tien ho tro', 'muc ho tro', 'muc chi', 'gia tri', 'thanh tien', 'so tien dong', 'amount'],
};

const lookup = new Map<string, ImportField | 'ordinal'>();
for (const [field, names] of Object.entries(synonyms)) for (const n of names) lookup.set(n, field as ImportField);

/** Fold a header cell: no diacritics, lower case, no bracketed notes, punctuation to spaces. */
export function foldHeader(value: string): string {
  return foldVietnamese(value.normalize('NFC'))
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header means, 'ordinal' for a row-number column, or null if unknown. */
export function matchHeader(value: string): ImportField | 'ordinal' | null {
  const folded = foldHeader(value);
  if (!folded) return null;
  return lookup.get(folded) ?? lookup.get(folded.replace(/ (cua )?doan vien$/, '')) ?? null;
}
