import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/**
 * One chart. ECharts is loaded on first use only (its own chunk), so pages without charts and the
 * home page carry none of it. Renders SVG: sharp on phones, and the text of the chart stays in
 * the page. `label` is the chart's accessible name; every chart should also have a table of the
 * same figures beside it (the table is what screen readers and exports use).
 */
export function EChart({
  option,
  label,
  height = 320,
  onClick,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  /** A click on a bar or point (drill-down): the index of the datum in its series. */
  onClick?: (datum: { dataIndex: number; name: string }) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clicked = useRef(onClick);
  clicked.current = onClick;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void loadEcharts().then((echarts) => {
      if (disposed || !box.current) return;
      chart.current = echarts.init(box.current, undefined, { renderer: 'svg' });
      chart.current.setOption(option, true);
      chart.current.on('click', (params) => clicked.current?.({ dataIndex: params.dataIndex, name: params.name }));
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is created once; option changes are applied by the effect below.
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={box} role="img" aria-label={label} className="echart" style={{ width: '100%', height }} />;
}

let loading: Promise<typeof import('echarts/core')> | undefined;

function loadEcharts() {
  loading ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.BarChart,
      charts.LineChart,
      charts.PieChart,
      charts.RadarChart,
      charts.ScatterChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.TitleComponent,
      components.RadarComponent,
      components.DataZoomComponent,
      components.MarkLineComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  })();
  return loading;
}
