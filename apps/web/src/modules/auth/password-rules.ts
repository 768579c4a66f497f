import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@congdoan/domain';

export type PasswordProblem = 'tooShort' | 'tooLong' | 'needsLetterAndDigit' | 'containsUsername' | 'weak';

/** Why a new password would be refused, in the order a person can fix it; null when it is fine. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if (isStrongPassword(password, username)) return null;
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > 200) return 'tooLong';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'needsLetterAndDigit';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'containsUsername';
  return 'weak';
}
