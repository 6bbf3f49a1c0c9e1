// Which file a worker of the pool has in hand, and since when, in memory both threads see (a SharedArrayBuffer): the
// worker posts its results several at a time (src/cli/resultPoster.ts), so its messages no longer tell the thread
// that started it which file it is on when it dies or runs over time, nor whether results it has posted are still
// waiting to be taken there.

/** The clock both threads read: each thread's monotonic clock from its own start, on the wall clock of that start. */
export const sharedClock = (): number => performance.timeOrigin + performance.now();

/** A worker's file in hand (its job index, or -1 between files), when it was started, and how many messages of
 *  results the worker has posted. */
export class WorkerProgress {
  /** [0]: the job in hand; [1]: messages posted. */
  private readonly counts: Int32Array;
  private readonly since: Float64Array;

  /** Over `buffer`, made by create() in the thread that starts the worker. */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.counts = new Int32Array(buffer, 0, 2);
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
    Atomics.store(this.counts, 0, i);
  }

  /** The worker has finished the file in hand. */
  finish(): void {
    Atomics.store(this.counts, 0, -1);
  }

  /** The job in hand, or -1 between files. */
  inHand(): number {
    return Atomics.load(this.counts, 0);
  }

  /** The worker is about to post a message of results. */
  posting(): void {
    Atomics.add(this.counts, 1, 1);
  }

  /** How many messages of results the worker has posted (or is posting). */
  posted(): number {
    return Atomics.load(this.counts, 1);
  }

  /** Time since the worker last started a job (or since the record was made), in ms: between files, since the start
   *  of the one it finished last. */
  sinceStart(): number {
    return sharedClock() - this.since[0];
  }
}
