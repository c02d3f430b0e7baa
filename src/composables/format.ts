/** The one place numbers, sizes and dates are formatted for display. */
export function formatNumber(v: number | null | undefined, approx = false): string {
  if (v == null || !Number.isFinite(v)) return '—'
  return v.toLocaleString('zh-CN') + (approx ? '余' : '')
}

export function formatBytes(n: number | null): string {
  if (n == null) return '未知'
  if (n < 1024) return `${n} B`
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`
  return `${(n / 1024 ** 3).toFixed(2)} GB`
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  const pad = (x: number) => String(x).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function formatDuration(ms: number | null): string {
  if (ms == null) return '估算中…'
  const s = Math.ceil(ms / 1000)
  return s < 60 ? `约 ${s} 秒` : `约 ${Math.floor(s / 60)} 分 ${s % 60} 秒`
}
