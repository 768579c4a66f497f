// The member rows, as COPY text: every person with five years of membership history (admissions,
// confirmed transfers within the federation, departures, a few transfers pending), their cards and
// transfer records. Persons are yielded in chunks for the COPY stream; memberships, cards and
// transfers go to sinks (temporary files) and are loaded after, all in id order.
import type { Gender } from '@congdoan/domain';
import { defaultCardPattern, renderCardNumber } from '../members';
import type { Grassroots, TreePlan } from './plan-tree';
import { copyValue } from '../../db/copy-text';
import { personFactory } from './people';

/** The dataset's "today" (fixed: the same --seed gives the same rows on any day). */
export const asOf = '2026-11-20';
export const windowStart = '2021-11-20';

export type Sink = (chunk: string) => Promise<void>;

export type RowCounts = { persons: number; memberships: number; cards: number; transfers: number };

export type GenerateOptions = {
  seed: number;
  plan: TreePlan;
  ids: { person: number; membership: number; card: number; transfer: number };
  /** Next card sequence and pattern per federation id (from card_schemes). */
  cardSchemes: Map<number, { pattern: string; nextSeq: number }>;
  takenCccd: ReadonlySet<string>;
  /** Fill federation_id (migration 0008) on all four tables: the level-2 ancestor of the row's unit. */
  withFederationId: boolean;
  sinks: { memberships: Sink; cards: Sink; transfers: Sink };
  onPersons: (n: number) => void;
  /** Filled in as rows are generated. */
  counts: RowCounts;
};

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY);
// Every calendar day the rows use, rendered once (a person needs five or six dates).
const firstDay = dayOf('1960-01-01');
const isoDays = Array.from({ length: dayOf('2030-01-01') - firstDay }, (_, i) =>
  new Date((firstDay + i) * DAY).toISOString().slice(0, 10),
);
const iso = (day: number): string => isoDays[day - firstDay]!;

export const personColumns = [
  'id',
  'unit_id',
  'member_status',
  'membership_id',
  'family_name',
  'middle_name',
  'given_name',
  'full_name',
  'sort_key',
  'gender',
  'birth_date',
  'cccd',
  'phone',
  'ethnicity',
  'occupation',
  'education_level',
  'current_province_code',
  'current_commune_code',
  'current_code_version',
];
export const membershipColumns = [
  'id',
  'person_id',
  'unit_id',
  'admitted_on',
  'status',
  'status_on',
  'status_reason',
  'card_number',
  'card_issued_on',
  'admission_kind',
  'previous_membership_id',
];
export const cardColumns = ['id', 'membership_id', 'unit_id', 'card_number', 'issued_on'];
export const transferColumns = [
  'id',
  'membership_id',
  'person_id',
  'unit_id',
  'to_unit_id',
  'status',
  'requested_on',
  'reason',
  'decided_at',
  'new_membership_id',
];

const N = '\\N';
const leaving: [string, string][] = [
  ['left', 'Nghỉ việc'],
  ['left', 'Nghỉ hưu'],
  ['left', 'Chấm dứt hợp đồng lao động'],
  ['left', 'Chuyển ra nước ngoài'],
  ['removed', 'Không sinh hoạt, không đóng đoàn phí 6 tháng'],
  ['deceased', 'Từ trần'],
];

export async function* generatePersons(opts: GenerateOptions): AsyncGenerator<string> {
  const { plan } = opts;
  const people = personFactory(opts.seed, opts.takenCccd);
  const r = people.rand;
  const today = dayOf(asOf);
  const start = dayOf(windowStart);
  const earliest = dayOf('1995-01-01');
  const oldCodes = new Map(plan.provinces.map((p) => [p.code, p.oldCodes]));
  const allOldCodes = plan.provinces.flatMap((p) => p.oldCodes);
  const fedIds = plan.federations.map((f) => f.id);
  const fedCodes = plan.federations.map((f) => f.code);
  const seqs = plan.federations.map((f) => opts.cardSchemes.get(f.id)?.nextSeq ?? 1);
  const patterns = plan.federations.map((f) => opts.cardSchemes.get(f.id)?.pattern ?? defaultCardPattern);
  const cardNumber = (fed: number, year: number) => {
    const seq = seqs[fed]!++;
    return patterns[fed] === defaultCardPattern
      ? `${fedCodes[fed]}-${year}-${String(seq).padStart(6, '0')}`.toUpperCase()
      : renderCardNumber(patterns[fed]!, { fed: fedCodes[fed]!, year, seq });
  };
  let personId = opts.ids.person;
  let membershipId = opts.ids.membership;
  let cardId = opts.ids.card;
  let transferId = opts.ids.transfer;
  const counts = opts.counts;
  let persons: string[] = [];
  let memberships: string[] = [];
  let cards: string[] = [];
  let transfers: string[] = [];
  const flushOthers = async () => {
    if (memberships.length) await opts.sinks.memberships(memberships.join(''));
    if (cards.length) await opts.sinks.cards(cards.join(''));
    if (transfers.length) await opts.sinks.transfers(transfers.join(''));
    counts.memberships += memberships.length;
    counts.cards += cards.length;
    counts.transfers += transfers.length;
    memberships = [];
    cards = [];
    transfers = [];
  };
  const otherUnit = (g: Grassroots): Grassroots | null => {
    const list = plan.federations[g.federation]!.grassroots;
    const other = plan.grassroots[list[r.int(list.length)]!]!;
    return other === g ? null : other;
  };

  for (const g of plan.grassroots) {
    const fed = g.federation;
    const fedCol = opts.withFederationId ? `\t${fedIds[fed]}` : '';
    const founded = dayOf(g.foundedOn);
    const home = oldCodes.get(g.provinceCode) ?? allOldCodes;
    const female = g.zone ? 0.68 : g.subkind === 'public_unit' ? 0.62 : 0.48;
    const [from, span] = g.zone ? [1980, 27] : [1966, 41];
    for (let k = 0; k < g.size; k++) {
      const gender: Gender = r.next() < female ? 'female' : 'male';
      const name = people.name(gender);
      const year = from + Math.round(((r.next() + r.next()) / 2) * span);
      const birth = dayOf(`${year}-01-01`) + r.int(365);
      const cccd =
        r.next() < 0.93 ? people.cccd(r.next() < 0.8 ? r.pick(home) : r.pick(allOldCodes), year, gender) : null;
      const phone = r.next() < 0.88 ? people.phone() : null;
      // admitted: about a third within the five-year window, the rest earlier (not before 18, nor the union)
      const lo = Math.max(birth + 6575, founded, earliest);
      let admitted =
        r.next() < 0.32 || lo >= start ? Math.max(lo, start + r.int(today - start)) : lo + r.int(start - lo);
      admitted = Math.min(admitted, today);
      const pid = personId++;
      let current = membershipId++;
      let status = 'active';
      let statusOn: number | null = null;
      let statusReason: string | null = null;
      const roll = r.next();
      const hasCard = r.next() < 0.85;
      // the card (85%): issued within four months of admission, its number from the federation's scheme
      const issueCard = (m: number, unitId: number, day: number): [string, string] => {
        if (!hasCard) return [N, N];
        const on = iso(Math.min(today, day + r.int(120)));
        const number = cardNumber(fed, Number(on.slice(0, 4)));
        cards.push(`${cardId++}\t${m}\t${unitId}\t${number}\t${on}${fedCol}\n`);
        return [number, on];
      };
      const other = roll < 0.048 ? otherUnit(g) : null;
      if (other && admitted < today - 60) {
        // moved here from another union of the federation (confirmed transfer, card carried over)
        const first = current;
        current = membershipId++;
        const lo2 = Math.max(admitted + 30, start);
        const moved = lo2 + r.int(Math.max(1, today - 10 - lo2));
        const [c, ci] = issueCard(first, other.id, admitted);
        memberships.push(
          `${first}\t${pid}\t${other.id}\t${iso(admitted)}\ttransferred_out\t${iso(moved)}\tChuyển đến đơn vị khác\t${c}\t${ci}\tnew\t${N}${fedCol}\n`,
          `${current}\t${pid}\t${g.id}\t${iso(moved)}\tactive\t${N}\t${N}\t${c}\t${ci}\ttransfer\t${first}${fedCol}\n`,
        );
        transfers.push(
          `${transferId++}\t${first}\t${pid}\t${other.id}\t${g.id}\tconfirmed\t${iso(moved)}\tChuyển công tác\t${iso(moved)} 09:00:00+07\t${current}${fedCol}\n`,
        );
      } else {
        const [c, ci] = issueCard(current, g.id, admitted);
        if (roll > 0.94 && admitted < today - 30) {
          const [s, reason] = leaving[r.int(10) < 8 ? r.int(4) : 4 + r.int(2)]!;
          status = s;
          statusReason = reason;
          const lo2 = Math.max(admitted + 1, start);
          statusOn = lo2 + r.int(Math.max(1, today - lo2));
        } else if (roll > 0.937 && roll <= 0.94 && admitted < today - 30) {
          const to = otherUnit(g);
          if (to) {
            status = 'in_transit';
            statusOn = today - r.int(18);
            transfers.push(
              `${transferId++}\t${current}\t${pid}\t${g.id}\t${to.id}\tpending\t${iso(statusOn)}\tChuyển công tác\t${N}\t${N}${fedCol}\n`,
            );
          }
        }
        memberships.push(
          `${current}\t${pid}\t${g.id}\t${iso(admitted)}\t${status}\t${statusOn === null ? N : iso(statusOn)}\t${statusReason ?? N}\t${c}\t${ci}\tnew\t${N}${fedCol}\n`,
        );
      }
      persons.push(
        `${pid}\t${g.id}\t${status}\t${current}\t${name.family}\t${name.middle}\t${name.given}\t${name.full}\t${copyValue(name.sortKey)}\t${gender}\t${iso(birth)}\t${cccd ?? N}\t${phone ?? N}\t${people.ethnicity()}\t${people.occupation(g.subkind)}\t${people.education()}\t${g.provinceCode}\t${g.communeCode}\t2025-07-01${fedCol}\n`,
      );
      if (persons.length >= 4000) {
        await flushOthers();
        counts.persons += persons.length;
        opts.onPersons(persons.length);
        const chunk = persons.join('');
        persons = [];
        yield chunk;
      }
    }
  }
  await flushOthers();
  counts.persons += persons.length;
  opts.onPersons(persons.length);
  if (persons.length) yield persons.join('');
  // card sequences for card_schemes.next_seq
  plan.federations.forEach((f, i) => opts.cardSchemes.set(f.id, { pattern: patterns[i]!, nextSeq: seqs[i]! }));
}
