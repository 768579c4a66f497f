import { describe, expect, it } from 'vitest';
import type { MembershipEntry } from '@congdoan/domain';
import vi from './i18n/vi.json';
import { membershipLines } from './timeline-lines';

// the Vietnamese strings themselves, so the test reads what the user reads
const t = (key: string, o: Record<string, string> = {}) => {
  const text = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], vi) as string;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => o[k] ?? '');
};
const unit = (name: string) => ({ id: 1, code: 'X', name });
const membership = (over: Partial<MembershipEntry>): MembershipEntry => ({
  id: 1,
  unit: unit('CĐCS Công ty May Quảng Trị'),
  unionGroup: null,
  admittedOn: '2020-03-01',
  admissionKind: 'new',
  status: 'active',
  statusOn: null,
  statusReason: null,
  cardNumber: null,
  cardIssuedOn: null,
  outstandingYear: null,
  partyIntroducedOn: null,
  transfers: [],
  ...over,
});

describe('membershipLines', () => {
  it('reads a transfer as a transfer, not as a new admission', () => {
    const lines = membershipLines(membership({ admissionKind: 'transfer', admittedOn: '2023-08-15' }), t);
    expect(lines).toEqual(['Ngày chuyển đến: 15/08/2023']);
  });

  it('says a transfer out once, not as a status line and a transfer line', () => {
    const left = membership({
      status: 'transferred_out',
      statusOn: '2023-08-15',
      transfers: [
        { id: 9, toUnit: unit('CĐCS Công ty Sợi Phú Bài'), requestedOn: '2023-08-15', status: 'confirmed' },
      ] as unknown as MembershipEntry['transfers'],
    });
    const lines = membershipLines(left, t);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Ngày kết nạp: 01/03/2020');
    expect(lines[1]).toContain('CĐCS Công ty Sợi Phú Bài');
    expect(lines.join(' ')).not.toContain('Đã chuyển đi');
  });
});
