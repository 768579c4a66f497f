import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboards draw, so the lazily loaded chunk stays small.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export type EChartHandle = { png: () => string | null };

type Props = {
  option: EChartsCoreOption;
  /** Accessible name (the canvas itself says nothing to a screen reader). */
  title: string;
  height: number;
  onClick?: (dataIndex: number) => void;
  testId?: string;
};

/** An ECharts chart that follows its box's width (a phone's 390 px included) and gives its PNG. */
export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, title, height, onClick, testId }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    const handler = (p: { dataIndex: number }) => onClick(p.dataIndex);
    c.on('click', handler);
    return () => {
      c.off('click', handler);
    };
  }, [onClick]);
  useImperativeHandle(ref, () => ({
    png: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null,
  }));
  return <div ref={box} role="img" aria-label={title} data-testid={testId} style={{ width: '100%', height }} />;
});
