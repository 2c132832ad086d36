import type { ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option.ts';
import { init } from './echarts-setup.ts';

interface Props {
  option: ChartOption;
  height: number;
  onPointClick?: (seriesIndex: number, dataIndex: number) => void;
}

/** One ECharts instance sized to its container: redrawn when the option changes, disposed on unmount. */
export function EChartCanvas({ option, height, onPointClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onPointClick);

  useEffect(() => {
    click.current = onPointClick;
  }, [onPointClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.seriesIndex === 'number' && typeof params.dataIndex === 'number') click.current?.(params.seriesIndex, params.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} style={{ width: '100%', height, cursor: onPointClick ? 'pointer' : undefined }} data-testid="report-chart-canvas" />;
}
