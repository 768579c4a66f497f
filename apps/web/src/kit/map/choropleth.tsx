import { Space, Typography } from 'antd';

// Five classes of one blue, light to dark (ColorBrewer "Blues"); dark enough at the top for the borders.
const SHADES = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const NO_DATA = '#f0f0f0';

export type Classes = { breaks: number[]; colour: (v: number | undefined) => string };

/** Equal-interval classes from 0 to the largest value: the colour of each value and the class bounds. */
export function classesOf(values: number[]): Classes {
  const max = Math.max(0, ...values);
  const step = max / SHADES.length;
  const breaks = SHADES.map((_, i) => step * (i + 1));
  return {
    breaks,
    colour: (v) => {
      if (v === undefined) return NO_DATA;
      if (max === 0) return SHADES[0]!;
      return SHADES[Math.min(SHADES.length - 1, Math.floor(v / step - 1e-9))]!;
    },
  };
}

/** The legend of a choropleth: a swatch per class with its bounds, written by `format`. */
export function ChoroplethLegend({
  classes,
  format,
  title,
}: {
  classes: Classes;
  format: (v: number) => string;
  title: string;
}) {
  return (
    <Space wrap size={[12, 4]} role="list" aria-label={title} data-testid="map-legend" style={{ marginTop: 8 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {classes.breaks.map((to, i) => {
        const text = `${format(i === 0 ? 0 : classes.breaks[i - 1]!)} – ${format(to)}`;
        return (
          <span role="listitem" key={i} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span aria-hidden style={{ width: 14, height: 14, background: SHADES[i], border: '1px solid #8c8c8c' }} />
            {text}
          </span>
        );
      })}
    </Space>
  );
}

/** A PNG (data URL) of an SVG element as drawn, at `pixelRatio`, on white: the map's "Tải PNG". */
export async function svgToPng(svg: SVGSVGElement, pixelRatio = 2): Promise<string> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
