import { fixLegacyVietnamese } from '../legacy-encoding';
import { todayVN } from '../dates';
import { checkCccd, decodeCccd, normaliseCccd, type Gender } from '../members/cccd';
import { isOldId, normaliseOldId } from '../members/old-id';
import { mayBeAtLeast, MIN_WORKING_AGE } from '../partial-date';
import { joinName, normaliseName, splitName, type NameParts } from '../members/names';
import { normalisePhone } from '../members/phone';
import { foldHeader, type ImportField } from './import-fields';
import { parseImportDate } from './import-dates';

/** One finding on a row: an error keeps the row out; a warning is shown and the row goes in. */
export type RowIssue = { code: string; field?: ImportField | 'name'; from?: string; to?: string };

/** A row ready for the database: the persons columns plus the membership's. */
export type ImportedPerson = NameParts & {
  fullName: string;
  gender: Gender | null;
  /** As precise as written: "1992", "1990-03" or "1990-03-15". */
  birthDate: string | null;
  cccd: string | null;
  /** Old 9-digit ID number (CMND). */
  oldIdNumber: string | null;
  phone: string | null;
  email: string | null;
  ethnicity: string | null;
  permanentAddress: string | null;
  currentAddress: string | null;
  occupation: string | null;
  employer: string | null;
  educationLevel: string | null;
  nationality: string | null;
  passportNo: string | null;
  admittedOn: string | null;
  cardNumber: string | null;
};

export type ValidatedRow = { person: ImportedPerson; errors: RowIssue[]; warnings: RowIssue[] };

type Cell = string | number | boolean | null | undefined;

const textLimits: Partial<Record<ImportField, number>> = {
  email: 200,
  ethnicity: 50,
  permanentAddress: 300,
  currentAddress: 300,
  occupation: 200,
  employer: 300,
  educationLevel: 100,
  passportNo: 30,
  cardNumber: 40,
};

function isTick(value: Cell): boolean {
  if (value === true) return true;
  if (value === null || value === undefined || value === false) return false;
  const t = foldHeader(String(value));
  return t !== '' && !['0', 'khong', 'no', 'false'].includes(t);
}

function genderOf(value: Cell): Gender | null | 'invalid' {
  if (value === null || value === undefined || value === '') return null;
  const t = foldHeader(String(value));
  if (['nam', 'm', 'male', 'trai', '1'].includes(t)) return 'male';
  if (['nu', 'f', 'female', 'gai', '0', '2'].includes(t)) return 'female';
  return 'invalid';
}

/**
 * Validate and normalise one data row under a mapping (`fields[c]` is the meaning of column c).
 * Pure: matching against the database and duplicates across rows happen afterwards, in SQL.
 */
export function validateImportRow(
  cells: Cell[],
  fields: (ImportField | null)[],
  opts: { today?: Date; formulas?: number[]; requireBirthAndGender?: boolean } = {},
): ValidatedRow {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const raw = new Map<ImportField, Cell>();
  fields.forEach((f, c) => {
    if (f && cells[c] !== null && cells[c] !== undefined && cells[c] !== '') raw.set(f, cells[c]);
  });
  for (const c of opts.formulas ?? []) {
    const f = fields[c];
    if (f) warnings.push({ code: 'formula', field: f });
  }

  /** Text of a field: NFC, legacy encodings converted, each change reported. */
  const text = (field: ImportField): string | null => {
    const v = raw.get(field);
    if (v === undefined || v === null) return null;
    const s = String(v);
    let out = s.normalize('NFC').trim();
    if (out !== s.trim() && s !== s.normalize('NFC')) warnings.push({ code: 'nfd', field, to: out });
    const fixed = fixLegacyVietnamese(out);
    if (fixed.encoding) {
      warnings.push({ code: fixed.encoding, field, from: out, to: fixed.text });
      out = fixed.text;
    }
    const max = textLimits[field];
    if (max && out.length > max) {
      errors.push({ code: 'too_long', field });
      return null;
    }
    return out || null;
  };

  // Name: one column, or split over family+middle | given, or three columns.
  let parts: NameParts = { familyName: '', middleName: '', givenName: '' };
  const full = text('fullName');
  const given = text('givenName');
  if (given) {
    const familyMiddle = text('familyMiddleName');
    const family = text('familyName');
    const middle = text('middleName');
    if (familyMiddle) parts = splitName(`${familyMiddle} ${given}`);
    else {
      parts = {
        familyName: family ? normaliseName(family) : '',
        middleName: middle ? normaliseName(middle) : '',
        givenName: normaliseName(given),
      };
    }
  } else if (full) parts = splitName(full);
  if (!parts.givenName) errors.push({ code: 'required', field: 'name' });
  if (joinName(parts).length > 200) errors.push({ code: 'too_long', field: 'name' });

  /** A date as precise as the cell; `fullOnly` refuses a month/year or a year alone. */
  const date = (field: ImportField, minYear: number, fullOnly = false) => {
    const v = raw.get(field);
    const parsed = parseImportDate(v, { today: opts.today, minYear });
    if (!parsed) return null;
    if (!parsed.ok) {
      errors.push({
        code: parsed.error === 'DATE_INVALID' ? 'date_invalid' : 'date_out_of_range',
        field,
        from: String(v),
      });
      return null;
    }
    if (fullOnly && parsed.precision !== 'day') {
      errors.push({ code: 'date_partial', field, from: String(v) });
      return null;
    }
    if (parsed.source === 'serial') warnings.push({ code: 'date_serial', field, from: String(v), to: parsed.date });
    if (parsed.warning) warnings.push({ code: parsed.warning.toLowerCase(), field, from: String(v), to: parsed.date });
    return parsed.date;
  };

  // Gender: one column, two tick columns, or the birth date written under "Nam" / "Nữ".
  let gender: Gender | null = null;
  let birthDate: string | null = null;
  const g = genderOf(raw.get('gender') ?? null);
  if (g === 'invalid') errors.push({ code: 'gender_invalid', field: 'gender', from: String(raw.get('gender')) });
  else gender = g;
  if (!gender && isTick(raw.get('genderMale'))) gender = 'male';
  if (!gender && isTick(raw.get('genderFemale'))) gender = 'female';
  birthDate = date('birthDate', 1900);
  if (!birthDate && raw.has('birthDateMale')) {
    birthDate = date('birthDateMale', 1900);
    gender ??= 'male';
  } else if (!birthDate && raw.has('birthDateFemale')) {
    birthDate = date('birthDateFemale', 1900);
    gender ??= 'female';
  }

  // Identity numbers: a CCCD column, a CMND column, or one mixed "Số CCCD/CMND" column. Each value goes
  // to the field its length says (12 digits: CCCD, 9: CMND); a person can have both.
  let cccd: string | null = null;
  let oldIdNumber: string | null = null;
  for (const field of ['cccd', 'oldIdNumber'] as const) {
    const v = raw.get(field);
    if (v === undefined || v === null) continue;
    const input = typeof v === 'number' ? v : String(v);
    const asCccd = normaliseCccd(input);
    const asOld = normaliseOldId(input);
    const kind = /^\d{12}$/.test(asCccd.value) ? 'cccd' : isOldId(asOld.value) ? 'oldIdNumber' : null;
    if (!kind) {
      errors.push({ code: field === 'cccd' ? 'cccd_invalid' : 'id_invalid', field, from: String(v) });
      continue;
    }
    const value = kind === 'cccd' ? asCccd.value : asOld.value;
    const current: string | null = kind === 'cccd' ? cccd : oldIdNumber;
    if (current !== null && current !== value) {
      errors.push({ code: 'id_twice', field: kind, from: `${current}, ${value}` });
      continue;
    }
    if (kind === 'cccd') {
      const issues = checkCccd(value, { birthDate, gender });
      if (issues.includes('format') || issues.includes('province')) {
        errors.push({ code: 'cccd_invalid', field, from: String(v) });
        continue;
      }
      cccd = value;
      if (asCccd.restoredZeros) warnings.push({ code: 'leading_zero', field: 'cccd', from: String(v), to: value });
      if (issues.includes('century_gender')) warnings.push({ code: 'cccd_mismatch', field: 'cccd' });
      if (!gender) {
        gender = decodeCccd(value)!.gender;
        // Worth saying only where the gender is written into a new record (not for a nomination list).
        if (opts.requireBirthAndGender ?? true)
          warnings.push({ code: 'gender_from_cccd', field: 'gender', to: gender });
      }
    } else {
      oldIdNumber = value;
      if (asOld.restoredZero) warnings.push({ code: 'leading_zero', field: 'oldIdNumber', from: String(v), to: value });
    }
  }
  // A new member needs both; a nomination list finds its people in the registry and may leave them out.
  const required = opts.requireBirthAndGender ?? true;
  if (required && !birthDate && !errors.some((e) => e.field?.startsWith('birthDate'))) {
    errors.push({ code: 'required', field: 'birthDate' });
  }
  if (required && !gender && !errors.some((e) => e.field === 'gender')) {
    errors.push({ code: 'required', field: 'gender' });
  }

  let phone: string | null = null;
  const rawPhone = raw.get('phone');
  if (rawPhone !== undefined && rawPhone !== null) {
    const p = normalisePhone(typeof rawPhone === 'number' ? rawPhone : String(rawPhone));
    if (!p) errors.push({ code: 'phone_invalid', field: 'phone', from: String(rawPhone) });
    else {
      phone = p.value;
      if (p.restoredZero) warnings.push({ code: 'leading_zero', field: 'phone', from: String(rawPhone), to: p.value });
    }
  }

  let email = text('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push({ code: 'email_invalid', field: 'email', from: email });
    email = null;
  }
  const nationalityText = text('nationality');
  const nationality = nationalityText
    ? /^[A-Za-z]{2}$/.test(nationalityText)
      ? nationalityText.toUpperCase()
      : /^vi[eệ]t nam$/i.test(nationalityText) || foldHeader(nationalityText) === 'viet nam'
        ? 'VN'
        : null
    : null;
  if (nationalityText && !nationality) warnings.push({ code: 'nationality_unknown', field: 'nationality' });

  const person: ImportedPerson = {
    ...parts,
    fullName: joinName(parts),
    gender,
    birthDate,
    cccd,
    oldIdNumber,
    phone,
    email: email?.toLowerCase() ?? null,
    ethnicity: text('ethnicity'),
    permanentAddress: text('permanentAddress'),
    currentAddress: text('currentAddress'),
    occupation: text('occupation'),
    employer: text('employer'),
    educationLevel: text('educationLevel'),
    nationality,
    passportNo: text('passportNo'),
    // The admission date starts a membership (cards, targets, dues): it needs the day.
    admittedOn: date('admittedOn', 1929, true),
    cardNumber: text('cardNumber'),
  };
  // Minimum working age on the admission date (or today): judged by the earliest possible birthday.
  const on = person.admittedOn ?? todayVN(opts.today ?? new Date());
  if (birthDate && !mayBeAtLeast(birthDate, MIN_WORKING_AGE, on)) {
    errors.push({ code: 'too_young', field: 'birthDate', from: birthDate });
  }
  return { person, errors, warnings };
}
