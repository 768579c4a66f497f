import { describe, expect, it } from 'vitest';
import { personDetails } from './person-label';

const unit = { id: 1, code: 'QT-0104', name: 'CĐCS Sợi Quảng Trị' };

describe('personDetails (issue 15 item 7: six "Nguyễn Thị Lan" told apart)', () => {
  it('gives birth year, union and the CCCD tail when the whole number was shown', () => {
    expect(personDetails({ birthDate: '1976-05-02', cccd: '044176004401', unit }, 'CCCD')).toBe(
      '1976 · CĐCS Sợi Quảng Trị · CCCD …401',
    );
  });
  it('shows no CCCD digits to whoever got it masked', () => {
    expect(personDetails({ birthDate: '1976-05-02', cccd: '*********401', unit }, 'CCCD')).toBe(
      '1976 · CĐCS Sợi Quảng Trị',
    );
    expect(personDetails({ birthDate: null, cccd: null, unit: null }, 'CCCD')).toBe('');
  });
});
