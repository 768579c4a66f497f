import { describe, expect, it } from 'vitest';
import i18n from '../../app/i18n';
import '../../app/modules/register-translations';
import { formatValue, shownFields } from './field-format';

const t = i18n.getFixedT('vi');

describe('audited values as an official reads them', () => {
  it('labels fields in Vietnamese and hides technical columns', () => {
    expect(shownFields(t, ['admin_version', 'card_number', 'created_at', 'admitted_on', 'federation_id'])).toEqual([
      'Số thẻ đoàn viên',
      'Ngày kết nạp',
    ]);
  });

  it('formats dates, instants, money, enums, booleans, nationality, years and unit names', () => {
    expect(formatValue(t, 'admitted_on', '2023-08-15')).toBe('15/08/2023');
    expect(formatValue(t, 'decided_at', '2024-05-16T01:30:00.000Z')).toBe('16/05/2024 08:30');
    expect(formatValue(t, 'budget_vnd', 80_000_000)).toBe('80.000.000 đ');
    expect(formatValue(t, 'status', 'in_transit')).toBe('Đang chuyển sinh hoạt');
    expect(formatValue(t, 'kind', 'grassroots_union')).toBe('Công đoàn cơ sở');
    expect(formatValue(t, 'registration_enabled', true)).toBe('Có');
    expect(formatValue(t, 'nationality', 'VN')).toBe('Việt Nam');
    expect(formatValue(t, 'outstanding_year', 2024)).toBe('2024');
    expect(formatValue(t, 'capacity', 25000)).toBe('25.000');
    expect(formatValue(t, 'parent_id', 12, { '12': 'Công đoàn xã Khe Sanh' })).toBe('Công đoàn xã Khe Sanh');
    expect(formatValue(t, 'note', null)).toBe('(trống)');
  });
});
