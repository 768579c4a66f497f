import { describe, expect, it } from 'vitest';
import { applySavedMapping, detectHeader } from './detect-header';
import { matchHeader } from './import-fields';

describe('header detection', () => {
  it('matches the usual header variants ignoring diacritics and case', () => {
    expect(matchHeader('Họ và tên')).toBe('fullName');
    expect(matchHeader('HỌ VÀ TÊN')).toBe('fullName');
    expect(matchHeader('Họ tên')).toBe('fullName');
    expect(matchHeader('Số CCCD/CMND')).toBe('cccd');
    expect(matchHeader('SĐT')).toBe('phone');
    expect(matchHeader('Ngày tháng năm sinh')).toBe('birthDate');
    expect(matchHeader('Ngày sinh (dd/mm/yyyy)')).toBe('birthDate');
    expect(matchHeader('Giới tính')).toBe('gender');
    expect(matchHeader('STT')).toBe('ordinal');
    expect(matchHeader('Ghi chú')).toBeNull();
  });

  it('finds the header on row 3 below a title block and skips a column-number row', () => {
    const rows = [
      ['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ'],
      ['(Kèm theo công văn số 12/CV-CĐ)'],
      ['STT', 'HỌ VÀ TÊN', 'Ngày tháng năm sinh', 'Giới tính', 'Số CCCD/CMND', 'SĐT', 'Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['1', 'Nguyễn Văn An', '01/02/1990', 'Nam', '001090000001', '0912345678', ''],
    ];
    const d = detectHeader(rows)!;
    expect(d.headerRow).toBe(2);
    expect(d.dataStart).toBe(4);
    expect(d.fields).toEqual([null, 'fullName', 'birthDate', 'gender', 'cccd', 'phone', null]);
  });

  it('reads a two-row header: gender as two tick columns and a name split over two columns', () => {
    const rows = [
      ['TT', 'Họ và tên', '', 'Giới tính', '', 'SĐT'],
      ['', 'Họ và tên đệm', 'Tên', 'Nam', 'Nữ', ''],
      ['1', 'Nguyễn Văn', 'An', 'x', '', '0912345678'],
    ];
    const d = detectHeader(rows)!;
    expect(d.dataStart).toBe(2);
    expect(d.fields).toEqual([null, 'familyMiddleName', 'givenName', 'genderMale', 'genderFemale', 'phone']);
    expect(d.headers[3]).toBe('Giới tính / Nam');
  });

  it('reads the paper form: the birth date under "Nam" or "Nữ"', () => {
    const rows = [
      ['STT', 'Họ tên', 'Ngày sinh', ''],
      ['', '', 'Nam', 'Nữ'],
      ['1', 'Trần Thị B', '', '12/12/1992'],
    ];
    expect(detectHeader(rows)!.fields).toEqual([null, 'fullName', 'birthDateMale', 'birthDateFemale']);
  });

  it('splits a merged "Họ và tên" over two columns into family+middle and given name', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Họ và tên', 'Ngày sinh'],
      ['1', 'Nguyễn Văn', 'An', '01/01/1990'],
    ];
    expect(detectHeader(rows)!.fields).toEqual([null, 'familyMiddleName', 'givenName', 'birthDate']);
  });

  it('finds nothing in a sheet without a header', () => {
    expect(
      detectHeader([
        ['Nguyễn Văn An', '01/01/1990'],
        ['Trần Thị B', '02/02/1992'],
      ]),
    ).toBeNull();
    expect(detectHeader([])).toBeNull();
  });

  it('lets a remembered mapping override the proposal', () => {
    const d = detectHeader([['Họ tên', 'Mã NV', 'SĐT']])!;
    expect(d.fields).toEqual(['fullName', null, 'phone']);
    expect(applySavedMapping(d, { 'ma nv': 'cardNumber', sdt: null })).toEqual(['fullName', 'cardNumber', null]);
  });
});
