// Password policy (shared by API validation and the web form): at least 10 characters,
// a letter and a digit, and not containing the login name.
export const PASSWORD_MIN_LENGTH = 10;

export function isStrongPassword(password: string, username?: string): boolean {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > 200) return false;
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return false;
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return false;
  return true;
}
