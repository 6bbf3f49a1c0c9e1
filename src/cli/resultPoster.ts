// A worker's results go to the thread that started it several at a time: each message wakes that thread, and a
// message a file cost it 80-98 µs of CPU a file against 62-66 with up to four to a message (38-50 with eight, which
// kept more alive in that thread's young generation; 5,000 workbooks, two workers; BENCHMARKS.md, "session 14"). Held results are posted when the worker's chunk is done, or as soon as they hold POST_BYTES of report
// or POST_WAIT_MS have passed since the last post: fast files go a chunk to a message, a slow or large one on its own.
import type { FileResult } from "./fileResult";
import { sharedClock } from "./workerProgress";

/** Report bytes held at most before they are posted (a large sheet's entry goes at once). */
export const POST_BYTES = 1 << 20;
/** Time since the last post after which a result is posted at once (progress keeps moving when files are slow). */
export const POST_WAIT_MS = 50;

/** One file's result as posted: its report entry, if any, as UTF-8 bytes moved to the other thread; from a worker
 *  that leaves its copies to the main thread, the copy to store too. */
export interface PostedResult {
  i: number;
  result: Omit<FileResult, "json"> & { json: Uint8Array[] | null };
  copy?: PostedCopy;
}

/** A copy for the main thread to store (moved), and the input as read when the store keeps a backup. */
export interface PostedCopy {
  bytes: Uint8Array;
  /** The input as read, for the backup of an in-place run; null otherwise. */
  original: Uint8Array | null;
  /** The input's stamp when read, in an in-place run (checked before it is replaced); null otherwise. */
  stamp: string | null;
}

/** Sends held results with the buffers to move (worker_threads' postMessage). */
export type PostResults = (results: PostedResult[], moved: ArrayBuffer[]) => void;

const encoder = new TextEncoder();

/** Holds a worker's results and posts them by the rule above. */
export class ResultPoster {
  private held: PostedResult[] = [];
  private moved: ArrayBuffer[] = [];
  private bytes = 0;
  private postedAt: number;

  constructor(
    private readonly post: PostResults,
    private readonly clock: () => number = sharedClock,
  ) {
    this.postedAt = clock();
  }

  /** Holds job `i`'s result (and a copy for the main thread to store), posting what is held if it is now enough or
   *  the last post was long enough ago. */
  add(i: number, result: FileResult, copy?: PostedCopy): void {
    // each piece encoded as it is stringified (a large entry is never one string), each into its own ArrayBuffer
    // (a small Buffer would share a pool's), moved not copied: the main thread only writes them
    let json: Uint8Array[] | null = null;
    if (result.json !== null) {
      json = [];
      for (const piece of result.json) {
        const bytes = typeof piece === "string" ? encoder.encode(piece) : piece;
        json.push(bytes);
        this.moved.push(bytes.buffer as ArrayBuffer);
        this.bytes += bytes.length;
      }
    }
    if (copy) for (const bytes of [copy.bytes, copy.original]) if (bytes) this.hold(bytes);
    this.held.push({ i, result: { json, lines: result.lines, aggregate: result.aggregate }, copy });
    if (this.bytes >= POST_BYTES || this.clock() - this.postedAt >= POST_WAIT_MS) this.flush();
  }

  /** Counts bytes to post, moving their buffer when they own it (a view into a larger one, such as a Buffer pool's,
   *  is copied). */
  private hold(bytes: Uint8Array): void {
    const buffer = bytes.buffer as ArrayBuffer;
    if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && !this.moved.includes(buffer))
      this.moved.push(buffer);
    this.bytes += bytes.length;
  }

  /** Posts what is held (nothing when nothing is). */
  flush(): void {
    if (this.held.length === 0) return;
    const [held, moved] = [this.held, this.moved];
    this.held = [];
    this.moved = [];
    this.bytes = 0;
    this.postedAt = this.clock();
    this.post(held, moved);
  }
}
