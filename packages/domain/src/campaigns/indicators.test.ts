import { describe, expect, it } from 'vitest';
import { addIndicators, documentDate } from './indicators';

describe('campaign helpers', () => {
  it('writes document dates the Nghị định 30 way', () => {
    expect(documentDate(new Date('2026-02-05T03:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026');
    expect(documentDate(new Date('2024-11-20T03:00:00Z'))).toBe('ngày 20 tháng 11 năm 2024');
    expect(documentDate(new Date('2024-04-30T20:00:00Z'))).toBe('ngày 01 tháng 5 năm 2024');
  });
  it('adds indicator maps key by key', () => {
    expect(addIndicators({ dialogues: 1, giftsVnd: 500000 }, { dialogues: 2, participants: 3 })).toEqual({
      dialogues: 3,
      giftsVnd: 500000,
      participants: 3,
    });
  });
});
