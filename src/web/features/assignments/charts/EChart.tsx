import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  type LegendComponentOption,
  LegendPlainComponent,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

// Only what the charts of this feature draw is registered (the plain legend, not the scrolling one), so the chunk stays small.
use([BarChart, GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers: the drawing is one image to them, and the page tables hold its numbers. */
  label: string;
  height?: number;
  style?: CSSProperties;
}

/** An ECharts chart on a div: created once, updated when the option changes, resized with its box, disposed on unmount. */
export function EChart({ option, label, height = 320, style }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    // A chart in a hidden tab starts at width 0; the observer redraws it once the tab shows.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series that disappeared (a filter changed) must not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height, ...style }} />;
}
