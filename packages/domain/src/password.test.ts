import { describe, expect, it } from 'vitest';
import { isStrongPassword } from './password';

describe('password policy', () => {
  it('needs 10+ characters with a letter and a digit', () => {
    expect(isStrongPassword('Congdoan2026')).toBe(true);
    expect(isStrongPassword('Mậtkhẩu2026')).toBe(true);
    expect(isStrongPassword('short1')).toBe(false);
    expect(isStrongPassword('onlyletterslong')).toBe(false);
    expect(isStrongPassword('1234567890123')).toBe(false);
  });
  it('refuses a password containing the login name', () => {
    expect(isStrongPassword('qt.canbo2026x', 'qt.canbo')).toBe(false);
    expect(isStrongPassword('Congdoan2026', 'qt.canbo')).toBe(true);
  });
});
