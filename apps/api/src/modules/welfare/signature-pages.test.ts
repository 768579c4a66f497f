import { describe, expect, it } from 'vitest';
import { signaturePages } from './signature-pages';

describe('signature list pages', () => {
  it('puts 10 rows on the first page and 13 on the next, numbering on and adding up each page', () => {
    const list = Array.from({ length: 30 }, (_, i) => ({ amountVnd: (i + 1) * 1000 }));
    const pages = signaturePages(list);
    expect(pages.map((p) => p.rows.length)).toEqual([10, 13, 7]);
    expect(pages[1]!.rows[0]!.no).toBe(11);
    expect(pages[2]!.rows.at(-1)!.no).toBe(30);
    expect(pages[0]!.subtotalVnd).toBe(55_000);
    expect(pages.reduce((s, p) => s + p.subtotalVnd, 0)).toBe(465_000);
  });

  it('gives an empty list one empty page, and a list of exactly one page no empty second one', () => {
    expect(signaturePages([])).toEqual([{ page: 1, rows: [], subtotalVnd: 0 }]);
    expect(signaturePages(Array.from({ length: 10 }, () => ({ amountVnd: 1 }))).length).toBe(1);
  });
});
