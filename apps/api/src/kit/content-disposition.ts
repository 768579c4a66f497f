/**
 * `Content-Disposition: attachment` for any file name, Vietnamese included: an ASCII fallback in
 * `filename` (diacritics dropped, đ → d) for old clients, and the exact name in `filename*` (RFC 6266/5987).
 */
export function attachment(fileName: string): string {
  const name = fileName.normalize('NFC');
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.\- ]/g, '_');
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
