// One synthetic person: name parts at real frequencies (shared lists with the demo), full name and
// sort key from the same domain helpers the app uses, a CCCD consistent with gender and birth year,
// a mobile phone. CCCDs and phones are unique by construction: within each CCCD bucket (place,
// century+gender, year) the serial is an affine permutation of a counter, never a random draw.
import { joinName, makeCccd, vietnameseSortKey, type Gender } from '@congdoan/domain';
import { ethnicities, familyNames, given, middle, mobilePrefixes, occupations } from '../members';
import { rng, values, weightedIndex, weights, type Rng } from './rng';

type Name = { family: string; middle: string; given: string; full: string; sortKey: string };

const educations = [
  'Trung học phổ thông',
  'Trung học phổ thông',
  'Trung cấp',
  'Cao đẳng',
  'Đại học',
  'Đại học',
  'Thạc sĩ',
];

/** 32-bit FNV-1a, to derive per-bucket permutation constants from the seed. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export type PersonFactory = ReturnType<typeof personFactory>;

export function personFactory(seed: number, takenCccd: ReadonlySet<string>) {
  const r: Rng = rng(seed, 3);
  const family = { values: values(familyNames), pick: weightedIndex(weights(familyNames)) };
  const byGender = (g: Gender) => ({
    middle: { values: values(middle[g]), pick: weightedIndex(weights(middle[g])) },
    given: { values: values(given[g]), pick: weightedIndex(weights(given[g])) },
  });
  const parts = { male: byGender('male'), female: byGender('female') };
  const ethnicity = { values: values(ethnicities), pick: weightedIndex(weights(ethnicities)) };
  const names: (Name | undefined)[] = [];
  const buckets = new Map<string, { next: number; a: number; b: number }>();
  let phones = 0;
  // k → (a·k + b) mod (prefixes × 10^7) is a permutation (a coprime with 2, 5 and 29): unique phones
  const phoneSpace = mobilePrefixes.length * 10_000_000;
  const phoneA = 1_000_003;
  const phoneB = hash('phone', seed) % phoneSpace;

  return {
    rand: r,
    name(gender: Gender): Name {
      const g = parts[gender];
      const fi = family.pick(r.next());
      const mi = g.middle.pick(r.next());
      const gi = g.given.pick(r.next());
      const key = (((gender === 'female' ? 1 : 0) * 64 + fi) * 64 + mi) * 64 + gi;
      let name = names[key];
      if (!name) {
        const p = { familyName: family.values[fi]!, middleName: g.middle.values[mi]!, givenName: g.given.values[gi]! };
        name = {
          family: p.familyName,
          middle: p.middleName,
          given: p.givenName,
          full: joinName(p),
          sortKey: vietnameseSortKey(p),
        };
        names[key] = name;
      }
      return name;
    },
    cccd(place: string, birthYear: number, gender: Gender): string {
      const prefix = makeCccd(place, birthYear, gender, 0).slice(0, 6);
      let b = buckets.get(prefix);
      if (!b) {
        const h = hash(prefix, seed);
        // a ≡ 1, 3, 7 or 9 (mod 10): coprime with 10^6, so k → a·k + b is a permutation of 0…999999
        b = { next: 0, a: (h % 100_000) * 10 + [1, 3, 7, 9][h % 4]!, b: hash(prefix, seed ^ 0x5bd1e995) % 1_000_000 };
        buckets.set(prefix, b);
      }
      for (;;) {
        if (b.next >= 1_000_000) throw new Error(`CCCD bucket ${prefix} full`);
        const serial = (b.a * b.next++ + b.b) % 1_000_000;
        const cccd = prefix + String(serial).padStart(6, '0');
        if (!takenCccd.has(cccd)) return cccd;
      }
    },
    phone(): string {
      const v = (phoneA * phones++ + phoneB) % phoneSpace;
      return (
        mobilePrefixes[v % mobilePrefixes.length]! + String(Math.floor(v / mobilePrefixes.length)).padStart(7, '0')
      );
    },
    ethnicity: () => ethnicity.values[ethnicity.pick(r.next())]!,
    occupation: (subkind: string) => r.pick(occupations[subkind] ?? occupations.enterprise!),
    education: () => r.pick(educations),
  };
}
