import type { Lang } from '../errors';

/**
 * A member's columns as lists and files name them, defined once: the member export's header, the import
 * template's header, the import's column choices and the field names in its row messages all read this.
 * (The persons table's own columns are in the API's members/person-fields.ts.)
 */
export const personColumns = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  familyName: { vi: 'Họ', en: 'Family name' },
  middleName: { vi: 'Tên đệm', en: 'Middle name' },
  givenName: { vi: 'Tên', en: 'Given name' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  cccd: { vi: 'Số CCCD', en: 'National ID' },
  oldIdNumber: { vi: 'Số CMND', en: 'Old ID number (CMND)' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  permanentAddress: { vi: 'Địa chỉ thường trú', en: 'Permanent address' },
  currentAddress: { vi: 'Nơi ở hiện nay', en: 'Current address' },
  occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
  employer: { vi: 'Đơn vị công tác', en: 'Employer' },
  educationLevel: { vi: 'Trình độ', en: 'Education' },
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  passportNo: { vi: 'Số hộ chiếu', en: 'Passport' },
  admittedOn: { vi: 'Ngày vào công đoàn', en: 'Admission date' },
  cardNumber: { vi: 'Số thẻ đoàn viên', en: 'Card number' },
} as const satisfies Record<string, { vi: string; en: string }>;
export type PersonColumn = keyof typeof personColumns;

/** The columns of the member export, in order (then status and the grassroots union, which are not the person's). */
export const exportPersonColumns = [
  'fullName',
  'familyName',
  'middleName',
  'givenName',
  'gender',
  'birthDate',
  'cccd',
  'oldIdNumber',
  'phone',
  'email',
  'ethnicity',
  'occupation',
  'employer',
] as const satisfies readonly PersonColumn[];

export const personColumnLabel = (column: PersonColumn, lang: Lang = 'vi'): string => personColumns[column][lang];
