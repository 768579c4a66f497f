// Vietnamese writes 25.000.000 and 8,3 %: one formatter for the screens, the .xlsx and the .docx.
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 25000000 → "25.000.000"; 8.25 → "8,3" (one decimal at most). */
export function formatNumberVN(value: number): string {
  return (Number.isInteger(value) ? integer : decimal).format(value);
}

/** An amount in đồng (integer, or the bigint's decimal string) → "80.000.000 đ". */
export function formatMoneyVN(value: number | string): string {
  const digits = typeof value === 'string' ? value.trim() : String(Math.trunc(value));
  if (!/^-?\d+$/.test(digits)) return String(value);
  const negative = digits.startsWith('-');
  const grouped = digits.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped} đ`;
}

/** A share as a Vietnamese percentage: 0.0833 → "8,3 %". */
export function formatPercentVN(ratio: number): string {
  return `${decimal.format(ratio * 100)} %`;
}
