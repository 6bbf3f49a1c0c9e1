// Runs file jobs on all cores with worker_threads; reports each result as it arrives.
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { FileReport } from "../core/report";
import { processFile, type FileJob } from "./processFile";

/** Processes jobs in parallel (or inline for one job / one core) and returns reports in job order. */
export async function runJobs(jobs: FileJob[], jobsWanted: number | null, onDone: (done: number) => void): Promise<FileReport[]> {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const n = Math.min(jobsWanted ?? cores, jobs.length);
  const results: FileReport[] = new Array(jobs.length);
  if (n <= 1) {
    jobs.forEach((j, i) => {
      results[i] = processFile(j);
      onDone(i + 1);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const script = path.join(__dirname, "worker.js");
  await Promise.all(
    Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(script);
      const feed = () => {
        if (next >= jobs.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        w.postMessage({ i, job: jobs[i] });
      };
      w.on("message", (m: { i: number; report: FileReport }) => {
        results[m.i] = m.report;
        onDone(++done);
        feed();
      });
      w.on("error", reject);
      feed();
    })),
  );
  return results;
}
