// A small job queue: runs jobs through a fixed number of slots (one per worker), counts progress, can be cancelled.

/** Progress of a batch: jobs finished (done + failed) out of all jobs added. */
export interface BatchProgress {
  total: number;
  finished: number;
  failed: number;
  running: number;
}

/** Callbacks of a batch. `onSettled` gets each job's result or error in completion order. */
export interface BatchCallbacks<J, R> {
  onStart?: (job: J, slot: number) => void;
  onSettled: (job: J, outcome: { ok: true; value: R } | { ok: false; error: unknown }) => void;
  onProgress?: (progress: BatchProgress) => void;
  /** Called once when every added job has settled (again after more jobs are added and settle). */
  onIdle?: (progress: BatchProgress) => void;
}

/** Runs `run(job, slot)` for each job, at most `slots` at a time; slot i is always one worker. */
export class BatchQueue<J, R> {
  private readonly pending: J[] = [];
  private readonly busy: boolean[];
  private cancelled = false;
  private progress: BatchProgress = { total: 0, finished: 0, failed: 0, running: 0 };

  constructor(
    private readonly run: (job: J, slot: number) => Promise<R>,
    slots: number,
    private readonly callbacks: BatchCallbacks<J, R>,
  ) {
    if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`slots must be a positive integer, got ${slots}`);
    this.busy = new Array<boolean>(slots).fill(false);
  }

  /** Adds jobs at the end of the queue and starts as many as there are free slots. */
  add(jobs: readonly J[]): void {
    if (this.cancelled) return;
    this.pending.push(...jobs);
    this.progress = { ...this.progress, total: this.progress.total + jobs.length };
    this.callbacks.onProgress?.(this.snapshot());
    this.pump();
  }

  /** Drops every job not yet started; jobs already running still settle but are not reported. */
  cancel(): void {
    this.cancelled = true;
    this.pending.length = 0;
  }

  /** A copy of the current progress. */
  snapshot(): BatchProgress {
    return { ...this.progress };
  }

  /** True while some job is queued or running. */
  get active(): boolean {
    return !this.cancelled && (this.pending.length > 0 || this.progress.running > 0);
  }

  private pump(): void {
    for (let slot = 0; slot < this.busy.length && this.pending.length > 0; slot++) {
      if (this.busy[slot]) continue;
      const job = this.pending.shift() as J;
      this.busy[slot] = true;
      this.progress = { ...this.progress, running: this.progress.running + 1 };
      this.callbacks.onStart?.(job, slot);
      void this.start(job, slot);
    }
  }

  private async start(job: J, slot: number): Promise<void> {
    let outcome: { ok: true; value: R } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await this.run(job, slot) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    this.busy[slot] = false;
    if (this.cancelled) return;
    const failed = this.progress.failed + (outcome.ok ? 0 : 1);
    this.progress = {
      ...this.progress,
      finished: this.progress.finished + 1,
      failed,
      running: this.progress.running - 1,
    };
    this.callbacks.onSettled(job, outcome);
    this.callbacks.onProgress?.(this.snapshot());
    if (this.pending.length > 0) this.pump();
    else if (this.progress.running === 0) this.callbacks.onIdle?.(this.snapshot());
  }
}
