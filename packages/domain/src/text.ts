// Vietnamese text helpers shared by API, web and CLI.

/** NFC-normalise and trim; every text input passes through this before it is stored. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').trim();
}

/** Lower-case, without diacritics or tone marks, đ → d: "Hòa" and "Hoà" both give "hoa". */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
