#!/usr/bin/env node
// `npm test`: every test of the project, then one closing line `N passed, N failed` that CI reads.
// 1. Installs what a fresh clone and a fresh Debian machine lack: the npm dependencies, and for the
//    browser tests Chromium and a CJK font (Debian packages, when run as root).
// 2. Runs Vitest (core + app projects) and Playwright (e2e/, real Chromium), each with a JSON report.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

function ensureBrowser() {
  const hasChromium = existsSync('/usr/bin/chromium')
  const hasFont = spawnSync('sh', ['-c', 'fc-list 2>/dev/null | grep -qiE "Noto Sans CJK|WenQuanYi"']).status === 0
  if (hasChromium && hasFont) return true
  if (process.getuid?.() !== 0) { console.error('缺少 Chromium 或中文字体，且不是 root，无法安装：跳过浏览器测试会导致失败'); return false }
  console.log('安装 Chromium 与中文字体（Debian 软件包）…')
  run('apt-get', ['update', '-qq'])
  return run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk', 'poppler-utils'], { DEBIAN_FRONTEND: 'noninteractive' }) === 0
}

// A fresh clone: install the locked dependencies first, so that `npm test` works by itself.
if (!existsSync('node_modules/.bin/vitest')) {
  console.log('安装依赖（npm ci）…')
  if (run('npm', existsSync('package-lock.json') ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']) !== 0) {
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

let passed = 0, failed = 0
// The browser tests need Chromium and the chart-export tests a CJK font: install both before any test runs.
const browserReady = ensureBrowser()
if (!browserReady) failed++
// Types first: a type error is a failure even where no test reaches the code.
if (run('npx', ['vue-tsc', '--noEmit']) !== 0) { console.error('类型检查未通过（vue-tsc）'); failed++ } else passed++
const VITEST_JSON = '.vitest-results.json'
rmSync(VITEST_JSON, { force: true })
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`])
if (existsSync(VITEST_JSON)) {
  const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8'))
  passed += r.numPassedTests ?? 0
  failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0) + (r.numRuntimeErrorTestSuites ?? 0)
} else failed++

const hasE2e = existsSync('e2e') && readdirSync('e2e').some((f) => f.endsWith('.spec.ts'))
if (hasE2e) {
  const PW_JSON = '.playwright-results.json'
  rmSync(PW_JSON, { force: true })
  if (!browserReady) console.error('浏览器测试未运行：缺少 Chromium 或中文字体')
  else if (run('npx', ['vite', 'build']) !== 0) failed++
  else {
    run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: PW_JSON })
    if (existsSync(PW_JSON)) {
      const s = JSON.parse(readFileSync(PW_JSON, 'utf8')).stats ?? {}
      passed += (s.expected ?? 0) + (s.flaky ?? 0)
      failed += (s.unexpected ?? 0)
    } else failed++
  }
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
