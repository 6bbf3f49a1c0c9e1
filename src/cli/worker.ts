// A worker thread of the command line: started once with the run's settings (workerData), it processes the chunks
// of file jobs it is sent and posts each file's result (report entry as bytes, printed lines, aggregate) as it
// finishes.
import { parentPort, workerData } from "node:worker_threads";
import { fileResult } from "./fileResult";
import { fileJob, processFile, type JobFile, type JobSettings } from "./processFile";

const settings = workerData as JobSettings;
const encoder = new TextEncoder();

parentPort?.on("message", (chunk: (JobFile & { i: number })[]) => {
  for (const file of chunk) {
    const i = file.i;
    const outcome = processFile(fileJob(settings, file));
    const result = fileResult(outcome.report, outcome.cleared, settings.lang, settings.reportEntries);
    if (result.json === null) {
      parentPort!.postMessage({ i, result });
      continue;
    }
    // the report entry goes as UTF-8 bytes, moved not copied: the main thread only writes them. Each piece is
    // encoded as it is stringified (a large entry is never one string), each into its own ArrayBuffer (a small
    // Buffer would share a pool's)
    const json: Uint8Array[] = [];
    for (const piece of result.json) json.push(typeof piece === "string" ? encoder.encode(piece) : piece);
    parentPort!.postMessage(
      { i, result: { ...result, json } },
      json.map((b) => b.buffer as ArrayBuffer),
    );
  }
});
