// Benchmark probes on the live comparison chart: first paint, repaint after a filter change, PNG export,
// and the floor (a bare ECharts instance rendering the same option).
import { getInstanceByDom, init, type ECharts } from 'echarts/core'

export type FilterKind = 'county' | 'year' | 'metric'

const CHART_HOST_SELECTOR = 'x-vue-echarts > .echarts-host'
const WAIT_LIMIT_MS = 60_000

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

function liveChart(): ECharts | null {
  const host = document.querySelector<HTMLElement>(CHART_HOST_SELECTOR)
  const chart = host ? getInstanceByDom(host) : undefined
  return chart && !chart.isDisposed() ? chart : null
}

/** What the chart shows: changes when a filter changes its data. */
function signatureOf(chart: ECharts): string {
  const option = chart.getOption() as { dataset?: unknown; series?: { data?: unknown }[] }
  return JSON.stringify([option.dataset, option.series?.map((s) => s.data)])
}

function hasData(chart: ECharts): boolean {
  const option = chart.getOption() as { dataset?: { source?: unknown[] }[]; series?: { data?: unknown[] }[] }
  return Boolean(option.dataset?.some((d) => (d.source?.length ?? 0) > 1) || option.series?.some((s) => (s.data?.length ?? 0) > 0))
}

/** Waits, frame by frame, until `ready` holds, then one more frame so the canvas has been painted. */
async function paintedWhen(ready: (chart: ECharts) => boolean): Promise<number> {
  const start = performance.now()
  for (;;) {
    const chart = liveChart()
    if (chart && ready(chart)) break
    if (performance.now() - start > WAIT_LIMIT_MS) throw new Error('bench: chart did not paint')
    await frame()
  }
  await frame()
  return performance.now()
}

/** Milliseconds from navigation start until the first comparison chart with data is painted. */
export function waitForFirstChart(): Promise<number> {
  return paintedWhen(hasData)
}

function nextOption(select: HTMLSelectElement): void {
  const values = [...select.options].map((o) => o.value)
  select.value = values[(values.indexOf(select.value) + 1) % values.length]
  select.dispatchEvent(new Event('change', { bubbles: true }))
}

function changeFilter(kind: FilterKind): void {
  if (kind === 'metric') {
    const tab = document.querySelector<HTMLButtonElement>('[role=tab][aria-selected=false]')
    if (!tab) throw new Error('bench: no other metric tab')
    tab.click()
    return
  }
  const select = document.querySelector<HTMLSelectElement>(`[data-testid=${kind}-picker]`)
  if (!select || select.options.length < 2) throw new Error(`bench: ${kind} picker has no other option`)
  nextOption(select)
}

/** Milliseconds from a filter change (county, year or metric tab) until the chart shows the new data. */
export async function measureFilterChange(kind: FilterKind): Promise<number> {
  const before = liveChart()
  const signature = before ? signatureOf(before) : ''
  const t0 = performance.now()
  changeFilter(kind)
  const t1 = await paintedWhen((chart) => hasData(chart) && (chart !== before || signatureOf(chart) !== signature))
  return t1 - t0
}

/** Milliseconds to export the live chart as a PNG (pixel ratio 2, white background) and get its bytes. */
export async function measureExportPng(): Promise<number> {
  const chart = liveChart()
  if (!chart) throw new Error('bench: no chart to export')
  const t0 = performance.now()
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })
  const blob = await (await fetch(url)).blob()
  const ms = performance.now() - t0
  if (blob.size === 0) throw new Error('bench: empty PNG')
  return ms
}

/** The floor: a bare ECharts instance of the same size rendering the live chart's option (median of 5). */
export async function measureRenderFloor(): Promise<number> {
  const chart = liveChart()
  if (!chart) throw new Error('bench: no chart to copy')
  const option = chart.getOption()
  const box = document.createElement('div')
  box.style.cssText = `position:absolute;left:0;top:0;width:${chart.getWidth()}px;height:${chart.getHeight()}px;visibility:hidden`
  document.body.append(box)
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const bare = init(box, null, { renderer: 'canvas' })
    bare.setOption(option)
    bare.getZr().flush()
    times.push(performance.now() - t0)
    bare.dispose()
    await frame()
  }
  box.remove()
  return times.sort((a, b) => a - b)[2]
}
