// The single registration of the ECharts parts the app uses (tree-shaken echarts/core).
import { use } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import {
  AriaComponent, DatasetComponent, DataZoomComponent, GridComponent, LegendComponent,
  MarkLineComponent, TitleComponent, TooltipComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([
  BarChart, LineChart, AriaComponent, DatasetComponent, DataZoomComponent, GridComponent, LegendComponent,
  MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer,
])
