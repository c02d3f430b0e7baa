import { parseArgs } from 'node:util'
import { CliError } from './cli-error.ts'

const USAGE = `用法：
  nianbao parse [--json] [--sources] 文件或文件夹...   解析年报，输出规范记录
  nianbao check [--json] [--units units.json] [--deadline MM-DD|deadlines.json] 路径...   检查勾稽关系与零活动
  nianbao export --out 目录 [--year 年度] 路径...   把各县各年度的标准图表导出为 PNG 和 SVG
  nianbao export --out 文件夹 [--year 年度] 路径...   把各县区各年度的标准图表导出为 PNG 和 SVG（中文字体可用环境变量 NIANBAO_FONT 指定）
  nianbao bench-parse [--n 10000]   解析速度基准`

/** The command-line entry: dispatches to commands/*, turning CliError into a message and an exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        sources: { type: 'boolean', default: false },
        units: { type: 'string' },
        deadline: { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
        n: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (!command || values.help || command === 'help') { process.stdout.write(USAGE + '\n'); return command ? 0 : 2 }
    switch (command) {
      case 'parse': {
        if (!positionals.length) throw new CliError('parse 需要至少一个文件或文件夹\n' + USAGE)
        const { runParse } = await import('./commands/parse.ts')
        return await runParse(positionals, { json: values.json, sources: values.sources })
      }
      case 'bench-parse': {
        const { runBenchParse } = await import('./commands/bench-parse.ts')
        return await runBenchParse({ n: Number(values.n ?? 10000) })
      }
      default: {
        const mod = await import(`./commands/${command}.ts`).catch(() => null)
        if (!mod?.run) throw new CliError(`未知命令：${command}\n` + USAGE)
        return await mod.run(positionals, values)
      }
    }
  } catch (e) {
    if (e instanceof CliError) { process.stderr.write(`nianbao: ${e.message}\n`); return e.exitCode }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`nianbao: ${e.message}\n${USAGE}\n`); return 2
    }
    throw e
  }
}
