#!/usr/bin/env node
// The `nianbao` command: runs the TypeScript CLI through tsx so that it works right after `npm install`.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/nianbao.ts')
process.exitCode = await main(process.argv.slice(2))
