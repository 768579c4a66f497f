// Tết Market voucher codes: read aloud over the phone and typed at a shop counter, so the alphabet has no look-alikes
// (no 0, O, 1, I, L or U) and the last character is a Luhn mod 30 check that catches any single mistyped
// character and most swapped neighbours before the server is even asked.

export const VOUCHER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = VOUCHER_ALPHABET.length; // 30
/** 11 random characters (30^11 ≈ 1.8·10^16, 54 bits) + 1 check character. */
export const VOUCHER_CODE_LENGTH = 12;

const value = (c: string) => VOUCHER_ALPHABET.indexOf(c);

function luhnSum(chars: string, startFactor: 1 | 2): number {
  let factor = startFactor;
  let sum = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const addend = factor * value(chars[i]!);
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return sum;
}

/** The check character for a body of alphabet characters. */
export function voucherCheckChar(body: string): string {
  return VOUCHER_ALPHABET[(N - (luhnSum(body, 2) % N)) % N]!;
}

/**
 * A new code from random bytes (pass crypto-random bytes; at least 11, more when some are rejected). Bytes ≥ 240 are
 * skipped so every character is equally likely. Returns null when the bytes ran out (ask again with more).
 */
export function voucherCodeFromBytes(bytes: Uint8Array): string | null {
  let body = '';
  for (const b of bytes) {
    if (b >= 240) continue;
    body += VOUCHER_ALPHABET[b % N];
    if (body.length === VOUCHER_CODE_LENGTH - 1) return body + voucherCheckChar(body);
  }
  return null;
}

/** What a person typed → the stored form: spaces and dashes dropped, upper case. Not yet checked. */
export function normaliseVoucherCode(input: string): string {
  return input.replace(/[\s\-.]/g, '').toUpperCase();
}

/** A stored-form code is well formed: 12 characters of the alphabet and a right check character. */
export function isValidVoucherCode(code: string): boolean {
  if (code.length !== VOUCHER_CODE_LENGTH) return false;
  for (const c of code) if (value(c) < 0) return false;
  return luhnSum(code, 1) % N === 0;
}

/** "K7QM4XWP9H3T" → "K7QM-4XWP-9H3T" (how it is printed and read). */
export function formatVoucherCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
