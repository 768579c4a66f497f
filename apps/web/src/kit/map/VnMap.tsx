import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Skeleton, Typography } from 'antd';
import { archipelagoRings, project, projectRings, type MapData, type MapPoint, viewBoxOf } from './projection';

export type { MapPoint } from './projection';

// The data (34 provinces, ~190 kB) is loaded on first use, once, off the main bundle.
let loading: Promise<MapData> | null = null;
const loadMap = () => (loading ??= import('./vn-provinces.json').then((m) => m.default as MapData));

type Props = {
  /** Province codes (2025 GSO) to draw; all 34 when absent (the national map, with both archipelagos). */
  provinces?: string[];
  points?: MapPoint[];
  /** A fill per province (e.g. coloured by an indicator); a neutral fill otherwise. */
  fill?: (code: string) => string | undefined;
  /** Accessible name of the map. */
  title: string;
  height?: number;
  /** Makes each province a link (keyboard too), e.g. to its dashboard; `label` names it with its figure. */
  onProvinceClick?: (code: string) => void;
  label?: (code: string, name: string) => string;
  /** Drawn under the map (a choropleth's legend). */
  children?: ReactNode;
};

/**
 * A map of Vietnam's provinces drawn as SVG from bundled boundaries: no tile server, works offline and
 * scales to any width (a phone's 390 px included). Points are houses, events, units… at their coordinates.
 * The national map always shows the Hoàng Sa and Trường Sa archipelagos, labelled.
 */
export function VnMap({ provinces, points = [], fill, title, height = 420, onProvinceClick, label, children }: Props) {
  const [data, setData] = useState<MapData | null>(null);
  useEffect(() => {
    let live = true;
    void loadMap().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, []);
  const shown = useMemo(
    () => (data ? data.provinces.filter((p) => !provinces || provinces.includes(p.code)) : []),
    [data, provinces],
  );
  if (!data) return <Skeleton.Image active style={{ width: '100%', height }} />;
  const national = !provinces;
  // On the national map the archipelagos are their own elements (data-archipelago), filled as their province.
  const split = shown.map((p) => (national ? archipelagoRings(p.code, p.rings) : { mainland: p.rings, islands: [] }));
  const paths = shown.map((p, i) => ({ code: p.code, name: p.name, d: projectRings(split[i]!.mainland) }));
  const islands = shown.flatMap((p, i) =>
    split[i]!.islands.map((a) => ({
      code: p.code,
      name: p.name,
      key: a.key,
      label: a.label,
      d: projectRings(a.rings),
    })),
  );
  const box = viewBoxOf(shown, points);
  const r = Math.max(box.w, box.h) / 110;
  const link = (code: string, name: string) =>
    onProvinceClick
      ? {
          role: 'link',
          tabIndex: 0,
          'aria-label': label?.(code, name) ?? name,
          style: { cursor: 'pointer' },
          onClick: () => onProvinceClick(code),
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onProvinceClick(code);
            }
          },
        }
      : {};
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        // A picture, or a group of links when its provinces can be opened (an img may not hold links).
        role={onProvinceClick ? 'group' : 'img'}
        aria-label={title}
        data-testid="vn-map"
        style={{ width: '100%', height, display: 'block', background: '#eaf4fb' }}
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{title}</title>
        {paths.map((p) => (
          <path
            key={p.code}
            d={p.d}
            data-province={p.code}
            fill={fill?.(p.code) ?? '#f4efe1'}
            stroke="#8c8c8c"
            strokeWidth={r / 8}
            fillRule="evenodd"
            {...link(p.code, p.name)}
          >
            <title>{label?.(p.code, p.name) ?? p.name}</title>
          </path>
        ))}
        {islands.map((a) => (
          <path
            key={a.key}
            d={a.d}
            data-archipelago={a.key}
            data-testid={`archipelago-${a.key}`}
            fill={fill?.(a.code) ?? '#f4efe1'}
            stroke="#595959"
            strokeWidth={r / 5}
            fillRule="evenodd"
          >
            <title>{`${a.label} (${a.name})`}</title>
          </path>
        ))}
        {national && (
          <g fontSize={r * 3.2} fill="#3a3a3a">
            <text x={project(110.6, 17.5)[0]} y={project(110.6, 17.5)[1]}>
              Quần đảo Hoàng Sa
            </text>
            <text x={project(111.6, 12)[0]} y={project(111.6, 12)[1]}>
              Quần đảo Trường Sa
            </text>
          </g>
        )}
        {points.map((pt) => (
          <circle
            key={pt.id}
            cx={project(pt.lon, pt.lat)[0]}
            cy={project(pt.lon, pt.lat)[1]}
            r={r}
            fill={pt.color}
            stroke="#fff"
            strokeWidth={r / 4}
            data-testid={pt.testId}
          >
            <title>{pt.label}</title>
          </circle>
        ))}
      </svg>
      {children}
      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
        Bản đồ: Vietnam-Shape-Map © 2025 Talia Cao (MIT), ranh giới từ Open Development Vietnam.
      </Typography.Text>
    </figure>
  );
}
