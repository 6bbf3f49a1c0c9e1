// Writing bytes to an open file in calls of at most 64 KiB. On the development machine (Linux 6.18 in a VM) a larger
// write fills the page cache with large folios, which cost about 20× more to fill: 17.7 MB took 100-140 ms in writes
// of 128 KiB or more, 5-7 ms in writes of 64 KiB (BENCHMARKS.md, "Issue 15, session 13"). The extra calls cost
// nothing measurable anywhere (270 for 17.7 MB).
import * as fs from "node:fs";

/** The most bytes handed to the system in one write call. */
export const WRITE_CHUNK = 1 << 16;

/** The system calls writeAll makes (node:fs; a test's own to make writes short). */
export type WriteCalls = Pick<typeof fs, "writeSync" | "writevSync">;

/** Writes `pieces` to `fd`, in order: consecutive pieces together in one writev call, a piece longer than
 *  WRITE_CHUNK split, never more than WRITE_CHUNK bytes a call (no piece copied); what a short write left is
 *  written after it. */
export function writeAll(fd: number, pieces: readonly Uint8Array[], io: WriteCalls = fs): void {
  let batch: Uint8Array[] = [];
  let batchLength = 0;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length;) {
      const take = Math.min(piece.length - at, WRITE_CHUNK - batchLength);
      batch.push(take === piece.length ? piece : piece.subarray(at, at + take));
      batchLength += take;
      at += take;
      if (batchLength === WRITE_CHUNK) {
        writeBatch(fd, batch, batchLength, io);
        batch = [];
        batchLength = 0;
      }
    }
  }
  if (batchLength > 0) writeBatch(fd, batch, batchLength, io);
}

/** Writes `pieces` (`length` bytes in all) in one call, then what a short write left. */
function writeBatch(fd: number, pieces: Uint8Array[], length: number, io: WriteCalls): void {
  let done = pieces.length === 1 ? io.writeSync(fd, pieces[0]) : io.writevSync(fd, pieces);
  if (done === length) return;
  for (const piece of pieces) {
    if (done >= piece.length) {
      done -= piece.length;
      continue;
    }
    for (let at = done; at < piece.length;) at += io.writeSync(fd, piece, at);
    done = 0;
  }
}
