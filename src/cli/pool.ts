// Runs file jobs on all cores with worker_threads; reports each result as it arrives.
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { FileReport } from "../core/report";
import { processFile, type FileJob, type FileOutcome } from "./processFile";

/** What one worker may use: a file that needs more fails alone (FILE_TOO_LARGE), the batch goes on. */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 48 };
/** Longest a worker may spend on one file before it is stopped and the file fails (no real file comes near). */
export const FILE_TIME_LIMIT_MS = 120_000;

/** Processes jobs in parallel (or inline for one job / one core) and returns their outcomes in job order. */
export async function runJobs(jobs: FileJob[], jobsWanted: number | null, onDone: (done: number) => void): Promise<FileOutcome[]> {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const n = Math.min(jobsWanted ?? cores, jobs.length);
  const results: FileOutcome[] = new Array(jobs.length);
  if (n <= 1) {
    jobs.forEach((j, i) => {
      results[i] = processFile(j);
      onDone(i + 1);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const finish = (i: number, outcome: FileOutcome) => {
    results[i] = outcome;
    onDone(++done);
  };
  // One worker's life: it takes jobs until none are left. If it dies on a job (out of memory on a monstrous file,
  // a crash), that file gets a failed report and a fresh worker carries on: the rest of the batch is still processed.
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const w = new Worker(path.join(__dirname, "worker.js"), { resourceLimits: WORKER_LIMITS });
      let current = -1;
      let over = false;
      let watchdog: NodeJS.Timeout | undefined;
      const feed = () => {
        if (next >= jobs.length) {
          over = true;
          void w.terminate().then(() => resolve());
          return;
        }
        current = next++;
        clearTimeout(watchdog);
        watchdog = setTimeout(() => died(TIMED_OUT), FILE_TIME_LIMIT_MS);
        w.postMessage({ i: current, job: jobs[current] });
      };
      const died = (why: string) => {
        clearTimeout(watchdog);
        if (over) return;
        over = true;
        // the file in hand fails; every worker takes a file as it starts, so replacing it always makes progress
        if (current >= 0) finish(current, { report: workerDied(jobs[current], why), cleared: 0 });
        void w.terminate().then(() => (next < jobs.length ? runWorker().then(resolve) : resolve()));
      };
      w.on("message", (m: { i: number; outcome: FileOutcome }) => {
        clearTimeout(watchdog);
        current = -1;
        finish(m.i, m.outcome);
        feed();
      });
      w.on("error", (e) => died((e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? OUT_OF_MEMORY : e.message));
      w.on("exit", (code) => died(`退出码${code}`));
      feed();
    });
  await Promise.all(Array.from({ length: n }, runWorker));
  return results;
}

const OUT_OF_MEMORY = "\u0000memory";
const TIMED_OUT = "\u0000time";

function workerDied(job: FileJob, why: string): FileReport {
  if (why === OUT_OF_MEMORY || why === TIMED_OUT) {
    const what = why === OUT_OF_MEMORY ? `所需内存超过${WORKER_LIMITS.maxOldGenerationSizeMb}MB` : `处理超过${FILE_TIME_LIMIT_MS / 1000}秒`;
    const message = `文件过大（${what}），已停止处理此文件，其余文件照常处理，原文件未改动。请删去无关数据或拆分后再评分。`;
    return { file: job.display, output: null, tables: [], errors: [{ code: "FILE_TOO_LARGE", message }] };
  }
  const message = `处理此文件时程序中断（${why}；文件可能过大或已损坏），其余文件照常处理，原文件未改动`;
  return { file: job.display, output: null, tables: [], errors: [{ code: "FILE_UNREADABLE", message }] };
}
