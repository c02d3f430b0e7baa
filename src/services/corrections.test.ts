import { beforeEach, describe, expect, it } from 'vitest'
import { allFindings, db } from '../db/index.ts'
import { importFiles } from './import-files.ts'
import { acknowledgeFinding, saveCorrection } from './corrections.ts'
import { analyzed, fakeParser, inputs, resetDb } from './test-helpers.ts'

const ID = '示例县|2023|青禾镇'
// 新收 3 while the result rows sum to 3: correcting 新收 to 5 breaks 新收 + 结转 = 总计 + 结转下年度.
const parser = () => fakeParser({ 'a.txt': [analyzed('a.txt')] })

describe('saveCorrection', () => {
  beforeEach(resetDb)

  it('recomputes findings from the corrected value and keeps who/when/why', async () => {
    await importFiles(inputs('a.txt'), { parser: parser() })
    const before = (await allFindings()).map((f) => f.rule)
    await saveCorrection({ reportId: ID, path: 't3.tot.new', value: 5, who: '张三', why: '原表笔误' }, parser())
    const after = (await allFindings()).map((f) => f.rule)
    expect(before).not.toContain('V-T3-01')
    expect(after).toContain('V-T3-01')
    expect(await db.corrections.get(`${ID}#t3.tot.new`)).toMatchObject({ value: 5, original: 3, who: '张三', why: '原表笔误' })
  })

  it('survives re-import of the same file', async () => {
    await importFiles(inputs('a.txt'), { parser: parser() })
    await saveCorrection({ reportId: ID, path: 't3.tot.new', value: 5, who: '张三', why: '原表笔误' }, parser())
    await acknowledgeFinding({ key: 'k', reportId: ID, who: '李四', why: '两镇合并' })
    await importFiles(inputs('a.txt'), { parser: parser(), confirmReplace: async () => true })
    expect(await db.corrections.count()).toBe(1)
    expect(await db.acknowledgements.count()).toBe(1)
    expect((await allFindings()).map((f) => f.rule)).toContain('V-T3-01')
  })
})
