import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the report charts draw, so the bundle carries no other chart types. SVG keeps text sharp
// on any screen scale and leaves each bar or slice an element a person (and a browser test) can click.
echarts.use([BarChart, LineChart, PieChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export const { init } = echarts;
