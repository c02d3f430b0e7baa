// Runs in Node: the CLI's file reading expands a .zip into its reports (kept beside the ingest tests,
// which own the archive fixtures). A ZIP of mixed formats with GBK names in nested folders.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../tests/fixtures/formats/docx-writer.ts'
import { toGbk, writeZip } from '../../tests/fixtures/formats/zip-writer.ts'
import { parseFile } from '../cli/parse-files.ts'
import { listInputFiles } from '../cli/read-inputs.ts'

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/formats')

describe('nianbao parse on a .zip', () => {
  it('lists each report inside as its own input and reads it with its base name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-zip-'))
    const zipPath = join(dir, '县报告.zip')
    writeFileSync(zipPath, writeZip([
      { name: toGbk('乡镇/赵岗镇/赵岗镇.docx'), data: writeDocx(['赵岗镇2023年政府信息公开工作年度报告']), deflate: true },
      { name: toGbk('乡镇/测试镇.pdf'), data: new Uint8Array(readFileSync(join(FIXTURES, 'table-split.pdf'))) },
      { name: toGbk('扫描件.pdf'), data: new Uint8Array(readFileSync(join(FIXTURES, 'scanned.pdf'))) },
    ]))
    const paths = listInputFiles([dir])
    expect(paths).toEqual([`${zipPath}!/乡镇/赵岗镇/赵岗镇.docx`, `${zipPath}!/乡镇/测试镇.pdf`, `${zipPath}!/扫描件.pdf`])
    const results = await Promise.all(paths.map(parseFile))
    expect(results.map((r) => (r.ok ? r.record.file : r.file))).toEqual(['赵岗镇.docx', '测试镇.pdf', '扫描件.pdf'])
    expect(results[2]).toMatchObject({ ok: false, error: expect.stringContaining('需要先做 OCR') })
  })

  it('reports an archive that cannot be expanded under its own name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-zip-'))
    const zipPath = join(dir, 'broken.zip')
    writeFileSync(zipPath, 'not a zip')
    expect(listInputFiles([zipPath])).toEqual([zipPath])
    expect(await parseFile(zipPath)).toMatchObject({ ok: false, file: 'broken.zip', error: expect.stringContaining('ZIP') })
  })
})
