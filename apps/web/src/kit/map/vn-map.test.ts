import { describe, expect, it } from 'vitest';
import data from './vn-provinces.json';
import { project, viewBoxOf } from './projection';

// The map every national figure is drawn on: 34 provinces with their 2025 codes, and the archipelagos.
describe('map kit data', () => {
  const provinces = data.provinces as { code: string; name: string; rings: number[][] }[];
  const islets = (code: string, [x0, y0, x1, y1]: number[]) =>
    provinces
      .find((p) => p.code === code)!
      .rings.filter((r) => r.every((v, i) => (i % 2 ? v >= y0! && v <= y1! : v >= x0! && v <= x1!))).length;

  it('has the 34 provinces with their GSO codes', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === '44')?.name).toBe('Tỉnh Quảng Trị');
    expect(provinces.find((p) => p.code === '79')?.name).toBe('Thành phố Hồ Chí Minh');
  });

  it('keeps the Hoàng Sa archipelago (Đà Nẵng) and the Trường Sa archipelago (Khánh Hòa)', () => {
    expect(islets('48', [110.9, 15.6, 113, 17.2])).toBeGreaterThanOrEqual(10);
    expect(islets('56', [111.3, 6.8, 117.2, 11.6])).toBeGreaterThanOrEqual(50);
    // The national view's box reaches out to them.
    const box = viewBoxOf(provinces, []);
    expect(box.x + box.w).toBeGreaterThan(project(116.5, 10)[0]);
    expect(box.y + box.h).toBeGreaterThan(project(116.5, 7)[1]);
  });
});

describe('archipelagoRings', () => {
  const provinces = data.provinces as { code: string; name: string; rings: number[][] }[];
  it('draws Hoàng Sa and Trường Sa as their own elements, and nothing of the mainland with them', async () => {
    const { archipelagoRings } = await import('./projection');
    const dn = provinces.find((p) => p.code === '48')!;
    const kh = provinces.find((p) => p.code === '56')!;
    const a = archipelagoRings('48', dn.rings);
    const b = archipelagoRings('56', kh.rings);
    expect(a.islands[0]).toMatchObject({ key: 'hoang-sa' });
    expect(a.islands[0]!.rings.length).toBeGreaterThanOrEqual(10);
    expect(b.islands[0]!.rings.length).toBeGreaterThanOrEqual(50);
    expect(a.mainland.length + a.islands[0]!.rings.length).toBe(dn.rings.length);
    expect(a.mainland.length).toBeGreaterThan(0);
    expect(archipelagoRings('44', [[1, 2]]).islands).toEqual([]);
  });
});
