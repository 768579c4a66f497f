import { AppError, normaliseTaxCode, orgUnitSubkinds, type UnitFields } from '@congdoan/domain';
import type { Tx } from '../../db/tx';

/**
 * Checks that need the database or span fields: administrative codes exist in the named list version
 * (codes are reused between versions), the commune lies in the province, subkind fits kind, tax code.
 * Returns the fields normalised for storage.
 */
export async function validateUnitFields<T extends Partial<UnitFields>>(tx: Tx, fields: T, kind: string): Promise<T> {
  const out = { ...fields };
  if (fields.subkind) {
    const allowed = (orgUnitSubkinds as Record<string, readonly string[]>)[kind] ?? [];
    if (!allowed.includes(fields.subkind)) throw new AppError('SUBKIND_INVALID', { subkind: fields.subkind, kind });
  }
  const grassrootsOnly = [
    'sector',
    'employerName',
    'employerTaxCode',
    'employerIndustry',
    'employerAddress',
    'employerWorkers',
  ] as const;
  if (kind !== 'grassroots_union' && grassrootsOnly.some((k) => fields[k] !== undefined && fields[k] !== null))
    throw new AppError('SECTOR_ONLY_GRASSROOTS');
  // An emptied field clears the tax code (the column's CHECK refuses '', which was a 500).
  if (fields.employerTaxCode?.trim() === '') out.employerTaxCode = null;
  else if (fields.employerTaxCode) {
    const tax = normaliseTaxCode(fields.employerTaxCode);
    if (!tax) throw new AppError('TAX_CODE_INVALID', { value: fields.employerTaxCode, field: 'employerTaxCode' });
    out.employerTaxCode = tax;
  }
  const version = fields.adminVersion;
  if ((fields.provinceCode || fields.communeCode || fields.districtCode) && !version)
    throw new AppError('ADMIN_VERSION_REQUIRED', { field: 'adminVersion' });
  if (version && fields.provinceCode) {
    const p = await tx.query('SELECT 1 FROM admin_provinces WHERE version = $1 AND code = $2', [
      version,
      fields.provinceCode,
    ]);
    if (!p.rowCount)
      throw new AppError('ADMIN_CODE_UNKNOWN', { code: fields.provinceCode, version, field: 'provinceCode' });
  }
  if (version && fields.districtCode) {
    const d = await tx.query('SELECT 1 FROM admin_districts WHERE version = $1 AND code = $2 AND province_code = $3', [
      version,
      fields.districtCode,
      fields.provinceCode ?? '',
    ]);
    if (!d.rowCount)
      throw new AppError('ADMIN_CODE_UNKNOWN', { code: fields.districtCode, version, field: 'districtCode' });
  }
  if (version && fields.communeCode) {
    const c = await tx.query('SELECT 1 FROM admin_communes WHERE version = $1 AND code = $2 AND province_code = $3', [
      version,
      fields.communeCode,
      fields.provinceCode ?? '',
    ]);
    if (!c.rowCount)
      throw new AppError('ADMIN_CODE_UNKNOWN', { code: fields.communeCode, version, field: 'communeCode' });
  }
  return out;
}

/** Column ← field for the editable attributes. */
export const editableColumns: Record<string, string> = {
  name: 'name',
  shortName: 'short_name',
  kind: 'kind',
  subkind: 'subkind',
  adminVersion: 'admin_version',
  provinceCode: 'province_code',
  districtCode: 'district_code',
  communeCode: 'commune_code',
  address: 'address',
  phone: 'phone',
  email: 'email',
  foundedOn: 'founded_on',
  sector: 'sector',
  employerName: 'employer_name',
  employerTaxCode: 'employer_tax_code',
  employerIndustry: 'employer_industry',
  employerAddress: 'employer_address',
  employerWorkers: 'employer_workers',
};
