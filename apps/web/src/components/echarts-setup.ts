import { BarChart, FunnelChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use, type EChartsCoreOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

// Only the charts and parts the report draws: ECharts' core stays out of every other page.
use([BarChart, FunnelChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer])

/** Creates a chart in `element` (SVG, so the report prints sharp). */
export const createChart = (element: HTMLElement) => init(element, undefined, { renderer: 'svg' })

/** An option object as `setOption` takes it. */
export type ChartOption = EChartsCoreOption
