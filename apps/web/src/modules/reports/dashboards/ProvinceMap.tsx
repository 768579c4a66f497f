import { useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DashboardView } from '@congdoan/domain';
import { ChoroplethLegend, classesOf, svgToPng } from '../../../kit/map/choropleth';
import { VnMap } from '../../../kit/map/VnMap';
import { ChartCard, saveDataUrl } from './ChartCard';
import { formatFigure } from './format';

/**
 * The national map coloured by the chosen figure for the provinces the unit covers; a click (or Enter) opens
 * that province's dashboard. Always the whole country, with the Hoàng Sa and Trường Sa archipelagos.
 */
export function ProvinceMap({ view, title, xlsxUrl }: { view: DashboardView; title: string; xlsxUrl: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  const unit = view.indicators.find((i) => i.key === view.indicator)!.unit;
  const byCode = useMemo(() => new Map(view.map.map((p) => [p.provinceCode, p])), [view]);
  const classes = useMemo(() => classesOf(view.map.map((p) => p.value)), [view]);
  return (
    <ChartCard
      title={title}
      chart="map"
      xlsxUrl={xlsxUrl}
      onPng={async () => {
        const svg = box.current?.querySelector('svg');
        if (svg) saveDataUrl(await svgToPng(svg, 2), `ban-do-${view.unit.id}-${view.year}.png`);
      }}
    >
      <div ref={box} data-testid="dashboard-map">
        <VnMap
          title={title}
          height={520}
          fill={(code) => (byCode.has(code) ? classes.colour(byCode.get(code)!.value) : undefined)}
          label={(code, name) => {
            const p = byCode.get(code);
            return p ? `${name}: ${formatFigure(p.value, unit)}` : `${name}: ${t('reports.dashboard.noData')}`;
          }}
          onProvinceClick={(code) => {
            const p = byCode.get(code);
            if (p) void navigate(`/dashboard/${p.unitId}`);
          }}
        >
          <ChoroplethLegend
            classes={classes}
            format={(v) => formatFigure(Math.round(v), unit)}
            title={t('reports.dashboard.legend')}
          />
        </VnMap>
      </div>
    </ChartCard>
  );
}
