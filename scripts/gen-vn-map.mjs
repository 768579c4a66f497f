// Builds apps/web/src/kit/map/vn-provinces.json from the 34-province TopoJSON in ../shared/data/vn-map
// (Talia Cao, MIT; boundaries from Open Development Vietnam — see apps/web/src/kit/map/SOURCE.md).
// Usage: node scripts/gen-vn-map.mjs [path/to/provinces-34.topojson.json] [path/to/provinces_2025-07-01.csv]
// then npx prettier --write apps/web/src/kit/map/vn-provinces.json (the format check covers it).
// Each province gets its GSO code (joined by a normalised name), and its rings simplified (Douglas–Peucker,
// ~0.6 km) and rounded to 0.001°. Small islands are kept whole: the Hoàng Sa and Trường Sa archipelagos
// must survive the simplification (the script fails if they do not).
import { readFileSync, writeFileSync } from 'node:fs';

const topoPath = process.argv[2] ?? '../shared/data/vn-map/provinces-34.topojson.json';
const csvPath = process.argv[3] ?? 'reference/vn-admin-units/provinces_2025-07-01.csv';
const topo = JSON.parse(readFileSync(topoPath, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

const norm = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/^(tp|thanh pho|tinh)\s+/, '')
    .replace(/\bhcm\b/, 'ho chi minh')
    .trim();
const codes = new Map();
for (const line of readFileSync(csvPath, 'utf8').trim().split('\n').slice(1)) {
  const [code, name, fullName] = line.split(',');
  codes.set(norm(name), { code, name: fullName });
}

// Arcs are delta-encoded in the quantised grid.
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
const ring = (indexes) => {
  const out = [];
  for (const i of indexes) {
    const pts = arcPoints(i);
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
};

function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay) || 1e-12;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (v) => Math.round(v * 1000) / 1000;
const provinces = [];
for (const g of Object.values(topo.objects)[0].geometries) {
  const match = codes.get(norm(g.properties.ten_tinh));
  if (!match) throw new Error(`no GSO code for ${g.properties.ten_tinh}`);
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  const rings = [];
  for (const polygon of polygons) {
    for (const r of polygon) {
      const pts = ring(r);
      // A closed ring is simplified as two open halves, split at its point farthest from the start.
      let far = 0;
      pts.forEach(([x, y], i) => {
        if (Math.hypot(x - pts[0][0], y - pts[0][1]) > Math.hypot(pts[far][0] - pts[0][0], pts[far][1] - pts[0][1]))
          far = i;
      });
      let simple = [...simplify(pts.slice(0, far + 1), 0.006), ...simplify(pts.slice(far), 0.006).slice(1)];
      // An islet smaller than the tolerance collapses: keep it as its own (rounded) outline.
      if (simple.length < 4)
        simple = simplify(pts.slice(0, far + 1), 0.0005).concat(simplify(pts.slice(far), 0.0005).slice(1));
      const flat = [];
      let last = '';
      for (const [x, y] of simple) {
        const key = `${round(x)},${round(y)}`;
        if (key === last) continue;
        last = key;
        flat.push(round(x), round(y));
      }
      if (flat.length >= 6) rings.push(flat);
    }
  }
  provinces.push({ code: match.code, name: match.name, rings });
}
provinces.sort((a, b) => a.code.localeCompare(b.code));

// The archipelagos must be there: Hoàng Sa (around 111–112.7°E, 15.7–17.1°N) under Đà Nẵng,
// Trường Sa (around 111.5–116.9°E, 6.9–11.5°N) under Khánh Hòa.
const inBox = (code, [x0, y0, x1, y1]) =>
  provinces
    .find((p) => p.code === code)
    .rings.filter((r) => r.every((v, i) => (i % 2 ? v >= y0 && v <= y1 : v >= x0 && v <= x1))).length;
const hoangSa = inBox('48', [110.9, 15.6, 113, 17.2]);
const truongSa = inBox('56', [111.3, 6.8, 117.2, 11.6]);
if (hoangSa < 5 || truongSa < 5) throw new Error(`archipelagos lost: Hoàng Sa ${hoangSa}, Trường Sa ${truongSa}`);

writeFileSync(
  'apps/web/src/kit/map/vn-provinces.json',
  JSON.stringify({
    source:
      'Vietnam-Shape-Map © 2025 Talia Cao (MIT), from Open Development Vietnam "Địa phận tỉnh"; simplified by scripts/gen-vn-map.mjs',
    provinces,
  }) + '\n',
);
console.log(
  `${provinces.length} provinces, ${provinces.reduce((n, p) => n + p.rings.length, 0)} rings; islets: Hoàng Sa ${hoangSa}, Trường Sa ${truongSa}`,
);
