// A worker thread of the command line: started once with the run's settings (workerData), it processes the chunks
// of file jobs it is sent and posts each file's result (report entry, printed lines, aggregate) as it finishes.
import { parentPort, workerData } from "node:worker_threads";
import { fileResult } from "./fileResult";
import { processFile, type JobFile, type JobSettings } from "./processFile";

const settings = workerData as JobSettings;

parentPort?.on("message", (chunk: (JobFile & { i: number })[]) => {
  for (const { i, ...file } of chunk) {
    const outcome = processFile({ ...settings, ...file });
    parentPort!.postMessage({ i, result: fileResult(outcome.report, outcome.cleared, settings.lang) });
  }
});
