import type { ImportField } from '@congdoan/domain';
import { stagedPersonColumns } from '../members';

// Derived from the one list of persons columns (members/person-fields.ts): the name's parts move with full_name,
// the sort key and the date's precision follow their source column.
const notCompared = new Set(['family_name', 'middle_name', 'given_name', 'sort_key', 'birth_date_precision']);
const personalColumns = new Set([
  'cccd',
  'old_id_number',
  'phone',
  'email',
  'permanent_address',
  'current_address',
  'passport_no',
]);
const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

/**
 * The person fields an import row can bring, as columns of both `persons` and `member_import_rows`
 * (same names). The preview compares them field by field; the commit fills or overwrites them.
 * `personal`: shown only to roles with personal_data.read over the unit.
 */
export const comparedColumns: readonly { column: string; field: ImportField; personal: boolean }[] = stagedPersonColumns
  .filter((c) => !notCompared.has(c))
  .map((column) => ({ column, field: camel(column) as ImportField, personal: personalColumns.has(column) }));

/** The name's parts move together with full_name (never filled one by one). */
export const nameColumns = ['family_name', 'middle_name', 'given_name', 'full_name', 'sort_key'] as const;

/** Columns filled one by one: a file value fills an empty field, or (overwrite) replaces it. */
export const fillableColumns = comparedColumns.map((c) => c.column).filter((c) => c !== 'full_name');
