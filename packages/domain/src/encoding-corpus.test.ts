import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from './legacy-encoding';
import { decodeRow, detectSheetEncoding } from './encoding-detection';

// Real-world strings nobody here wrote: the names of Vietnam's provinces, districts and communes, before and
// after the 2025 reform (reference/vn-admin-units, MIT, © Thang Le Quoc and © dvhcvn; see SOURCE.md there).
const dir = new URL('../../../reference/vn-admin-units/', import.meta.url);
const files = [
  'old_provinces_pre2025.csv',
  'old_districts_pre2025.csv',
  'old_communes_pre2025.csv',
  'provinces_2025-07-01.csv',
  'communes_2025-07-01.csv',
];

/** The full_name column ("Xã Ẳng Cang") of every file, repeats included (each is a row someone typed). */
function names(): string[] {
  const out: string[] = [];
  for (const f of files) {
    const [head, ...lines] = fs.readFileSync(new URL(f, dir), 'utf8').trim().split('\n');
    const col = head!.split(',').indexOf('full_name');
    for (const line of lines) out.push(line.split(',')[col]!.trim());
  }
  return out;
}

// TCVN3 (.VnTime) has codes for lower-case letters and for Ă Â Ê Ô Ơ Ư Đ only: a capital toned vowel
// ("Ẳng") can only be typed in lower case there. That is what such a file holds, and what comes back.
const tcvn3Capitals = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
const asTcvn3Holds = (s: string) =>
  [...s].map((c) => (/[À-ỹ]/.test(c) && c !== c.toLowerCase() && !tcvn3Capitals.has(c) ? c.toLowerCase() : c)).join('');

describe('corpus: over 13,000 administrative unit names', () => {
  const corpus = names();

  it('has the names', () => {
    expect(corpus.length).toBeGreaterThan(13_000);
  });

  for (const [encoding, encode, expected] of [
    ['vni', encodeVni, (s: string) => s],
    ['tcvn3', encodeTcvn3, asTcvn3Holds],
  ] as const) {
    it(`reads them all back exactly from one ${encoding} column (file-level detection)`, () => {
      const rows = corpus.map((n) => [encode(n)]);
      const found = detectSheetEncoding(encode('Danh mục đơn vị hành chính'), [[encode('Tên đơn vị')], ...rows]);
      expect(found).toEqual({ detected: encoding, columns: [encoding] });
      const wrong = corpus.filter((n, i) => decodeRow(rows[i]!, found)[0] !== expected(n));
      // In TCVN3, "X· SRã" is "Xã SRó" in .VnTime and "XÃ SRÓ" in .VnTimeH: the bytes cannot tell, and a
      // cell whose telling letters are all capitals is read as .VnTimeH. One name has that shape.
      const ambiguous = ['Xã SRó'];
      expect([...new Set(wrong)].sort()).toEqual(encoding === 'vni' ? [] : ambiguous.sort());
    });
  }

  it('leaves them untouched when they are already Unicode', () => {
    const found = detectSheetEncoding(
      'Danh mục',
      corpus.map((n) => [n]),
    );
    expect(found.detected).toBe('unicode');
  });
});
