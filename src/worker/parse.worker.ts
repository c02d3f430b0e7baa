/// <reference lib="webworker" />
// Thin shell: message in → analyzeFile / computeFindings → message out. Logic lives in core/ and ingest/.
import { analyzeFile } from './analyze-file.ts'
import { computeFindings } from './compute-findings.ts'
import { browserIngestEnv } from './ingest-env.ts'
import { WORKER_COMMANDS, WORKER_REPLIES, type AnalyzedFile, type WorkerRequest, type WorkerResponse } from './protocol.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data
  let reply: WorkerResponse
  if (req.type === WORKER_COMMANDS.parse) {
    const results: AnalyzedFile[][] = []
    for (const f of req.files) results.push(await analyzeFile(f.name, new Uint8Array(f.bytes), browserIngestEnv()))
    reply = { type: WORKER_REPLIES.parsed, id: req.id, results }
  } else if (req.type === WORKER_COMMANDS.findings) {
    reply = { type: WORKER_REPLIES.findings, id: req.id, findings: computeFindings(req.reports, req.options, req.skipReportRules) }
  } else return
  scope.postMessage(reply)
}
