// Fictional places of the demo county 示例县. The names are invented word pairs, chosen so that they
// read as poetic descriptions rather than as real townships.
import type { UnitKind } from '../../src/core/model/report.ts'

export const DEMO_COUNTY = '示例县'

/** The 20 units of the demo county: [name, kind]. */
export const DEMO_UNITS: [string, UnitKind][] = [
  ['青禾镇', 'town'], ['云栖乡', 'township'], ['砚溪街道', 'subdistrict'], ['苇岸镇', 'town'], ['鹤汀乡', 'township'],
  ['松雾镇', 'town'], ['兰渚街道', 'subdistrict'], ['竹笙乡', 'township'], ['霁川镇', 'town'], ['麦浪乡', 'township'],
  ['枫篱镇', 'town'], ['月汀街道', 'subdistrict'], ['石磬乡', 'township'], ['萤谷镇', 'town'], ['杏泽乡', 'township'],
  ['橙湾街道', 'subdistrict'], ['绿绮镇', 'town'], ['桐荫乡', 'township'], ['棠梨镇', 'town'], ['芦笛乡', 'township'],
]

const FIRST = '青云砚苇鹤松兰竹霁麦枫月石萤杏橙绿桐棠芦荻菱蓼荇蘅芷蒹葭苔莼藜蕙菖蓬茭蕨蘋薇荪茗橘柚榴梓楸椿槐柘檀'
const SECOND = '禾栖溪岸汀雾渚笙川浪篱磬谷泽湾绮荫梨笛畈坪塘垸埠墩岙坳埭汊浦圩沚渌泷涧湄澳'
const KINDS: [string, UnitKind][] = [['镇', 'town'], ['乡', 'township'], ['街道', 'subdistrict']]
const CN_DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 23 → 二十三, 105 → 一百零五 (k < 1000). */
function toChineseNumber(k: number): string {
  const h = Math.floor(k / 100), t = Math.floor((k % 100) / 10), u = k % 10
  let s = h ? `${CN_DIGITS[h]}百` : ''
  if (t) s += `${h || t > 1 ? CN_DIGITS[t] : ''}十`
  else if (h && u) s += '零'
  if (u) s += CN_DIGITS[u]
  return s
}

/** The i-th synthetic unit name for large benchmark sets (unique for i < 9,000 or so). */
export function syntheticUnit(i: number): [string, UnitKind] {
  const a = FIRST[i % FIRST.length]
  const b = SECOND[Math.floor(i / FIRST.length) % SECOND.length]
  const [suffix, kind] = KINDS[Math.floor(i / (FIRST.length * SECOND.length)) % KINDS.length]
  return [a + b + suffix, kind]
}

/** The k-th synthetic county name for large sets: 示例一县, 示例二县 … */
export function syntheticCounty(k: number): string {
  if (k === 0) return DEMO_COUNTY
  return `示例${toChineseNumber(k)}县`
}

/** The short form of a unit name used in account names: 青禾镇 → 青禾. */
export function shortName(unit: string): string {
  return unit.replace(/(街道|镇|乡)$/, '')
}

/** Village or community names of a unit, for narrative colour. */
export function villagesOf(unit: string): string[] {
  const s = shortName(unit)
  return ['东', '西', '南', '北', '上', '下'].map((p, i) => `${p}${s[i % s.length]}${unit.endsWith('街道') ? '社区' : '村'}`)
}
