/// <reference lib="webworker" />
// Thin shell: message in → analyzeFile → message out. All logic lives in core/ and ingest/.
import { analyzeFile } from './analyze-file.ts'
import { browserIngestEnv } from './ingest-env.ts'
import { WORKER_COMMANDS, WORKER_REPLIES, type ParseRequest, type ParseResponse } from './protocol.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const req = event.data
  if (req.type !== WORKER_COMMANDS.parse) return
  const results = await analyzeFile(req.name, new Uint8Array(req.bytes), browserIngestEnv())
  const reply: ParseResponse = { type: WORKER_REPLIES.parsed, id: req.id, results }
  scope.postMessage(reply)
}
