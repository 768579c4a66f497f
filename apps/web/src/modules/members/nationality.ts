/**
 * A nationality as people read it: records keep the ISO code ("VN", from imports and the form), the
 * page shows the country's name in the UI language ("Việt Nam"). Text that is not a code is shown as is.
 */
export function nationalityName(value: string | null | undefined, lang: string): string {
  const raw = value?.trim();
  if (!raw) return '—';
  if (!/^[A-Za-z]{2}$/.test(raw)) return raw;
  try {
    return new Intl.DisplayNames([lang, 'vi'], { type: 'region', fallback: 'code' }).of(raw.toUpperCase()) ?? raw;
  } catch {
    return raw;
  }
}
