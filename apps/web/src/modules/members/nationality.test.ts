import { describe, expect, it } from 'vitest';
import { nationalityName } from './nationality';

describe('nationalityName (issue 15: nationality shown as "VN")', () => {
  it('names the country in the UI language, and leaves other text alone', () => {
    expect(nationalityName('VN', 'vi')).toBe('Việt Nam');
    expect(nationalityName('vn', 'vi')).toBe('Việt Nam');
    expect(nationalityName('VN', 'en')).toBe('Vietnam');
    expect(nationalityName('Lào', 'vi')).toBe('Lào');
    expect(nationalityName(null, 'vi')).toBe('—');
  });
});
