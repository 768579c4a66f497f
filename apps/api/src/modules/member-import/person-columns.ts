import type { ImportField } from '@congdoan/domain';

/**
 * The person fields an import row can bring, as columns of both `persons` and `member_import_rows`
 * (same names). The preview compares them field by field; the commit fills or overwrites them.
 * `personal`: shown only to roles with personal_data.read over the unit.
 */
export const comparedColumns: readonly { column: string; field: ImportField; personal: boolean }[] = [
  { column: 'full_name', field: 'fullName', personal: false },
  { column: 'gender', field: 'gender', personal: false },
  { column: 'birth_date', field: 'birthDate', personal: false },
  { column: 'cccd', field: 'cccd', personal: true },
  { column: 'old_id_number', field: 'oldIdNumber', personal: true },
  { column: 'phone', field: 'phone', personal: true },
  { column: 'email', field: 'email', personal: true },
  { column: 'ethnicity', field: 'ethnicity', personal: false },
  { column: 'permanent_address', field: 'permanentAddress', personal: true },
  { column: 'current_address', field: 'currentAddress', personal: true },
  { column: 'occupation', field: 'occupation', personal: false },
  { column: 'employer', field: 'employer', personal: false },
  { column: 'education_level', field: 'educationLevel', personal: false },
  { column: 'nationality', field: 'nationality', personal: false },
  { column: 'passport_no', field: 'passportNo', personal: true },
];

/** The name's parts move together with full_name (never filled one by one). */
export const nameColumns = ['family_name', 'middle_name', 'given_name', 'full_name', 'sort_key'] as const;

/** Columns filled one by one: a file value fills an empty field, or (overwrite) replaces it. */
export const fillableColumns = comparedColumns.map((c) => c.column).filter((c) => c !== 'full_name');
