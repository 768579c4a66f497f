// Welfare programmes of each provincial federation, each year of the window: Tết gifts (1.2 % of members),
// work-accident and illness support in Workers' Month (0.1 %), Union Homes (1 per 8,000 members) and, from
// Tết 2025, Tết Market e-vouchers (1.7 %). Quotas go to every upper union; nominations come from grassroots
// unions (submitted, then approved or refused at the federation); approved gifts are handed out, approved
// homes built and handed over, approved vouchers issued (those with a phone) and 70 % redeemed at the
// federation's market. Person details (name, CCCD, phone) are copied from the registry by a staging table.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { copyIn, copyInFile, fileSink } from './copy-loader';
import { chunked, countAbout, dayOf, isoOf, line, opsEnd, opsStart, vnAt, type OpsUnits } from './operations-units';
import type { Rng } from './rng';

type Plan = {
  kind: string;
  name: (y: number) => string;
  form: string;
  vnd: number;
  rate: number;
  nominate: (y: number) => [string, string];
  handout: (y: number) => [string, string];
  reason: string;
  category: string;
  fromYear?: number;
};

const plans: Plan[] = [
  {
    kind: 'tet_gift',
    name: (y) => `Quà Tết năm ${y} cho đoàn viên có hoàn cảnh khó khăn`,
    form: 'cash',
    vnd: 600_000,
    rate: 0.012,
    nominate: (y) => [`${y - 1}-12-01`, `${y}-01-10`],
    handout: (y) => [`${y}-01-15`, `${y}-02-05`],
    reason: 'Gia đình khó khăn, con nhỏ, thu nhập thấp',
    category: 'Hoàn cảnh khó khăn',
  },
  {
    kind: 'accident_illness',
    name: (y) => `Thăm hỏi công nhân bị tai nạn lao động, ốm đau – Tháng Công nhân ${y}`,
    form: 'cash',
    vnd: 2_000_000,
    rate: 0.001,
    nominate: (y) => [`${y}-04-15`, `${y}-05-05`],
    handout: (y) => [`${y}-05-08`, `${y}-05-31`],
    reason: 'Bị tai nạn lao động, điều trị dài ngày',
    category: 'Tai nạn lao động',
  },
  {
    kind: 'union_home',
    name: (y) => `Mái ấm Công đoàn năm ${y}`,
    form: 'in_kind',
    vnd: 50_000_000,
    rate: 1 / 8000,
    nominate: (y) => [`${y}-03-01`, `${y}-04-20`],
    handout: (y) => [`${y}-04-26`, `${y}-12-31`],
    reason: 'Chưa có nhà ở ổn định, nhà tạm xuống cấp',
    category: 'Khó khăn về nhà ở',
  },
  {
    kind: 'tet_market_voucher',
    name: (y) => `Chợ Tết Công đoàn năm ${y}`,
    form: 'voucher',
    vnd: 500_000,
    rate: 0.017,
    nominate: (y) => [`${y - 1}-12-10`, `${y}-01-05`],
    handout: (y) => [`${y}-01-10`, `${y}-02-10`],
    reason: 'Đoàn viên có thu nhập thấp',
    category: 'Thu nhập thấp',
    fromYear: 2025,
  },
];

export type WelfareCounts = {
  programmes: number;
  quotas: number;
  nominations: number;
  reviews: number;
  handouts: number;
  homes: number;
  vouchers: number;
};

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A 12-character voucher code from an id: an affine permutation modulo 36^12, so distinct ids never collide. */
function voucherCode(id: number): string {
  const m = 36n ** 12n;
  let x = (BigInt(id) * 1_000_000_007n + 123_456_789n) % m;
  let s = '';
  for (let i = 0; i < 12; i++) {
    s = alphabet[Number(x % 36n)] + s;
    x /= 36n;
  }
  return s;
}

export async function loadWelfare(
  client: pg.PoolClient,
  units: OpsUnits,
  r: Rng,
  ids: Record<string, number>,
  files: { nominations: string; homes: string; vouchers: string },
  tick: (n: number) => void,
): Promise<WelfareCounts> {
  const id = { ...ids };
  const next = (t: string) => id[t]!++;
  const programmes: string[] = [];
  const quotas: string[] = [];
  const merchants: string[] = [];
  const noms = fileSink(files.nominations);
  const homes = fileSink(files.homes);
  const vouchers = fileSink(files.vouchers);
  const reviews = fileSink(`${files.nominations}.reviews`);
  const handouts = fileSink(`${files.nominations}.handouts`);
  const counts: WelfareCounts = {
    programmes: 0,
    quotas: 0,
    nominations: 0,
    reviews: 0,
    handouts: 0,
    homes: 0,
    vouchers: 0,
  };
  const firstYear = Number(isoOf(opsStart).slice(0, 4)) + 1;
  const lastYear = Number(isoOf(opsEnd).slice(0, 4));
  for (const f of units.federations) {
    const uppers = units.upper.filter((u) => u.federationId === f.id);
    for (let y = firstYear; y <= lastYear; y++) {
      for (const plan of plans) {
        const [nFrom, nTo] = plan.nominate(y);
        const [hFrom, hTo] = plan.handout(y);
        if (y < (plan.fromYear ?? 0) || dayOf(nTo) >= opsEnd) continue;
        const programme = next('welfare_programmes');
        counts.programmes++;
        programmes.push(
          line([
            programme,
            f.id,
            plan.kind,
            plan.name(y),
            y,
            nFrom,
            nTo,
            hFrom,
            hTo,
            plan.form,
            plan.vnd,
            `${nFrom} 08:00:00+07`,
          ]),
        );
        const merchant = plan.form === 'voucher' ? next('welfare_voucher_merchants') : null;
        if (merchant)
          merchants.push(
            line([
              merchant,
              programme,
              f.id,
              `Sàn Chợ Tết Công đoàn ${y}`,
              createHash('sha256').update(`ops-${merchant}`).digest('hex'),
              `${hFrom} 08:00:00+07`,
            ]),
          );
        const topQuota = next('welfare_quotas');
        let total = 0;
        const lines: string[] = [];
        for (const u of uppers) {
          let count = 0;
          for (const g of units.childrenOf.get(u.id) ?? []) {
            if (!g.persons) continue;
            const k = Math.min(g.persons.n, countAbout(g.persons.n * plan.rate, r.next));
            count += k;
            const start = r.int(g.persons.n);
            for (let i = 0; i < k; i++) {
              const nom = next('welfare_nominations');
              const person = g.persons.lo + ((start + i) % g.persons.n);
              const day = dayOf(nFrom) + r.int(dayOf(nTo) - dayOf(nFrom) + 1);
              const refused = r.next() < 0.03;
              const decided = day + 3 + r.int(5);
              const handDay = Math.min(opsEnd - 1, dayOf(hFrom) + r.int(dayOf(hTo) - dayOf(hFrom) + 1));
              const given = !refused && plan.form !== 'voucher' && plan.kind !== 'union_home' && handDay < opsEnd;
              const status = refused ? 'refused' : given ? 'handed_out' : 'approved';
              const source = r.next() < 0.05 ? 'application' : 'official';
              await noms.write(
                line([
                  nom,
                  programme,
                  g.id,
                  person,
                  plan.reason,
                  plan.category,
                  plan.vnd,
                  status,
                  source,
                  vnAt(day, 9),
                ]),
              );
              await reviews.write(line([next('welfare_nomination_reviews'), nom, g.id, 'submitted', vnAt(day, 9, 30)]));
              await reviews.write(
                line([
                  next('welfare_nomination_reviews'),
                  nom,
                  f.id,
                  refused ? 'refused' : 'approved',
                  vnAt(decided, 15),
                ]),
              );
              counts.nominations++;
              counts.reviews += 2;
              tick(1);
              if (given) {
                counts.handouts++;
                await handouts.write(
                  line([
                    next('welfare_handouts'),
                    nom,
                    plan.form === 'cash' ? 'cash' : 'in_kind',
                    plan.vnd,
                    `Ban Chấp hành ${g.name}`,
                    isoOf(handDay),
                    vnAt(handDay, 17),
                  ]),
                );
              }
              if (!refused && plan.kind === 'union_home' && g.communeCode && g.provinceCode && g.adminVersion) {
                const build = r.next() < 0.6;
                const cost = build ? 50_000_000 + 1_000_000 * r.int(11) : 25_000_000 + 1_000_000 * r.int(6);
                const started = decided + 15 + r.int(30);
                const completed = started + 60 + r.int(60);
                const handed = completed + 5 + r.int(10);
                const stage =
                  handed < opsEnd
                    ? 'handover'
                    : completed < opsEnd
                      ? 'completion'
                      : started < opsEnd
                        ? 'ground_breaking'
                        : 'funding';
                const at = (d: number) => (d < opsEnd ? isoOf(d) : null);
                counts.homes++;
                await homes.write(
                  line([
                    next('welfare_homes'),
                    programme,
                    nom,
                    g.id,
                    person,
                    build ? 'build' : 'repair',
                    stage,
                    'Nhà tạm, xuống cấp nặng',
                    isoOf(day),
                    g.adminVersion,
                    g.provinceCode,
                    g.communeCode,
                    `Thôn ${1 + r.int(12)}, ${g.name}`,
                    (10.5 + r.next() * 11).toFixed(5),
                    (105 + r.next() * 2.5).toFixed(5),
                    isoOf(decided),
                    cost,
                    Math.round(cost * 0.7),
                    at(started),
                    at(completed),
                    at(handed),
                    handed < opsEnd ? cost : null,
                  ]),
                );
              }
              if (!refused && plan.form === 'voucher') {
                const v = next('welfare_vouchers');
                const redeemed = handDay < opsEnd && r.next() < 0.7;
                counts.vouchers++;
                await vouchers.write(
                  line([
                    v,
                    programme,
                    nom,
                    g.id,
                    voucherCode(v),
                    plan.vnd,
                    hFrom,
                    hTo,
                    vnAt(decided + 1, 10),
                    redeemed ? vnAt(handDay, 10 + r.int(8)) : null,
                    redeemed ? merchant : null,
                  ]),
                );
              }
            }
          }
          if (count > 0) lines.push(line([next('welfare_quotas'), programme, u.id, topQuota, count, count * plan.vnd]));
          total += count;
        }
        quotas.push(line([topQuota, programme, f.id, null, total, total * plan.vnd]), ...lines);
        counts.quotas += 1 + lines.length;
      }
    }
  }
  for (const s of [noms, homes, vouchers, reviews, handouts]) await s.close();
  await copyIn(
    client,
    `COPY welfare_programmes (id, unit_id, kind, name, year, nomination_from, nomination_to, handout_from, handout_to,
                              benefit_form, benefit_vnd, created_at) FROM STDIN`,
    chunked(programmes),
  );
  await copyIn(
    client,
    'COPY welfare_voucher_merchants (id, programme_id, unit_id, name, token_hash, created_at) FROM STDIN',
    chunked(merchants),
  );
  await copyIn(
    client,
    'COPY welfare_quotas (id, programme_id, unit_id, parent_quota_id, count, budget_vnd) FROM STDIN',
    chunked(quotas),
  );
  await client.query(
    `CREATE TEMP TABLE ops_nominations (id bigint, programme_id bigint, unit_id bigint, person_id bigint, reason text,
       hardship_category text, amount_vnd bigint, status text, source text, created_at timestamptz) ON COMMIT DROP`,
  );
  await copyInFile(client, 'COPY ops_nominations FROM STDIN', files.nominations);
  await client.query('ANALYZE ops_nominations');
  await client.query(
    `INSERT INTO welfare_nominations (id, programme_id, unit_id, person_id, full_name, cccd, phone, reason, hardship_category,
                                      amount_vnd, status, source, created_at, updated_at)
     SELECT s.id, s.programme_id, s.unit_id, s.person_id, p.full_name, p.cccd, p.phone, s.reason, s.hardship_category,
            s.amount_vnd, s.status, s.source, s.created_at, s.created_at
       FROM ops_nominations s JOIN persons p ON p.id = s.person_id ORDER BY s.id`,
  );
  await copyInFile(
    client,
    'COPY welfare_nomination_reviews (id, nomination_id, level_unit_id, decision, decided_at) FROM STDIN',
    `${files.nominations}.reviews`,
  );
  await copyInFile(
    client,
    'COPY welfare_handouts (id, nomination_id, method, amount_vnd, handed_by, handed_on, created_at) FROM STDIN',
    `${files.nominations}.handouts`,
  );
  await client.query(
    `CREATE TEMP TABLE ops_homes (id bigint, programme_id bigint, nomination_id bigint, unit_id bigint, person_id bigint,
       kind text, stage text, family_situation text, applied_on date, admin_version text, province_code text,
       commune_code text, address text, latitude numeric, longitude numeric, approved_on date, approved_cost_vnd bigint,
       union_vnd bigint, started_on date, completed_on date, handed_on date, final_cost_vnd bigint) ON COMMIT DROP`,
  );
  await copyInFile(client, 'COPY ops_homes FROM STDIN', files.homes);
  await client.query('ANALYZE ops_homes');
  await client.query(
    `INSERT INTO welfare_homes (id, programme_id, nomination_id, unit_id, person_id, full_name, kind, stage, family_situation,
                                applied_on, admin_version, province_code, commune_code, address, latitude, longitude,
                                approved_on, approved_cost_vnd, union_vnd, started_on, completed_on, handed_on, final_cost_vnd)
     SELECT s.id, s.programme_id, s.nomination_id, s.unit_id, s.person_id, p.full_name, s.kind, s.stage, s.family_situation,
            s.applied_on, s.admin_version, s.province_code, s.commune_code, s.address, s.latitude, s.longitude,
            s.approved_on, s.approved_cost_vnd, s.union_vnd, s.started_on, s.completed_on, s.handed_on, s.final_cost_vnd
       FROM ops_homes s JOIN persons p ON p.id = s.person_id
      WHERE EXISTS (SELECT 1 FROM admin_communes c WHERE c.version = s.admin_version AND c.code = s.commune_code)
      ORDER BY s.id`,
  );
  await client.query(
    `CREATE TEMP TABLE ops_vouchers (id bigint, programme_id bigint, nomination_id bigint, unit_id bigint, code text,
       value_vnd bigint, valid_from date, valid_to date, issued_at timestamptz, redeemed_at timestamptz,
       redeemed_by_merchant_id bigint) ON COMMIT DROP`,
  );
  await copyInFile(client, 'COPY ops_vouchers FROM STDIN', files.vouchers);
  await client.query('ANALYZE ops_vouchers');
  // a voucher is tied to a phone: members without one get none
  await client.query(
    `INSERT INTO welfare_vouchers (id, programme_id, nomination_id, unit_id, code, phone, value_vnd, valid_from, valid_to,
                                   issued_at, redeemed_at, redeemed_by_merchant_id)
     SELECT s.id, s.programme_id, s.nomination_id, s.unit_id, s.code, n.phone, s.value_vnd, s.valid_from, s.valid_to,
            s.issued_at, s.redeemed_at, s.redeemed_by_merchant_id
       FROM ops_vouchers s JOIN welfare_nominations n ON n.id = s.nomination_id
      WHERE n.phone ~ '^0[0-9]{9}$' ORDER BY s.id`,
  );
  const { rows } = await client.query<{ homes: number; vouchers: number }>(
    `SELECT (SELECT count(*) FROM welfare_homes WHERE id >= $1)::int AS homes,
            (SELECT count(*) FROM welfare_vouchers WHERE id >= $2)::int AS vouchers`,
    [ids.welfare_homes, ids.welfare_vouchers],
  );
  counts.homes = rows[0]!.homes;
  counts.vouchers = rows[0]!.vouchers;
  return counts;
}
