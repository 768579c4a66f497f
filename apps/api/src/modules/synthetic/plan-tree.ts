// The synthetic org tree: TLĐ → 34 provincial federations (real codes) → one union per real commune,
// industrial-zone unions and the province's education and health unions → grassroots unions with
// real commune codes; national industry and corporation unions hold the rest. Units the database
// already has (the demo's, matched by code) are reused. Ids and ltree paths are assigned here,
// exactly as the org_units triggers would, because the rows are loaded with triggers off.
import type pg from 'pg';
import { centralUnions, industrialFactor, loadReference, type Commune, type Province } from './reference';
import { rng, type Rng } from './rng';

export type Scale = 'national' | 'province';

export type UnitRow = {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  subkind: string | null;
  parentId: number;
  path: string;
  foundedOn: string;
  provinceCode: string | null;
  communeCode: string | null;
  sector: string | null;
  employerName: string | null;
};

export type Federation = { id: number; code: string; grassroots: number[] };

export type Grassroots = {
  id: number;
  federation: number; // index into TreePlan.federations
  provinceCode: string;
  communeCode: string;
  subkind: 'enterprise' | 'public_unit' | 'nghiep_doan';
  zone: boolean; // in an industrial zone (younger, more women)
  foundedOn: string;
  size: number; // persons whose current membership is here
};

export type TreePlan = {
  newUnits: UnitRow[];
  grassroots: Grassroots[];
  federations: Federation[];
  provinces: Province[];
  upperUnions: number;
};

export type TreeOptions = { scale: Scale; province: string; members: number; seed: number };

const defaultGrassroots: Record<Scale, number> = { national: 130_000, province: 3_900 };
/** The member count the sizes are tuned for (factories of 20,000+ at this size). */
export const defaultMembers: Record<Scale, number> = { national: 12_000_000, province: 500_000 };

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const brands = [
  'Hưng Thịnh',
  'Phú Cường',
  'An Phát',
  'Thành Công',
  'Hòa Bình',
  'Đại Việt',
  'Tân Tiến',
  'Minh Long',
  'Sao Mai',
  'Hoàng Long',
  'Trường Sơn',
  'Việt Tiến',
  'Nam Phong',
  'Bình Minh',
  'Kim Ngân',
  'Phương Đông',
  'Thiên Phúc',
  'Đông Á',
  'Hải Âu',
  'Lam Sơn',
  'Tân Hoàng',
  'Vạn Xuân',
  'Hồng Hà',
  'Cửu Long',
];
const industries = [
  'May',
  'Điện tử',
  'Giày da',
  'Cơ khí',
  'Thực phẩm',
  'Xây dựng',
  'Thương mại',
  'Dệt',
  'Chế biến gỗ',
  'Nhựa',
  'Vận tải',
  'Dịch vụ',
  'Bao bì',
  'Dược phẩm',
  'Thủy sản',
];
const foreignBrands = [
  'Hanam Tech',
  'Sunrise Electronics',
  'Hwaseung',
  'Pacific Textiles',
  'Kyoto Precision',
  'Taiyang Footwear',
  'Orient Garment',
  'Nexus Components',
  'Everwin Shoes',
  'Daeyang Electric',
  'Formosa Fiber',
  'Shinsung Vina',
];
const schools = [
  'Trường Mầm non',
  'Trường Tiểu học',
  'Trường THCS',
  'Trường THPT',
  'Trạm Y tế',
  'Trung tâm Y tế',
  'Cơ quan Ủy ban nhân dân',
  'Bệnh viện Đa khoa',
  'Trường Cao đẳng Nghề',
];

const randomDate = (r: Rng, from: number, to: number) =>
  new Date(Date.UTC(from, 0, 1) + r.next() * (Date.UTC(to, 11, 31) - Date.UTC(from, 0, 1))).toISOString().slice(0, 10);

/** Split `total` by weights, largest remainders first (deterministic; sums exactly). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k]![1]]!++;
  return out;
}

export async function planTree(db: pg.ClientBase, opts: TreeOptions): Promise<TreePlan> {
  const all = await loadReference(db);
  const provinces = opts.scale === 'national' ? all : all.filter((p) => p.code === opts.province);
  if (provinces.length === 0) throw new Error(`Không có tỉnh/thành phố mã ${opts.province} trong danh mục 2025-07-01.`);
  const { rows: existingRows } = await db.query<{ id: number; code: string; path: string }>(
    'SELECT id, code, path::text AS path FROM org_units',
  );
  const existing = new Map(existingRows.map((u) => [u.code, u]));
  const root = existing.get('TLD');
  if (!root) throw new Error('Thiếu đơn vị gốc TLD (nạp dữ liệu mẫu trước).');
  let nextId = Math.max(0, ...existingRows.map((u) => Number(u.id))) + 1;
  const newUnits: UnitRow[] = [];
  let upperUnions = 0;

  type Parent = { id: number; path: string };
  const unit = (parent: Parent, row: Omit<UnitRow, 'id' | 'path' | 'parentId'>): Parent => {
    const found = existing.get(row.code);
    if (found) return { id: Number(found.id), path: found.path };
    const id = nextId++;
    const path = `${parent.path}.${id}`;
    newUnits.push({ ...row, id, path, parentId: parent.id });
    return { id, path };
  };
  const rTree = rng(opts.seed, 1);
  const rSize = rng(opts.seed, 2);

  const target = Math.min(defaultGrassroots[opts.scale], Math.max(20, Math.ceil(opts.members / 40)));
  const centralCount = opts.scale === 'national' ? Math.round(target * 0.04) : 0;
  const perProvince = apportion(
    target - centralCount,
    provinces.map((p) => p.communes.length * (industrialFactor[p.code] ?? 1)),
  );

  const federations: Federation[] = [];
  const grassroots: Grassroots[] = [];
  const sizeWeights: number[] = [];
  const megaCandidates: number[] = [];
  const base = {
    shortName: null,
    subkind: null,
    sector: null,
    employerName: null,
    communeCode: null,
    provinceCode: null,
  };

  const addGrassroots = (
    parent: Parent,
    fed: number,
    code: string,
    commune: Commune,
    kind: 'commune' | 'zone' | 'sector' | 'central',
  ) => {
    let subkind: Grassroots['subkind'] = 'enterprise';
    let sector = 'non_state';
    let name: string;
    const roll = rTree.next();
    if (kind === 'sector' || (kind === 'commune' && roll < 0.42) || (kind === 'central' && roll < 0.3)) {
      subkind = 'public_unit';
      sector = 'public_unit';
      name = `${rTree.pick(schools)} ${commune.name}`;
    } else if (kind === 'commune' && roll > 0.97) {
      subkind = 'nghiep_doan';
      sector = 'cooperative';
      name = `Nghiệp đoàn ${rTree.pick(['Nghề cá', 'Xe công nghệ', 'Thợ thủ công', 'Dịch vụ du lịch'])} ${commune.name}`;
    } else if (kind === 'zone' && roll < 0.55) {
      sector = 'fdi';
      name = `Công ty TNHH ${rTree.pick(foreignBrands)} Việt Nam`;
    } else {
      if (kind === 'central') sector = 'state_enterprise';
      else if (roll > 0.9) sector = 'state_enterprise';
      const form = sector === 'state_enterprise' ? 'Cổ phần' : rTree.pick(['TNHH', 'Cổ phần', 'TNHH MTV']);
      name = `Công ty ${form} ${rTree.pick(industries)} ${rTree.pick(brands)}`;
    }
    const fullName = subkind === 'nghiep_doan' ? name : `CĐCS ${name}`;
    const foundedOn = randomDate(rTree, 1990, 2020);
    const { id } = unit(parent, {
      ...base,
      code,
      name: fullName,
      kind: 'grassroots_union',
      subkind,
      foundedOn,
      provinceCode: commune.provinceCode,
      communeCode: commune.code,
      sector,
      employerName: name,
    });
    const index = grassroots.length;
    grassroots.push({
      id,
      federation: fed,
      provinceCode: commune.provinceCode,
      communeCode: commune.code,
      subkind,
      zone: kind === 'zone',
      foundedOn,
      size: 0,
    });
    federations[fed]!.grassroots.push(index);
    // log-normal sizes: most unions are small, factories in the zones large
    const factor =
      kind === 'zone' ? (sector === 'fdi' ? 6 : 3) : kind === 'central' ? 2.5 : subkind === 'enterprise' ? 1 : 0.7;
    sizeWeights.push(factor * Math.exp(1.3 * rSize.normal()));
    if (kind === 'zone' && sector === 'fdi') megaCandidates.push(index);
  };

  provinces.forEach((p, pi) => {
    const place = lowerFirst(p.fullName);
    const fed = unit(root, {
      ...base,
      code: `LDLD-${p.code}`,
      name: `Liên đoàn Lao động ${place}`,
      shortName: `LĐLĐ ${p.name}`,
      kind: 'provincial_federation',
      foundedOn: '2025-07-01',
      provinceCode: p.code,
    });
    const fedIndex = federations.push({ id: fed.id, code: `LDLD-${p.code}`, grassroots: [] }) - 1;
    const communeUnions = p.communes.map((c) =>
      unit(fed, {
        ...base,
        code: `CDX-${c.code}`,
        name: `Công đoàn ${lowerFirst(c.fullName)}`,
        kind: 'upper_union',
        subkind: 'commune_union',
        foundedOn: '2025-07-01',
        provinceCode: p.code,
        communeCode: c.code,
      }),
    );
    const sectors = (['GD', 'YT'] as const).map((s) =>
      unit(fed, {
        ...base,
        code: `CDN-${s}-${p.code}`,
        name: `Công đoàn ngành ${s === 'GD' ? 'Giáo dục' : 'Y tế'} ${place}`,
        kind: 'upper_union',
        subkind: 'local_industry_union',
        foundedOn: '2025-07-01',
        provinceCode: p.code,
      }),
    );
    const f = industrialFactor[p.code] ?? 1;
    const zoneCount = Math.max(opts.scale === 'province' ? 1 : 0, Math.round(f * f * 1.2));
    const zones = Array.from({ length: zoneCount }, (_, i) => {
      const c = rTree.pick(p.communes);
      return {
        commune: c,
        unit: unit(fed, {
          ...base,
          code: `KCN-${p.code}-${i + 1}`,
          name: `Công đoàn Khu công nghiệp ${c.name}`,
          kind: 'upper_union',
          subkind: 'industrial_zone_union',
          foundedOn: randomDate(rTree, 2000, 2015),
          provinceCode: p.code,
          communeCode: c.code,
        }),
      };
    });
    upperUnions += communeUnions.length + sectors.length + zones.length;
    // urban wards hold more unions than rural communes: a log-normal weight per commune
    const communeWeights = p.communes.map(() => Math.exp(0.8 * rTree.normal()));
    const communeShare = apportion(perProvince[pi]!, communeWeights);
    let n = 0;
    const code = () => `CS-${p.code}-${String(++n).padStart(5, '0')}`;
    p.communes.forEach((c, ci) => {
      for (let k = 0; k < communeShare[ci]!; k++) {
        const roll = rTree.next();
        if (roll < 0.15 && zones.length > 0) {
          const z = rTree.pick(zones);
          addGrassroots(z.unit, fedIndex, code(), rTree.next() < 0.7 ? z.commune : c, 'zone');
        } else if (roll < 0.3) addGrassroots(rTree.pick(sectors), fedIndex, code(), c, 'sector');
        else addGrassroots(communeUnions[ci]!, fedIndex, code(), c, 'commune');
      }
    });
  });

  if (centralCount > 0) {
    const communes = provinces.flatMap((p) => p.communes);
    const share = apportion(
      centralCount,
      centralUnions.map(() => 0.3 + rTree.next()),
    );
    centralUnions.forEach((cu, i) => {
      const u = unit(root, { ...base, code: cu.code, name: cu.name, kind: cu.kind, foundedOn: '1990-01-01' });
      upperUnions++;
      const fedIndex = federations.push({ id: u.id, code: cu.code, grassroots: [] }) - 1;
      for (let k = 1; k <= share[i]!; k++)
        addGrassroots(u, fedIndex, `CS-${cu.code}-${String(k).padStart(5, '0')}`, rTree.pick(communes), 'central');
    });
  }

  // A few very large factories (20,000–60,000 members at the default size), then the rest by weight.
  const ratio = opts.members / defaultMembers[opts.scale];
  const megaCount = Math.min(megaCandidates.length, opts.scale === 'national' ? 30 : 2);
  const megaSizes = new Map<number, number>();
  for (let k = 0; k < megaCount; k++) {
    const index = megaCandidates[Math.floor((k * megaCandidates.length) / megaCount)]!;
    megaSizes.set(index, Math.round((20_000 + rSize.next() * 40_000) * ratio));
  }
  let megaTotal = [...megaSizes.values()].reduce((s, n) => s + n, 0);
  if (megaTotal > opts.members * 0.2) {
    megaSizes.clear();
    megaTotal = 0;
  }
  const rest = apportion(
    opts.members - megaTotal,
    sizeWeights.map((w, i) => (megaSizes.has(i) ? 0 : w)),
  );
  grassroots.forEach((g, i) => (g.size = megaSizes.get(i) ?? rest[i]!));

  return { newUnits, grassroots, federations, provinces: all, upperUnions };
}
