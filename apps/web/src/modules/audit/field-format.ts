import type { TFunction } from 'i18next';
import { auditUnitColumns, formatDateTimeVN, formatDateVN, formatMoneyVN, formatNumberVN } from '@congdoan/domain';
import i18n from '../../app/i18n';
import hidden from './hidden-columns.json';

// Technical columns (ids, keys, derived copies) mean nothing to an official: history leaves them out.
const HIDDEN = new Set<string>(hidden);

const UNIT_COLUMNS = new Set(auditUnitColumns);

// Enumerated values and where their labels live.
const ENUMS: Record<string, string> = {
  status: 'members.status',
  gender: 'members.gender',
  sector: 'members.sector',
  admission_kind: 'members.admissionKind',
  kind: 'unitKinds',
  subkind: 'unitKinds',
  role: 'roles',
};

export function isShownField(field: string): boolean {
  return !HIDDEN.has(field);
}

/** The changed fields worth showing, in words. */
export function shownFields(t: TFunction, fields: string[]): string[] {
  return fields.filter(isShownField).map((f) => fieldLabel(t, f));
}

export function fieldLabel(t: TFunction, field: string): string {
  return i18n.exists(`audit.columns.${field}`) ? t(`audit.columns.${field}`) : field;
}

/** One audited value as an official reads it: dates dd/mm/yyyy, money in đồng, units by name, labels for codes. */
export function formatValue(
  t: TFunction,
  field: string,
  value: unknown,
  unitNames: Record<string, string> = {},
): string {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  const unitName =
    UNIT_COLUMNS.has(field) && (typeof value === 'number' || typeof value === 'string') ? unitNames[value] : undefined;
  if (unitName) return unitName;
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateVN(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTimeVN(value);
    if (field.endsWith('_vnd')) return formatMoneyVN(value);
    const enumKey = ENUMS[field] && `${ENUMS[field]}.${value}`;
    if (enumKey && i18n.exists(enumKey)) return t(enumKey);
    if (field === 'nationality' && value === 'VN') return t('audit.vietnam');
    return value;
  }
  if (typeof value === 'number') {
    if (field.endsWith('_vnd')) return formatMoneyVN(value);
    // Ids and years are names, not quantities: no thousands separator.
    return /(^|_)(id|year)$/.test(field) ? String(value) : formatNumberVN(value);
  }
  return JSON.stringify(value);
}
