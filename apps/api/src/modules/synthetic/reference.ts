// Reference data the synthetic tree is built from, read from the database (the migrations load
// reference/vn-admin-units): the 34 provinces and ~3,300 communes of 2025-07-01, and the pre-2025
// provinces behind each new one (their codes are still the first digits of every CCCD).
import type pg from 'pg';

export const adminVersion = '2025-07-01';

export type Province = { code: string; name: string; fullName: string; communes: Commune[]; oldCodes: string[] };
export type Commune = { code: string; name: string; fullName: string; provinceCode: string };

export async function loadReference(db: pg.ClientBase): Promise<Province[]> {
  const { rows: provinces } = await db.query<{ code: string; name: string; full_name: string }>(
    'SELECT code, name, full_name FROM admin_provinces WHERE version = $1 ORDER BY code',
    [adminVersion],
  );
  const { rows: communes } = await db.query<{ code: string; name: string; full_name: string; province_code: string }>(
    'SELECT code, name, full_name, province_code FROM admin_communes WHERE version = $1 ORDER BY code',
    [adminVersion],
  );
  const { rows: mapping } = await db.query<{ old_code: string; new_code: string }>(
    'SELECT old_code, new_code FROM admin_province_mapping ORDER BY old_code',
  );
  return provinces.map((p) => ({
    code: p.code,
    name: p.name,
    fullName: p.full_name,
    communes: communes
      .filter((c) => c.province_code === p.code)
      .map((c) => ({ code: c.code, name: c.name, fullName: c.full_name, provinceCode: c.province_code })),
    oldCodes: mapping.filter((m) => m.new_code === p.code).map((m) => `0${m.old_code}`),
  }));
}

/**
 * How industrial a province is (1 = average): more grassroots unions per commune, more and bigger
 * industrial-zone unions. Approximate, after the 2025 mergers (Bình Dương is in Hồ Chí Minh City,
 * Bắc Giang in Bắc Ninh, Vĩnh Phúc in Phú Thọ, Long An in Tây Ninh…).
 */
export const industrialFactor: Record<string, number> = {
  '79': 4,
  '01': 3,
  '75': 3,
  '24': 3,
  '31': 2.5,
  '33': 2,
  '19': 2,
  '80': 2,
  '25': 1.8,
  '37': 1.5,
  '22': 1.5,
  '48': 1.5,
  '38': 1.3,
  '40': 1.3,
  '92': 1.2,
  '04': 0.6,
  '08': 0.6,
  '11': 0.6,
  '12': 0.6,
  '14': 0.6,
  '15': 0.6,
  '20': 0.6,
};

/** National industry and corporation unions directly under the confederation. */
export const centralUnions: { code: string; name: string; kind: 'central_industry_union' | 'corporation_union' }[] = [
  { code: 'CDN-YT', name: 'Công đoàn Y tế Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-CT', name: 'Công đoàn Công Thương Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-GTVT', name: 'Công đoàn Giao thông Vận tải Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-XD', name: 'Công đoàn Xây dựng Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-NN', name: 'Công đoàn Nông nghiệp và Môi trường Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-NH', name: 'Công đoàn Ngân hàng Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-VC', name: 'Công đoàn Viên chức Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-QP', name: 'Công đoàn Quốc phòng', kind: 'central_industry_union' },
  { code: 'CDN-CAND', name: 'Công đoàn Công an nhân dân', kind: 'central_industry_union' },
  { code: 'CDN-DS', name: 'Công đoàn Đường sắt Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-HK', name: 'Công đoàn Hàng không Việt Nam', kind: 'central_industry_union' },
  { code: 'CDN-CS', name: 'Công đoàn Cao su Việt Nam', kind: 'central_industry_union' },
  { code: 'CDTCT-DK', name: 'Công đoàn Dầu khí Việt Nam', kind: 'corporation_union' },
  { code: 'CDTCT-EVN', name: 'Công đoàn Điện lực Việt Nam', kind: 'corporation_union' },
  { code: 'CDTCT-TKV', name: 'Công đoàn Than - Khoáng sản Việt Nam', kind: 'corporation_union' },
  { code: 'CDTCT-VNPT', name: 'Công đoàn Bưu điện Việt Nam', kind: 'corporation_union' },
  { code: 'CDTCT-VT', name: 'Công đoàn Tập đoàn Công nghiệp - Viễn thông Quân đội', kind: 'corporation_union' },
  { code: 'CDTCT-DM', name: 'Công đoàn Dệt May Việt Nam', kind: 'corporation_union' },
  { code: 'CDTCT-HH', name: 'Công đoàn Tổng công ty Hàng hải Việt Nam', kind: 'corporation_union' },
  { code: 'CDTCT-SB', name: 'Công đoàn Tổng công ty Xây dựng Sông Đà', kind: 'corporation_union' },
];
