// The pool's results put back in file order: a result that finishes ahead of the first unfinished file waits here
// until that file is done. What waits is bounded twice: by count (a slow file holds back ORDER_WINDOW results, no
// more) and by the bytes of their report entries (a slow file behind large ones — a 30,000-row sheet's entry is
// 17.7 MB — must not hold hundreds of them).
import type { FileResult } from "./fileResult";

/** Results ahead of the first unfinished file kept waiting at most. */
export const ORDER_WINDOW = 512;
/** Bytes of waiting results (their report entries and printed lines) past which no new file is handed out. */
export const WINDOW_BYTES = 64 * (1 << 20);

/** The bytes a result holds while it waits: its report entry's pieces and its printed lines (UTF-16). */
export function heldBytes(result: FileResult): number {
  let n = result.lines.length * 2;
  if (result.json !== null)
    for (const piece of result.json) n += typeof piece === "string" ? piece.length * 2 : piece.byteLength;
  return n;
}

/** Puts finished files back in order and says when another file may be handed out. */
export class OrderWindow {
  private readonly waiting = new Map<number, { result: FileResult; bytes: number }>();
  private bytes = 0;
  /** Files handed on so far (all of 0 … emitted - 1, in order). */
  emitted = 0;

  constructor(private readonly handOn: (i: number, result: FileResult) => void) {}

  /** Takes file i's result and hands on every result now in order; returns how many were handed on. */
  put(i: number, result: FileResult): number {
    const before = this.emitted;
    if (i < this.emitted) return 0; // already handed on (never sent twice; kept harmless)
    if (i > this.emitted) {
      const bytes = heldBytes(result);
      this.bytes += bytes - (this.waiting.get(i)?.bytes ?? 0);
      this.waiting.set(i, { result, bytes });
      return 0;
    }
    this.handOn(this.emitted++, result);
    for (let w = this.waiting.get(this.emitted); w !== undefined; w = this.waiting.get(this.emitted)) {
      this.waiting.delete(this.emitted);
      this.bytes -= w.bytes;
      this.handOn(this.emitted++, w.result);
    }
    return this.emitted - before;
  }

  /** Whether file `next` (not yet handed out) may be: within ORDER_WINDOW of the first unfinished file and while
   *  the waiting results hold under WINDOW_BYTES. */
  admits(next: number): boolean {
    return next < this.emitted + ORDER_WINDOW && this.bytes < WINDOW_BYTES;
  }
}
