// The signature list (danh sách ký nhận) is printed and signed on paper, and an accountant checks each page
// against its own total. Rows have a fixed height (room to sign) and each page holds a fixed number of
// them, so the .docx and the PDF can end every page with "Cộng trang" and know which rows it adds up.
// The first page also carries the heading and title, so it holds fewer; every page keeps one row free for
// the grand total under the last one.

export const FIRST_PAGE_ROWS = 10;
export const PAGE_ROWS = 13;

export type SignaturePage<T> = { page: number; rows: (T & { no: number })[]; subtotalVnd: number };

/** Split the list into printed pages with their subtotals; an empty list still gets one (empty) page. */
export function signaturePages<T extends { amountVnd: number }>(
  list: T[],
  first = FIRST_PAGE_ROWS,
  rest = PAGE_ROWS,
): SignaturePage<T>[] {
  const pages: SignaturePage<T>[] = [];
  let i = 0;
  do {
    const take = pages.length === 0 ? first : rest;
    const rows = list.slice(i, i + take).map((r, k) => ({ ...r, no: i + k + 1 }));
    pages.push({ page: pages.length + 1, rows, subtotalVnd: rows.reduce((s, r) => s + r.amountVnd, 0) });
    i += take;
  } while (i < list.length);
  return pages;
}
