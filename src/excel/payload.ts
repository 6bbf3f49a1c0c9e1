// Payload estimates and chunking: Excel on the web refuses requests or responses above 5 MB.
import { jsonBytes } from "./utf8";
import type { MarkOp, ValueRun, WriteSet } from "./writeSet";

export { jsonBytes } from "./utf8";

/** The default per-sync budget: ~4.5 MB, under the 5 MB limit of Excel on the web. */
export const WRITE_LIMIT_BYTES = 4_500_000;

/** More chunks than this is refused as too large (it would take minutes and many undo-less round trips). */
export const MAX_WRITE_CHUNKS = 40;

/** Estimated request + response bytes of one value run (the write, and the capture of the previous state). */
export function runBytes(run: ValueRun): number {
  const write = jsonBytes(run.values) + (run.numFmt ? jsonBytes(run.numFmt) : 0);
  return 160 + write * 2 + run.values.length * 24;
}

/** Estimated bytes of one mark: fill write and capture, note write. */
export function markBytes(mark: MarkOp): number {
  return 260 + (mark.note ? jsonBytes(mark.note) * 2 + 120 : 0);
}

/** Estimated bytes of a whole write set. */
export function writeSetBytes(set: WriteSet): number {
  return set.runs.reduce((s, r) => s + runBytes(r), 0) + set.marks.reduce((s, m) => s + markBytes(m), 0);
}

/** Splits a run in two halves (by rows). */
function halve(run: ValueRun): [ValueRun, ValueRun] {
  const k = Math.ceil(run.values.length / 2);
  return [
    { ...run, values: run.values.slice(0, k), numFmt: run.numFmt?.slice(0, k) ?? null },
    { ...run, row1: run.row1 + k, values: run.values.slice(k), numFmt: run.numFmt?.slice(k) ?? null },
  ];
}

/** Splits a write set into chunks of at most `limit` estimated bytes; null when that is impossible or too many. */
export function chunkWriteSet(set: WriteSet, limit: number = WRITE_LIMIT_BYTES): WriteSet[] | null {
  const chunks: WriteSet[] = [];
  let current: WriteSet = { runs: [], marks: [] };
  let size = 0;
  const flush = () => {
    if (current.runs.length || current.marks.length) chunks.push(current);
    current = { runs: [], marks: [] };
    size = 0;
  };
  const pendingRuns = [...set.runs];
  while (pendingRuns.length > 0) {
    const run = pendingRuns.shift()!;
    const bytes = runBytes(run);
    if (bytes > limit) {
      if (run.values.length === 1) return null;
      pendingRuns.unshift(...halve(run));
      continue;
    }
    if (size + bytes > limit) flush();
    current.runs.push(run);
    size += bytes;
  }
  for (const mark of set.marks) {
    const bytes = markBytes(mark);
    if (bytes > limit) return null;
    if (size + bytes > limit) flush();
    current.marks.push(mark);
    size += bytes;
  }
  flush();
  return chunks.length > MAX_WRITE_CHUNKS ? null : chunks;
}
