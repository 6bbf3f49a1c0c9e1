// Which file a worker of the pool has in hand, and since when, in memory both threads see (a SharedArrayBuffer): the
// worker posts its results several at a time (src/cli/resultPoster.ts), so its messages no longer tell the thread
// that started it which file it is on when it dies or runs over time.

/** The clock both threads read: each thread's monotonic clock from its own start, on the wall clock of that start. */
export const sharedClock = (): number => performance.timeOrigin + performance.now();

/** A worker's file in hand (its job index, or -1 between files) and when it was started. */
export class WorkerProgress {
  private readonly index: Int32Array;
  private readonly since: Float64Array;

  /** Over `buffer`, made by create() in the thread that starts the worker. */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.index = new Int32Array(buffer, 0, 1);
    this.since = new Float64Array(buffer, 8, 1);
  }

  /** A new record, between files, its last start now (its buffer goes to the worker in its workerData). */
  static create(): WorkerProgress {
    const progress = new WorkerProgress(new SharedArrayBuffer(16));
    progress.since[0] = sharedClock();
    progress.finish();
    return progress;
  }

  /** The worker starts job `i` (its start time is written first, so a reader who sees `i` sees its time). */
  start(i: number): void {
    this.since[0] = sharedClock();
    Atomics.store(this.index, 0, i);
  }

  /** The worker has finished the file in hand. */
  finish(): void {
    Atomics.store(this.index, 0, -1);
  }

  /** The job in hand, or -1 between files. */
  inHand(): number {
    return Atomics.load(this.index, 0);
  }

  /** Time since the worker last started a job (or since the record was made), in ms: between files, since the start
   *  of the one it finished last. */
  sinceStart(): number {
    return sharedClock() - this.since[0];
  }
}
