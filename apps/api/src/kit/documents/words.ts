import { formatNumberVN } from '@congdoan/domain';
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const config = new ReadingConfig();
config.unit = ['đồng'];
config.oddText = 'linh'; // "một trăm linh một", the written form of administrative documents

/** 101000000 → "Một trăm linh một triệu đồng": an amount in words, first letter capitalised. */
export function moneyInWords(amount: number | string): string {
  const digits = typeof amount === 'string' ? amount.trim() : String(Math.round(amount));
  const words = doReadNumber(digits, config);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 101000000 → "101.000.000 đồng (Một trăm linh một triệu đồng)". */
export function amountWithWords(amount: number): string {
  return `${formatNumberVN(amount)} đồng (${moneyInWords(amount)})`;
}
