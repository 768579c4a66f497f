import { foldVietnamese, type ImportField, type RowIssue } from '@congdoan/domain';
import type { ExtraColumns } from '../../member-import';

type Cell = string | number | boolean | null | undefined;

const textOf = (v: Cell) => (v === null || v === undefined ? '' : String(v).normalize('NFC').trim());

/**
 * An amount as officials type it: 600000, "600.000", "600,000", "600 000 đ". Whole đồng, not negative;
 * null when empty, 'invalid' otherwise (a fraction, a minus, words).
 */
export function parseVnd(v: Cell): number | null | 'invalid' {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : 'invalid';
  const t = String(v)
    .trim()
    .replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, '')
    .trim();
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(t)) return Number(t.replace(/[.,\s]/g, ''));
  if (/^\d{1,15}$/.test(t)) return Number(t);
  return 'invalid';
}

/**
 * The nomination's own columns of a list (reason, hardship category, amount), staged beside the person's.
 * A category is matched to the programme's spelling whatever its accents or case ("kho khan" = "Khó khăn").
 */
export function nominationColumns(categories: string[]): ExtraColumns {
  const byFolded = new Map(categories.map((c) => [foldVietnamese(c.normalize('NFC')).trim(), c]));
  return {
    requireBirthAndGender: false,
    columns: ['reason', 'hardship_category', 'amount_vnd'],
    read(cells, fields) {
      const errors: RowIssue[] = [];
      const cell = (f: ImportField) => {
        const c = fields.indexOf(f);
        return c < 0 ? null : cells[c];
      };
      const reason = textOf(cell('reason'));
      if (!reason) errors.push({ code: 'required', field: 'reason' });
      if (reason.length > 2000) errors.push({ code: 'too_long', field: 'reason' });
      let category: string | null = textOf(cell('hardshipCategory')) || null;
      if (category) category = byFolded.get(foldVietnamese(category).trim()) ?? category;
      if (category && category.length > 100) errors.push({ code: 'too_long', field: 'hardshipCategory' });
      const amount = parseVnd(cell('amountVnd'));
      if (amount === 'invalid')
        errors.push({ code: 'amount_invalid', field: 'amountVnd', from: textOf(cell('amountVnd')) });
      return { values: [reason || null, category, amount === 'invalid' ? null : amount], errors };
    },
  };
}
