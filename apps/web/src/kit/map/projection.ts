// Equirectangular projection scaled by the cosine of Vietnam's middle latitude (16°N): enough for a country
// this narrow, and the same for outlines and points. SVG y grows downwards, so y = -latitude.
const K = Math.cos((16 * Math.PI) / 180);

export type MapData = { provinces: { code: string; name: string; rings: number[][] }[] };
export type MapPoint = { id: number | string; lat: number; lon: number; color: string; label: string; testId?: string };

export const project = (lon: number, lat: number): [number, number] => [lon * K, -lat];

/** An SVG path for rings given as flat [lon, lat, lon, lat, …] arrays. */
export function projectRings(rings: number[][]): string {
  return rings
    .map((ring) => {
      let d = '';
      for (let i = 0; i < ring.length; i += 2) {
        const [x, y] = project(ring[i]!, ring[i + 1]!);
        d += `${i ? 'L' : 'M'}${x.toFixed(3)} ${y.toFixed(3)}`;
      }
      return `${d}Z`;
    })
    .join('');
}

/** The box around the drawn provinces and points, with a margin. */
export function viewBoxOf(
  provinces: { rings: number[][] }[],
  points: MapPoint[],
): { x: number; y: number; w: number; h: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    const [x, y] = project(lon, lat);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  };
  for (const p of provinces) for (const r of p.rings) for (let i = 0; i < r.length; i += 2) add(r[i]!, r[i + 1]!);
  for (const p of points) add(p.lon, p.lat);
  if (!Number.isFinite(x0)) return { x: 100, y: -24, w: 18, h: 17 };
  const m = Math.max(x1 - x0, y1 - y0) * 0.04;
  return { x: x0 - m, y: y0 - m, w: x1 - x0 + 2 * m, h: y1 - y0 + 2 * m };
}

// The two archipelagos by the province that administers them and a box around them (lon0, lat0, lon1, lat1).
const ARCHIPELAGOS = [
  { key: 'hoang-sa', label: 'Quần đảo Hoàng Sa', code: '48', box: [110.9, 15.6, 113, 17.2] },
  { key: 'truong-sa', label: 'Quần đảo Trường Sa', code: '56', box: [111.3, 6.8, 117.2, 11.6] },
] as const;

/** A province's rings split into its mainland and the archipelago it administers (Đà Nẵng, Khánh Hòa). */
export function archipelagoRings(
  code: string,
  rings: number[][],
): { mainland: number[][]; islands: { key: string; label: string; rings: number[][] }[] } {
  const a = ARCHIPELAGOS.find((x) => x.code === code);
  if (!a) return { mainland: rings, islands: [] };
  const [x0, y0, x1, y1] = a.box;
  const inside = (r: number[]) => r.every((v, i) => (i % 2 ? v >= y0 && v <= y1 : v >= x0 && v <= x1));
  return {
    mainland: rings.filter((r) => !inside(r)),
    islands: [{ key: a.key, label: a.label, rings: rings.filter(inside) }],
  };
}
