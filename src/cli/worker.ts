// A worker thread of the command line: started once with the run's settings and its progress record (workerData), it
// processes the chunks of file jobs it is sent, says which file it has in hand (src/cli/workerProgress.ts) and posts
// the results several at a time (src/cli/resultPoster.ts). A pool's lone worker leaves storing its copies to the main
// thread, which has the time (docs/DECISIONS.md, "On two cores, one worker").
import { parentPort, workerData } from "node:worker_threads";
import { fileResult } from "./fileResult";
import { fileJob, processFile, scoreJob, type FileJob, type JobFile, type JobSettings } from "./processFile";
import { ResultPoster } from "./resultPoster";
import { WorkerProgress } from "./workerProgress";

/** What a worker is started with. */
export interface WorkerData {
  settings: JobSettings;
  /** The buffer of its WorkerProgress. */
  progress: SharedArrayBuffer;
  /** Whether it stores its copies itself (else it posts them with the results for the main thread to store). */
  storesCopies: boolean;
}

const { settings, progress: shared, storesCopies } = workerData as WorkerData;
const progress = new WorkerProgress(shared);
const poster = new ResultPoster((results, moved) => {
  progress.posting();
  parentPort!.postMessage(results, moved);
});

/** Scores a file and holds its result with the copy, made as it will read once the main thread stores the copy
 *  (should storing fail, the main thread makes the result again: src/cli/storeCopy.ts, storePosted). */
function scoreLeavingCopy(i: number, job: FileJob): void {
  const { report, copy, cleared, original, stamp } = scoreJob(job);
  if (!copy) return poster.add(i, fileResult(report, 0, settings.lang, settings.reportEntries));
  report.output = job.output;
  poster.add(i, fileResult(report, cleared, settings.lang, settings.reportEntries), { bytes: copy, original, stamp });
}

parentPort?.on("message", (chunk: (JobFile & { i: number })[]) => {
  for (const file of chunk) {
    progress.start(file.i);
    const job = fileJob(settings, file);
    if (storesCopies) {
      const outcome = processFile(job);
      poster.add(file.i, fileResult(outcome.report, outcome.cleared, settings.lang, settings.reportEntries));
    } else scoreLeavingCopy(file.i, job);
    progress.finish();
  }
  poster.flush();
});
