// The cells a run writes on one sheet, in the order first touched; a value and marks on one cell share one write.
import { CellNumbers } from "./cellNumbers";
import { a1, type SheetGrid } from "./grid";
import { maxSeverity } from "./findings";
import type { CellWrite } from "./plan";
import type { Severity } from "./report";
import type { MergeIndex } from "./tables/merges";

/** A value write's kind (marks are added with `mark`). */
export type ValueKind = "score" | "total" | "grade" | "funding-rate" | "funding-score";

/** Collects the writes of one sheet into the plan's list; cells inside a merged area are written at its top-left. */
export class SheetWrites {
  /** 1 + the index in `out` of each cell's write. */
  private readonly index: CellNumbers;

  constructor(
    private readonly sheet: SheetGrid,
    private readonly merges: MergeIndex,
    private readonly out: CellWrite[],
  ) {
    this.index = new CellNumbers(sheet);
  }

  /** Sets a new value (and number format) on a cell. */
  value(row: number, col: number, kind: ValueKind, value: number | string, numFmt?: string): void {
    const w = this.at(row, col, kind);
    w.kind = kind;
    w.value = value;
    if (numFmt) w.numFmt = numFmt;
  }

  /** Adds a note line and the fill of `severity` to a cell (the more severe fill wins; lines are joined). */
  mark(row: number, col: number, severity: Severity, line: string): void {
    const w = this.at(row, col, "mark");
    w.mark = w.mark
      ? { severity: maxSeverity(w.mark.severity, severity), note: `${w.mark.note}\n${line}` }
      : { severity, note: line };
  }

  /** Names cells an earlier run flagged that this run did not: their old note and fill are to go (call last). */
  unmarkStale(cells: ReadonlyArray<{ row: number; col: number }>): void {
    for (const c of cells) {
      const w = this.at(c.row, c.col, "unmark");
      if (!w.mark) w.unmark = true;
    }
  }

  private at(row: number, col: number, kind: CellWrite["kind"]): CellWrite {
    const a = this.merges.anchor(row, col);
    const i = this.index.get(a.row, a.col);
    if (i > 0) return this.out[i - 1];
    // every field from the start, so adding a value or a mark later does not reshape the object
    const w: CellWrite = {
      sheet: this.sheet.name,
      row: a.row,
      col: a.col,
      address: a1(a.row, a.col),
      kind,
      value: undefined,
      numFmt: undefined,
      mark: undefined,
    };
    this.out.push(w);
    this.index.set(a.row, a.col, this.out.length);
    return w;
  }
}
