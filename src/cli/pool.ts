// Runs a batch's file jobs: in this thread when a pool cannot help (one file, one core, too little input for the
// cores to pay for the workers' warm-up), else on worker threads that start once with the run's settings and take
// jobs in chunks (on two cores one, whose copies this thread stores). Results are handed on in job order as they are
// ready, so the caller can write them out and forget them (memory flat in the number of files).
import * as os from "node:os";
import { fileResult, type FileResult } from "./fileResult";
import { OrderWindow } from "./orderWindow";
import { MAX_CHUNK, PoolWorker, type WorkerHost } from "./poolWorker";
import { fileJob, scoreJob, type JobFile, type JobSettings } from "./processFile";
import type { PostedResult } from "./resultPoster";
import { haltOnStop } from "./stopCleanup";
import { storePosted } from "./storeCopy";

export { FILE_TIME_LIMIT_MS, MAX_CHUNK, WORKER_LIMITS, workerDied } from "./poolWorker";

/** What starting a worker costs, as the bytes of workbooks the same CPU would score: each thread loads the scorer
 *  and warms up its own JIT, about 1.1 s of CPU against 1.6 ms per 6.3 KB workbook once warm (BENCHMARKS.md, "Pool"). */
export const WARM_UP_BYTES = 4.5 * (1 << 20);
/** How much faster one thread runs than its CPU alone would say: its compiler and collector threads use the next
 *  processor (`--jobs 1` on 1,000 workbooks: 2.75 s of CPU in 2.06 s). */
export const ONE_THREAD_SPEEDUP = 1.35;
/** The least gain in time, estimated, for which workers are started: the estimate's margin, and CPU not spent for a
 *  few percent (on two cores a pool for 1,000 workbooks finished no sooner and took 1.3× the CPU). */
export const MIN_GAIN = 1.3;

/** The files of a run, each asked for when it is handed out (a JobList, or an array in tests). */
export interface JobSource {
  readonly length: number;
  at(i: number): JobFile;
}

/** The jobs of a run and where their results go. */
export interface Batch {
  files: JobSource;
  settings: JobSettings;
  /** Total size of the input files (decides whether a pool can pay for itself). */
  bytes: number;
  /** --jobs, or null for the default. */
  jobsWanted: number | null;
  /** Called with each file's result, in job order. */
  onResult: (i: number, result: FileResult) => void;
  /** Called when another file has finished (in any order), with the count. */
  onProgress?: (done: number) => void;
}

/** The processors this process may use. */
export function coreCount(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/** How many workers a batch gets: 0 runs it in this thread. An explicit --jobs N is followed (N = 1: no worker);
 *  otherwise one per core when the estimated time with them, each paying its warm-up, beats this thread's by MIN_GAIN
 *  — but on two cores one, whose copies this thread stores: a second scoring thread there competes with the first's
 *  compiler and collector threads (two workers: 0.65-0.83 of `--jobs 1`'s time for 1.09-1.4× its CPU), where one
 *  worker with this thread writing took 0.77-0.84 of its time for 0.89-1.00 of its CPU, and less memory
 *  (BENCHMARKS.md, "session 15"). */
export function workerCount(files: number, bytes: number, jobsWanted: number | null, cores = coreCount()): number {
  if (jobsWanted !== null) return jobsWanted > 1 ? Math.min(jobsWanted, files) : 0;
  const workers = Math.min(cores, files);
  if (workers < 2 || bytes < poolMinBytes(workers)) return 0;
  return cores === 2 ? 1 : workers;
}

/** The input size from which `workers` workers are estimated to beat this thread by MIN_GAIN (Infinity if never):
 *  the time in this thread, (warm-up + bytes) / ONE_THREAD_SPEEDUP, against warm-up + bytes / workers. */
export function poolMinBytes(workers: number): number {
  const alone = 1 / (ONE_THREAD_SPEEDUP * MIN_GAIN);
  return alone > 1 / workers ? (WARM_UP_BYTES * (1 - alone)) / (alone - 1 / workers) : Infinity;
}

/** Runs the batch; resolves when every result has been handed on. */
export async function runBatch(batch: Batch): Promise<void> {
  const workers = workerCount(batch.files.length, batch.bytes, batch.jobsWanted);
  return workers === 0 ? runHere(batch) : runOnWorkers(batch, workers);
}

/** Runs the batch on `workers` worker threads (the compiled worker.js beside this file). */
export function runOnWorkers(batch: Batch, workers: number): Promise<void> {
  return new WorkerRun(batch, workers).run();
}

/** How long this thread works through files before it lets the event loop turn: Ctrl+C and a kill are handled there
 *  (src/cli/stopCleanup.ts), and a run of thousands of files in one go ignored them to its end. */
export const TURN_EVERY_MS = 50;

/** Runs the batch in this thread, letting the event loop turn every TURN_EVERY_MS. */
export async function runHere(batch: Batch): Promise<void> {
  const { fileJob, processFile } = await import("./processFile");
  let turned = performance.now();
  for (let i = 0; i < batch.files.length; i++) {
    const outcome = processFile(fileJob(batch.settings, batch.files.at(i)));
    batch.onResult(i, fileResult(outcome.report, outcome.cleared, batch.settings.lang, batch.settings.reportEntries));
    batch.onProgress?.(i + 1);
    if (performance.now() - turned < TURN_EVERY_MS) continue;
    await new Promise(setImmediate);
    turned = performance.now();
  }
}

/** One run of the batch on worker threads: hands out chunks, puts results in order, replaces dead workers. */
class WorkerRun {
  private next = 0;
  /** Jobs taken back from a worker that died (they go out again first). */
  private readonly again: number[] = [];
  private readonly window: OrderWindow;
  private finished = 0;
  /** Workers waiting for the order window to move. */
  private readonly parked = new Set<() => void>();
  private done!: () => void;
  /** The workers running (halted on Ctrl+C or a kill). */
  private readonly workers = new Set<PoolWorker>();
  /** What the run waits for before it ends: dead workers' leftovers being removed. */
  private readonly finishing: Promise<void>[] = [];

  /** What each worker is given of this run. */
  private readonly host: WorkerHost;

  constructor(
    private readonly batch: Batch,
    private readonly size: number,
  ) {
    this.window = new OrderWindow(batch.onResult);
    this.host = {
      settings: batch.settings,
      // a lone worker's copies are stored here: this thread has the time, and the worker scores meanwhile
      workersStoreCopies: size > 1,
      store: (i, posted) => this.store(i, posted),
      job: (i) => batch.files.at(i),
      takeChunk: () => this.takeChunk(),
      remaining: () => this.remaining,
      deliver: (i, result) => this.deliver(i, result),
      giveBack: (jobs) => this.again.unshift(...jobs),
      park: (wake) => this.parked.add(wake),
      unpark: (wake) => this.parked.delete(wake),
      replace: () => this.startWorker(),
      finishBeforeEnd: (work) => this.finishing.push(work),
    };
  }

  run(): Promise<void> {
    const forget = haltOnStop(async () => {
      await Promise.all([...this.workers].map((w) => w.halt()));
    });
    return new Promise<void>((resolve) => {
      this.done = () =>
        void Promise.all(this.finishing).then(() => {
          forget();
          resolve();
        });
      for (let i = 0; i < this.size; i++) this.startWorker();
    });
  }

  private get remaining(): number {
    return this.again.length + this.batch.files.length - this.next;
  }

  /** The next jobs to send to a worker (none while the order window is full). */
  private takeChunk(): number[] {
    const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(this.remaining / (this.size * 4))));
    const out = this.again.splice(0, chunk);
    while (out.length < chunk && this.next < this.batch.files.length && this.window.admits(this.next))
      out.push(this.next++);
    return out;
  }

  /** Stores the copy a worker posted with job `i`'s result; the file's result. */
  private store(i: number, posted: PostedResult): FileResult {
    const { inPlace, backup, lang } = this.batch.settings;
    const file = this.batch.files.at(i);
    const target = { input: file.input, output: file.output, inPlace, backup, lang };
    return storePosted(target, posted, () => scoreJob(fileJob(this.batch.settings, file)).report);
  }

  private deliver(i: number, result: FileResult): void {
    const handedOn = this.window.put(i, result);
    this.batch.onProgress?.(++this.finished);
    if (handedOn > 0) for (const wake of [...this.parked]) wake();
    if (this.window.emitted === this.batch.files.length) {
      for (const wake of [...this.parked]) wake();
      this.done();
    }
  }

  private startWorker(): void {
    for (const w of this.workers) if (w.isOver) this.workers.delete(w); // only live ones are kept
    this.workers.add(new PoolWorker(this.host));
  }
}
