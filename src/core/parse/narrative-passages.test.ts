import { describe, expect, it } from 'vitest'
import { splitLines } from './cells.ts'
import { splitPassages } from './narrative-passages.ts'

const TEXT = [
  '一、总体情况',
  '本年度我镇认真落实条例要求，主动公开政府信息120条，其中通过政府网站公开',
  '98条，通过政务新媒体公开22条。',
  '信息内容\t本年制发件数\t本年废止件数',
  '规章\t0\t0',
  '| 行政许可 | 3 |',
  '办理结果 | 见下表',
  '12',
  '收到申请   3   件',
  '',
  '五、存在的主要问题及改进情况',
  '下一步将继续加强公开工作。',
].join('\n')

describe('splitPassages', () => {
  it('drops table rows and joins wrapped lines', () => {
    const texts = splitPassages(TEXT).map((p) => p.text)
    expect(texts).toEqual(['一、总体情况', '本年度我镇认真落实条例要求，主动公开政府信息120条，其中通过政府网站公开98条，通过政务新媒体公开22条。'])
  })

  it('gives the same passages with the lines of cells as without', () => {
    expect(splitPassages(TEXT, splitLines(TEXT))).toEqual(splitPassages(TEXT))
  })
})
