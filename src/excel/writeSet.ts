// The plan as Excel operations: contiguous value writes in a column grouped into one range, fills and notes per cell.
import { MARK_FILLS, type CellWrite, type Plan } from "../core";
import { cellKey } from "./addresses";

/** A run of cells in one column written with one range operation. */
export interface ValueRun {
  sheet: string;
  col: number;
  row1: number;
  values: (string | number)[];
  /** Number formats to set, one per cell; null = the run keeps the cells' formats. */
  numFmt: string[] | null;
}

/** A fill (and, outside column mode, a note) on one cell; or, with `unmark`, an earlier run's taken off. */
export interface MarkOp {
  sheet: string;
  row: number;
  col: number;
  /** "#RRGGBB"; null = no fill. */
  color: string | null;
  /** The explanation to attach as a note or comment; null when it goes to the explanation column. */
  note: string | null;
  /** Take an earlier run's note off (the user's own text stays); `color` is then the fill to give back. */
  unmark: boolean;
}

/** The fill a cell had before an earlier run marked it ("#RRGGBB"), null for none or when unknown. */
export type FillBeforeLookup = (sheet: string, row: number, col: number) => string | null;

/** Everything one run writes. */
export interface WriteSet {
  runs: ValueRun[];
  marks: MarkOp[];
}

/** "FFFFC7CE" (ARGB, as in MARK_FILLS) → "#FFC7CE". */
export function argbToHex(argb: string): string {
  return "#" + argb.slice(-6).toUpperCase();
}

/** Groups value writes into column runs: same sheet and column, consecutive rows, all with or all without a format. */
export function groupValueRuns(writes: readonly CellWrite[]): ValueRun[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) if (w.value !== undefined) byCell.set(cellKey(w.sheet, w.row, w.col), w);
  const sorted = [...byCell.values()].sort(
    (a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.col - b.col || a.row - b.row,
  );
  const runs: ValueRun[] = [];
  let run: ValueRun | null = null;
  for (const w of sorted) {
    const hasFmt = w.numFmt !== undefined;
    const continues =
      run !== null &&
      run.sheet === w.sheet &&
      run.col === w.col &&
      run.row1 + run.values.length === w.row &&
      (run.numFmt !== null) === hasFmt;
    if (!continues) {
      run = { sheet: w.sheet, col: w.col, row1: w.row, values: [], numFmt: hasFmt ? [] : null };
      runs.push(run);
    }
    run!.values.push(w.value as string | number);
    if (hasFmt) run!.numFmt!.push(w.numFmt as string);
  }
  return runs;
}

/** The fills and notes of the plan, one per marked cell, and one per cell an earlier run marked and this one does not. */
export function markOps(
  writes: readonly CellWrite[],
  withNotes: boolean,
  fillBefore: FillBeforeLookup = () => null,
): MarkOp[] {
  const byCell = new Map<string, MarkOp>();
  for (const w of writes) {
    if (w.mark) {
      const color = argbToHex(MARK_FILLS[w.mark.severity]);
      byCell.set(cellKey(w.sheet, w.row, w.col), {
        sheet: w.sheet,
        row: w.row,
        col: w.col,
        color,
        note: withNotes ? w.mark.note : null,
        unmark: false,
      });
    } else if (w.unmark) {
      byCell.set(cellKey(w.sheet, w.row, w.col), {
        sheet: w.sheet,
        row: w.row,
        col: w.col,
        color: fillBefore(w.sheet, w.row, w.col),
        note: null,
        unmark: true,
      });
    }
  }
  return [...byCell.values()];
}

/** The plan as a write set; `extraRuns` are the explanation-column texts in column mode. */
export function planWriteSet(
  plan: Plan,
  withNotes: boolean,
  extraRuns: ValueRun[] = [],
  fillBefore?: FillBeforeLookup,
): WriteSet {
  return { runs: [...groupValueRuns(plan.writes), ...extraRuns], marks: markOps(plan.writes, withNotes, fillBefore) };
}

/** Number of distinct cells a write set touches. */
export function touchedCells(set: WriteSet): number {
  const keys = new Set<string>();
  for (const run of set.runs) run.values.forEach((_, i) => keys.add(cellKey(run.sheet, run.row1 + i, run.col)));
  for (const m of set.marks) keys.add(cellKey(m.sheet, m.row, m.col));
  return keys.size;
}
