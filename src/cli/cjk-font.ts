import { existsSync, readdirSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { CliError } from './cli-error.ts'

/** Environment variable that names a CJK font file explicitly (.ttc, .ttf or .otf). */
export const FONT_ENV = 'NIANBAO_FONT'

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts'), '/System/Library/Fonts', '/Library/Fonts', 'C:\\Windows\\Fonts']
/** Font files that carry simplified Chinese, best first. */
const PREFERRED_RE = [/NotoSansCJK-Regular\.ttc$/i, /NotoSansCJK.*\.(ttc|otf)$/i, /(NotoSansSC|SourceHanSans).*\.(ttc|otf|ttf)$/i, /wqy-microhei\.ttc$/i, /wqy.*\.ttc$/i, /(msyh|simhei|PingFang).*\.(ttc|ttf)$/i, /NotoSerifCJK.*\.ttc$/i]

export interface CjkFont { file: string; family: string }

function familyOf(file: string): string {
  if (/wqy/i.test(file)) return 'WenQuanYi Micro Hei'
  if (/msyh/i.test(file)) return 'Microsoft YaHei'
  if (/PingFang/i.test(file)) return 'PingFang SC'
  if (/SourceHan/i.test(file)) return 'Source Han Sans SC'
  if (/Serif/i.test(file)) return 'Noto Serif CJK SC'
  return 'Noto Sans CJK SC'
}

function listFonts(dir: string, out: string[], depth = 0): void {
  if (depth > 4) return
  let entries: string[]
  try { entries = readdirSync(dir) } catch { return }
  for (const name of entries) {
    const full = join(dir, name)
    try {
      if (statSync(full).isDirectory()) listFonts(full, out, depth + 1)
      else if (/\.(ttc|ttf|otf)$/i.test(name)) out.push(full)
    } catch { /* unreadable entry */ }
  }
}

/**
 * Finds a font file with Chinese glyphs for rendering PNGs: $NIANBAO_FONT, else the best match in the usual
 * font folders (Noto Sans CJK first). Throws a CliError in Chinese when there is none.
 */
export function findCjkFont(explicit = process.env[FONT_ENV], dirs: string[] = FONT_DIRS): CjkFont {
  if (explicit) {
    if (!existsSync(explicit)) throw new CliError(`找不到字体文件 ${explicit}（由 ${FONT_ENV} 指定）`)
    return { file: explicit, family: familyOf(explicit) }
  }
  const files: string[] = []
  for (const d of dirs) listFonts(d, files)
  for (const re of PREFERRED_RE) {
    const hit = files.find((f) => re.test(f))
    if (hit) return { file: hit, family: familyOf(hit) }
  }
  throw new CliError(`找不到中文字体，无法生成 PNG 图片。请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk）或 fonts-wqy-microhei，或用环境变量 ${FONT_ENV} 指定字体文件路径（.ttc/.ttf/.otf）`)
}
