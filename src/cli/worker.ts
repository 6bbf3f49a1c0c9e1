// A worker thread of the command line: started once with the run's settings and its progress record (workerData), it
// processes the chunks of file jobs it is sent, says which file it has in hand (src/cli/workerProgress.ts) and posts
// the results several at a time (src/cli/resultPoster.ts).
import { parentPort, workerData } from "node:worker_threads";
import { fileResult } from "./fileResult";
import { fileJob, processFile, type JobFile, type JobSettings } from "./processFile";
import { ResultPoster } from "./resultPoster";
import { WorkerProgress } from "./workerProgress";

/** What a worker is started with. */
export interface WorkerData {
  settings: JobSettings;
  /** The buffer of its WorkerProgress. */
  progress: SharedArrayBuffer;
}

const { settings, progress: shared } = workerData as WorkerData;
const progress = new WorkerProgress(shared);
const poster = new ResultPoster((results, moved) => {
  progress.posting();
  parentPort!.postMessage(results, moved);
});

parentPort?.on("message", (chunk: (JobFile & { i: number })[]) => {
  for (const file of chunk) {
    progress.start(file.i);
    const outcome = processFile(fileJob(settings, file));
    const result = fileResult(outcome.report, outcome.cleared, settings.lang, settings.reportEntries);
    poster.add(file.i, result);
    progress.finish();
  }
  poster.flush();
});
