import {
  AppError,
  checkCccd,
  joinName,
  mayBeAtLeast,
  MIN_WORKING_AGE,
  parsePartialIso,
  partialAfter,
  splitName,
  vietnameseSortKey,
  type NameParts,
  type PersonInput,
} from '@congdoan/domain';
import type { Tx } from '../../db/tx';

/** persons columns written from a PersonInput, in this order (see `personValues`). */
export const personColumnNames = [
  'family_name',
  'middle_name',
  'given_name',
  'full_name',
  'sort_key',
  'gender',
  'birth_date',
  'birth_date_precision',
  'cccd',
  'old_id_number',
  'phone',
  'email',
  'ethnicity',
  'permanent_address',
  'permanent_province_code',
  'permanent_commune_code',
  'permanent_code_version',
  'current_address',
  'current_province_code',
  'current_commune_code',
  'current_code_version',
  'occupation',
  'employer',
  'education_level',
  'nationality',
  'passport_no',
] as const;

/**
 * The persons columns an import row stages under the same names (member_import_rows), in this order: the
 * addresses are one text each there (no codes). The import's COPY and its commit both use this list.
 */
export const stagedPersonColumns = personColumnNames.filter(
  (c) => !/_(province_code|commune_code|code_version)$/.test(c),
);

/** Name parts from either the parts given or the full name, NFC and capitalised. */
export function nameParts(input: Pick<PersonInput, 'fullName' | 'familyName' | 'middleName' | 'givenName'>): NameParts {
  if (input.givenName) {
    return { familyName: input.familyName ?? '', middleName: input.middleName ?? '', givenName: input.givenName };
  }
  return splitName(input.fullName ?? '');
}

/** Values for `personColumnNames` (the zod contract has already normalised every field). */
export function personValues(input: PersonInput): unknown[] {
  const parts = nameParts(input);
  const p = input.permanentAddress;
  const c = input.currentAddress;
  // "1992" is stored as 1992-01-01 with precision 'year' (the contract has checked the form).
  const birth = input.birthDate ? parsePartialIso(input.birthDate) : null;
  return [
    parts.familyName,
    parts.middleName,
    parts.givenName,
    joinName(parts),
    vietnameseSortKey(parts),
    input.gender ?? null,
    birth?.date ?? null,
    birth?.precision ?? 'day',
    input.cccd ?? null,
    input.oldIdNumber ?? null,
    input.phone ?? null,
    input.email ?? null,
    input.ethnicity ?? null,
    p?.line ?? null,
    p?.provinceCode ?? null,
    p?.communeCode ?? null,
    p?.codeVersion ?? null,
    c?.line ?? null,
    c?.provinceCode ?? null,
    c?.communeCode ?? null,
    c?.codeVersion ?? null,
    input.occupation ?? null,
    input.employer ?? null,
    input.educationLevel ?? null,
    input.nationality ?? 'VN',
    input.passportNo ?? null,
  ];
}

/**
 * CCCD rules on entry: a bad province code is refused; a century/gender digit that disagrees
 * with birth year or gender is refused unless the officer confirmed it. Returns warnings.
 */
export function checkPersonCccd(input: PersonInput, confirmMismatch: boolean): string[] {
  if (!input.cccd) return [];
  const issues = checkCccd(input.cccd, { birthDate: input.birthDate, gender: input.gender });
  if (issues.includes('format') || issues.includes('province')) throw new AppError('CCCD_INVALID');
  if (issues.includes('century_gender')) {
    if (!confirmMismatch) throw new AppError('CCCD_MISMATCH', { field: 'cccd' });
    return ['cccd_century_gender'];
  }
  return [];
}

/**
 * Birth date rules (a partial date judged by the earliest day it may stand for, so "2011" is not
 * refused in 2026): not after today in Vietnam, and — when admitting on `admittedOn` — old enough to work.
 */
export function checkBirthDate(input: PersonInput, today: string, admittedOn?: string): void {
  if (!input.birthDate) return;
  if (partialAfter(input.birthDate, today)) throw new AppError('BIRTH_DATE_IN_FUTURE', { field: 'birthDate' });
  if (admittedOn && !mayBeAtLeast(input.birthDate, MIN_WORKING_AGE, admittedOn))
    throw new AppError('MEMBER_TOO_YOUNG', { field: 'birthDate' });
}

/** Insert a person filed under `unitId`; a taken CCCD becomes CCCD_TAKEN (callers name the holder: takenError). */
export async function insertPerson(tx: Tx, input: PersonInput, unitId: number): Promise<number> {
  const values = personValues(input);
  const placeholders = values.map((_, i) => `$${i + 2}`).join(', ');
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO persons (unit_id, ${personColumnNames.join(', ')}) VALUES ($1, ${placeholders})
     ON CONFLICT (cccd) WHERE cccd IS NOT NULL DO NOTHING RETURNING id`,
    [unitId, ...values],
  );
  if (!rows[0]) throw new AppError('CCCD_TAKEN', { field: 'cccd' });
  return rows[0].id;
}

/** Overwrite a person's fields from a full PersonInput (profile edit, import "update"). */
export async function updatePersonRow(tx: Tx, personId: number, input: PersonInput): Promise<void> {
  const values = personValues(input);
  const sets = personColumnNames.map((c, i) => `${c} = $${i + 2}`).join(', ');
  try {
    await tx.query(`UPDATE persons SET ${sets}, updated_at = now() WHERE id = $1`, [personId, ...values]);
  } catch (error) {
    throw uniqueToAppError(error);
  }
}

/** Unique violations the user can cause, as AppErrors; anything else passes through. */
export function uniqueToAppError(error: unknown): unknown {
  const e = error as { code?: string; constraint?: string };
  if (e.code !== '23505') return error;
  if (e.constraint === 'persons_cccd') return new AppError('CCCD_TAKEN', { field: 'cccd' });
  if (e.constraint === 'memberships_one_open') return new AppError('ALREADY_ACTIVE_MEMBER');
  if (e.constraint === 'memberships_card_number' || e.constraint === 'member_cards_card_number_key')
    return new AppError('CARD_NUMBER_TAKEN');
  if (e.constraint === 'member_transfers_one_pending')
    return new AppError('MEMBERSHIP_STATE_CONFLICT', { status: 'in_transit' });
  return error;
}
