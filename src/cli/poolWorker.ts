// One worker thread of the command line's pool: started with the run's settings, it is sent chunks of jobs while it
// holds fewer than two chunks' worth, hands the results it posts to the run, and when it dies (out of memory, over
// time, a crash) the file in hand — as its shared progress record says — fails alone and every other job it held
// goes back to the run (those it finished but had not posted are processed again: the same copy, written whole).
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { failedReport, type FileReport, type WorkerCrash } from "../core";
import { xlsxError } from "../xlsx/errors";
import { removeTemps } from "./atomicFile";
import { fileResult, type FileResult } from "./fileResult";
import type { JobFile, JobSettings } from "./processFile";
import type { PostedResult } from "./resultPoster";
import type { WorkerData } from "./worker";
import { sharedClock, WorkerProgress } from "./workerProgress";

/** What one worker may use: a file that needs more fails alone (FILE_TOO_LARGE), the batch goes on. A young
 *  generation of 12 MB scored 10,000 workbooks with the same CPU as 24 MB (0.99×) and a peak of 151 MB instead of
 *  180; 6 MB saved 13 MB more but made 30,000-row sheets 12 % slower (BENCHMARKS.md, "Memory"). */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 12 };
/** Longest a worker may spend on one file before it is stopped and the file fails (no real file comes near). */
export const FILE_TIME_LIMIT_MS = 120_000;
/** Largest chunk of jobs sent to a worker in one message; a worker is sent more while it holds fewer than two
 *  chunks' worth, so the next is there when it posts the results of one (results come back a chunk at a time). Four,
 *  not eight: the main thread's young generation kept what it had of a batch of eight at each collection (27-38 KB
 *  surviving a scavenge against 22-23 with four, 10,000 workbooks), enough to double it once more in a long run
 *  (100,000 workbooks: peak 174 MB against 144); with four it costs 62-66 µs of CPU a file against 80-98 posting
 *  each file (BENCHMARKS.md, "session 14"). */
export const MAX_CHUNK = 4;

/** What a worker asks of the run that started it. */
export interface WorkerHost {
  readonly settings: JobSettings;
  /** Whether workers store their copies (else they post them and `store` does). */
  readonly workersStoreCopies: boolean;
  /** Stores the copy a worker posted with job `i`'s result, and gives the file's result. */
  store(i: number, posted: PostedResult): FileResult;
  /** The i-th job. */
  job(i: number): JobFile;
  /** The next jobs to send (none while the order window is full). */
  takeChunk(): number[];
  /** Jobs not yet handed out (or handed back). */
  remaining(): number;
  /** A file's result. */
  deliver(i: number, result: FileResult): void;
  /** Jobs a dead worker held and did not start: they go out again first. */
  giveBack(jobs: number[]): void;
  /** Waits until the order window moves, then calls `wake`. */
  park(wake: () => void): void;
  unpark(wake: () => void): void;
  /** Starts a worker in place of one that died. */
  replace(): void;
  /** Work the run waits for before it ends (a dead worker's leftovers being removed). */
  finishBeforeEnd(work: Promise<void>): void;
}

/** Why a worker ended on the file in hand. */
type WorkerEnd = "memory" | "time" | WorkerCrash;

/** The report of a file whose worker died on it (out of memory, over time, or a crash), in the run's language. */
export function workerDied(file: JobFile, why: WorkerEnd, lang: "zh" | "en"): FileReport {
  const e =
    why === "memory"
      ? xlsxError("workerStopped", {
          file: file.display,
          limit: { kind: "memory", mb: WORKER_LIMITS.maxOldGenerationSizeMb },
        })
      : why === "time"
        ? xlsxError("workerStopped", {
            file: file.display,
            limit: { kind: "time", seconds: FILE_TIME_LIMIT_MS / 1000 },
          })
        : xlsxError("workerCrashed", { file: file.display, cause: why });
  return failedReport(file.display, e.code, e.text(lang));
}

/** How long a worker has waited, for its watchdog: on a file (`inHand` ≥ 0), the time since it started it; between
 *  files, the time since it last started one or was heard from, or nothing while `unheard` messages it posted wait
 *  to be taken by the thread that started it (busy meanwhile: a timer can run before the messages that came). */
export function workerWaited(inHand: number, sinceStart: number, unheard: number, sinceHeard: number): number {
  if (inHand >= 0) return sinceStart;
  return unheard > 0 ? 0 : Math.min(sinceStart, sinceHeard);
}

/** One worker thread and the jobs it holds. */
export class PoolWorker {
  private readonly worker: Worker;
  private readonly progress = WorkerProgress.create();
  private readonly inFlight: number[] = [];
  private over = false;
  private watchdog: NodeJS.Timeout | undefined;
  /** When the worker's last message came (or it was started), and how many have come. */
  private heardAt = sharedClock();
  private heard = 0;
  private readonly wake = () => this.feed();
  /** The worker's thread id (its temporary files' names hold it; a stopped worker's id reads -1). */
  private readonly thread: number;

  constructor(private readonly host: WorkerHost) {
    this.worker = new Worker(path.join(__dirname, "worker.js"), {
      workerData: {
        settings: host.settings,
        progress: this.progress.buffer,
        storesCopies: host.workersStoreCopies,
      } satisfies WorkerData,
      resourceLimits: WORKER_LIMITS,
    });
    this.thread = this.worker.threadId;
    this.worker.on("message", (results: PostedResult[]) => {
      // once it is stopped, what it still sends is dropped: died() gave those jobs back to be done again
      if (this.over) return;
      this.heardAt = sharedClock();
      this.heard++;
      for (const posted of results) {
        const at = this.inFlight.indexOf(posted.i);
        if (at >= 0) this.inFlight.splice(at, 1);
        this.host.deliver(posted.i, posted.copy ? this.host.store(posted.i, posted) : posted.result);
      }
      this.feed();
    });
    this.worker.on("error", (e) =>
      this.died(
        (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? "memory"
          : { kind: "error", message: e.message },
      ),
    );
    this.worker.on("exit", (code) => this.died({ kind: "exit", code }));
    this.feed();
  }

  /** Sends chunks while the worker holds fewer than two chunks' worth; stops it when nothing is left. */
  private feed(): void {
    this.host.unpark(this.wake);
    if (this.over) return;
    while (this.inFlight.length < 2 * MAX_CHUNK) {
      const chunk = this.host.takeChunk();
      if (!chunk.length) break;
      this.inFlight.push(...chunk);
      this.worker.postMessage(chunk.map((i) => ({ i, ...this.host.job(i) })));
    }
    if (!this.inFlight.length && this.host.remaining() === 0) this.stop();
    else if (!this.inFlight.length) this.host.park(this.wake);
    this.arm();
  }

  /** Sets the watchdog, while the worker holds jobs, to when it will have waited a whole time limit. */
  private arm(): void {
    clearTimeout(this.watchdog);
    if (this.inFlight.length) this.watchdog = setTimeout(() => this.check(), FILE_TIME_LIMIT_MS - this.waited());
  }

  /** How long the worker has waited (workerWaited): a worker stuck outside a file is stopped too. */
  private waited(): number {
    const p = this.progress;
    return workerWaited(p.inHand(), p.sinceStart(), p.posted() - this.heard, sharedClock() - this.heardAt);
  }

  /** Stops the worker once it has waited the time limit; else sets the watchdog again. */
  private check(): void {
    const inHand = this.progress.inHand();
    if (this.waited() >= FILE_TIME_LIMIT_MS) this.died("time", inHand);
    else this.arm();
  }

  /** Whether the worker has been stopped (its jobs done, given back or failed). */
  get isOver(): boolean {
    return this.over;
  }

  /** Stops the worker for good (Ctrl+C, a kill: src/cli/stopCleanup.ts) and removes what it may have left. */
  async halt(): Promise<void> {
    const held = this.inFlight.slice();
    this.stop();
    await this.removeLeftovers(held);
  }

  /** Once the worker has ended, removes the temporary copy it may have been writing (stopped or dead mid-write), in
   *  the folders of the files `held`; only its own (their names hold its thread id). */
  private async removeLeftovers(held: readonly number[]): Promise<void> {
    await this.worker.terminate();
    if (!this.host.workersStoreCopies) return;
    const folders = new Set<string>();
    for (const i of held) {
      const output = this.host.job(i).output;
      if (output !== null) folders.add(path.dirname(output));
    }
    for (const dir of folders) removeTemps(dir, this.thread);
  }

  private stop(): void {
    this.over = true;
    clearTimeout(this.watchdog);
    this.host.unpark(this.wake);
    void this.worker.terminate();
  }

  /** The file in hand fails (the first held when the worker died between files); a fresh worker carries on with the
   *  rest, so every death ends one file: the run always moves on. */
  private died(why: WorkerEnd, said = this.progress.inHand()): void {
    if (this.over) return;
    this.stop();
    this.host.finishBeforeEnd(this.removeLeftovers(this.inFlight.slice()));
    const inHand = this.inFlight.includes(said) ? said : this.inFlight[0];
    this.host.giveBack(this.inFlight.filter((i) => i !== inHand));
    this.inFlight.length = 0;
    const { lang, reportEntries } = this.host.settings;
    if (inHand !== undefined)
      this.host.deliver(inHand, fileResult(workerDied(this.host.job(inHand), why, lang), 0, lang, reportEntries));
    if (this.host.remaining() > 0) this.host.replace();
  }
}
