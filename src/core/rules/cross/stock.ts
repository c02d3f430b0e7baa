// V-T2-02: the stock of 规章 / 行政规范性文件 carries over: valid(N) = valid(N−1) + made(N) − repealed(N).
import type { CrossRule, CrossContext, CrossHit } from '../types.ts'
import { consecutivePairs } from '../cross-context.ts'

function checkStock(context: CrossContext): CrossHit[] {
  return consecutivePairs(context).flatMap(([prev, cur]) => {
    const a = prev.record.t2, b = cur.record.t2
    if (!a || !b) return []
    return (['rules', 'normdocs'] as const).flatMap((k) => {
      const { made, repealed, valid } = b[k]
      const before = a[k].valid
      if (made === null || repealed === null || valid === null || before === null) return []
      const expected = before + made - repealed
      if (expected === valid) return []
      return [{ unit: cur.record.unit, year: cur.record.year, report: cur, cells: [`t2.${k}.valid`],
        message: `${k === 'rules' ? '规章' : '行政规范性文件'}现行有效 ${valid} 件，按上年 ${before} + 制发 ${made} − 废止 ${repealed} 应为 ${expected} 件` }]
    })
  })
}

export const STOCK_RULE: CrossRule = {
  id: 'V-T2-02', severity: 'WARN', scope: 'cross', title: '现行有效文件数不衔接',
  explanation: '现行有效件数应等于上年现行有效 + 本年制发 − 本年废止（文件到期失效、清理重计时可能不符）。',
  check: checkStock,
}
