import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../legacy-encoding';
import { validateImportRow } from './validate-row';
import type { ImportField } from './import-fields';

const today = new Date('2026-11-24T00:00:00Z');
const fields: (ImportField | null)[] = [null, 'fullName', 'birthDate', 'gender', 'cccd', 'phone'];
const v = (cells: (string | number | null)[], f = fields) => validateImportRow(cells, f, { today });

describe('import row validation', () => {
  it('accepts a clean row and normalises it', () => {
    const r = v([1, '  nguyễn   thị LAN ', '05/03/1990', 'Nữ', '044190012345', '0912 345 678']);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.person).toMatchObject({
      familyName: 'Nguyễn',
      middleName: 'Thị',
      givenName: 'Lan',
      fullName: 'Nguyễn Thị Lan',
      gender: 'female',
      birthDate: '1990-03-05',
      cccd: '044190012345',
      phone: '0912345678',
    });
  });

  it('reports missing required fields and bad CCCD / phone / date', () => {
    const r = v([1, '', 'hôm qua', 'X', '123', '12345']);
    expect(r.errors.map((e) => `${e.code}:${e.field}`).sort()).toEqual(
      [
        'required:name',
        'date_invalid:birthDate',
        'gender_invalid:gender',
        'cccd_invalid:cccd',
        'phone_invalid:phone',
      ].sort(),
    );
  });

  it('restores leading zeros lost in number cells, reads serial dates, infers gender from the CCCD', () => {
    const r = v([1, 'Trần Văn An', 32874, null, 44090012345, 912345678]);
    expect(r.errors).toEqual([]);
    expect(r.person).toMatchObject({
      cccd: '044090012345',
      phone: '0912345678',
      birthDate: '1990-01-01',
      gender: 'male',
    });
    expect(r.warnings.map((w) => `${w.code}:${w.field}`)).toEqual([
      'date_serial:birthDate',
      'leading_zero:cccd',
      'gender_from_cccd:gender',
      'leading_zero:phone',
    ]);
  });

  it('composes NFD names and converts TCVN3 / VNI names, showing the conversion', () => {
    const nfd = v([1, 'Nguyễn Thị Lan'.normalize('NFD'), '01/01/1990', 'Nữ', null, null]);
    expect(nfd.person.fullName).toBe('Nguyễn Thị Lan');
    expect(nfd.warnings[0]).toMatchObject({ code: 'nfd', field: 'fullName' });
    const tcvn3 = v([1, encodeTcvn3('Đặng Thị Hương'), '01/01/1990', 'Nữ', null, null]);
    expect(tcvn3.person.fullName).toBe('Đặng Thị Hương');
    expect(tcvn3.warnings[0]).toEqual({
      code: 'tcvn3',
      field: 'fullName',
      from: '§Æng ThÞ H\u00ad¬ng',
      to: 'Đặng Thị Hương',
    });
    const vni = v([1, encodeVni('Phạm Văn Đức'), '01/01/1990', 'Nam', null, null]);
    expect(vni.warnings[0]).toMatchObject({ code: 'vni', to: 'Phạm Văn Đức' });
  });

  it('reads a split name, gender tick columns and the birth date under "Nữ"', () => {
    const f: (ImportField | null)[] = ['familyMiddleName', 'givenName', 'genderMale', 'genderFemale'];
    expect(v(['Lê Văn', 'Bình', 'x', null], [...f, 'birthDate']).person).toMatchObject({
      familyName: 'Lê',
      middleName: 'Văn',
      givenName: 'Bình',
      gender: 'male',
    });
    const form = v(['Hoàng Thị', 'Mai', '12/12/1992'], ['familyMiddleName', 'givenName', 'birthDateFemale']);
    expect(form.errors).toEqual([]);
    expect(form.person).toMatchObject({ gender: 'female', birthDate: '1992-12-12' });
  });

  it('warns when the CCCD disagrees with birth year or gender', () => {
    const r = v([1, 'Trần Văn An', '01/01/1991', 'Nam', '044090012345', null]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'cccd_mismatch', field: 'cccd' }]);
  });

  it('puts each number of a mixed CCCD/CMND column in its field, and reads a CMND column', () => {
    const cccdRow = v([1, 'Trần Văn An', '01/01/1990', 'Nam', '044090012345', null]);
    expect(cccdRow.person).toMatchObject({ cccd: '044090012345', oldIdNumber: null });
    const cmndRow = v([1, 'Trần Văn An', '01/01/1990', 'Nam', '012 345 678', null]);
    expect(cmndRow.errors).toEqual([]);
    expect(cmndRow.person).toMatchObject({ cccd: null, oldIdNumber: '012345678' });
    const both = validateImportRow(
      ['Lê Thị Hoa', '1985', 'Nữ', '001185012345', '123456789'],
      ['fullName', 'birthDate', 'gender', 'cccd', 'oldIdNumber'],
      { today },
    );
    expect(both.errors).toEqual([]);
    expect(both.person).toMatchObject({ cccd: '001185012345', oldIdNumber: '123456789', birthDate: '1985' });
    const twice = validateImportRow(
      ['Lê Thị Hoa', '1985', 'Nữ', '111111111', '123456789'],
      ['fullName', 'birthDate', 'gender', 'cccd', 'oldIdNumber'],
      { today },
    );
    expect(twice.errors.map((e) => e.code)).toEqual(['id_twice']);
    const bad = validateImportRow(
      ['Lê Thị Hoa', '1985', 'Nữ', '1234567'],
      ['fullName', 'birthDate', 'gender', 'oldIdNumber'],
      {
        today,
      },
    );
    expect(bad.errors).toEqual([{ code: 'id_invalid', field: 'oldIdNumber', from: '1234567' }]);
  });

  it('repairs a lost leading zero only in a number cell, and lists the repair with the original value', () => {
    // 11 digits typed as text: a mistake, checked as written (padding would invent province 001)
    const text = v([1, 'Trần Văn An', '01/01/1990', 'Nam', '01090012345', '912345678']);
    expect(text.errors.map((e) => `${e.code}:${e.field}:${e.from}`)).toEqual([
      'cccd_invalid:cccd:01090012345',
      'phone_invalid:phone:912345678',
    ]);
    const cmnd = v([1, 'Trần Văn An', '01/01/1990', 'Nam', 12345678, null]);
    expect(cmnd.person.oldIdNumber).toBe('012345678');
    expect(cmnd.warnings).toContainEqual({
      code: 'leading_zero',
      field: 'oldIdNumber',
      from: '12345678',
      to: '012345678',
    });
  });

  it('keeps a year alone or a month and year as written, and refuses them for the admission date', () => {
    const f: (ImportField | null)[] = ['fullName', 'birthDate', 'gender', 'admittedOn'];
    expect(validateImportRow(['Lê Thị Hoa', '1992', 'Nữ'], f, { today }).person.birthDate).toBe('1992');
    expect(validateImportRow(['Lê Thị Hoa', '3/1990', 'Nữ'], f, { today }).person.birthDate).toBe('1990-03');
    expect(validateImportRow(['Lê Thị Hoa', 1992, 'Nữ'], f, { today }).warnings).toEqual([]);
    const admitted = validateImportRow(['Lê Thị Hoa', '1992', 'Nữ', '2015'], f, { today });
    expect(admitted.errors).toEqual([{ code: 'date_partial', field: 'admittedOn', from: '2015' }]);
  });

  it('refuses only those who cannot have reached the minimum working age on admission', () => {
    const f: (ImportField | null)[] = ['fullName', 'birthDate', 'gender', 'admittedOn'];
    const row = (birth: string, on: string) => validateImportRow(['Lê Thị Hoa', birth, 'Nữ', on], f, { today });
    expect(row('2010', '01/01/2025').errors).toEqual([]); // born 1 Jan 2010 would be 15
    expect(row('06/2010', '31/05/2025').errors.map((e) => e.code)).toEqual(['too_young']);
    expect(row('06/2010', '01/06/2025').errors).toEqual([]);
    expect(row('2012', '24/11/2026').errors.map((e) => e.code)).toEqual(['too_young']);
  });
});
