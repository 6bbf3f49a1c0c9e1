// The cells a run writes on one sheet, in the order first touched; a value and marks on one cell share one write.
import { a1, type SheetGrid } from "./grid";
import { maxSeverity } from "./findings";
import type { CellWrite } from "./plan";
import type { Severity } from "./report";
import type { MergeIndex } from "./tables/merges";

/** A value write's kind (marks are added with `mark`). */
export type ValueKind = "score" | "total" | "grade" | "funding-rate" | "funding-score";

/** Collects the writes of one sheet into the plan's list; cells inside a merged area are written at its top-left. */
export class SheetWrites {
  /** Writes by row × 16384 + column of the cell written. */
  private readonly byCell = new Map<number, CellWrite>();

  constructor(
    private readonly sheet: SheetGrid,
    private readonly merges: MergeIndex,
    private readonly out: CellWrite[],
  ) {}

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
    w.mark = w.mark ? { severity: maxSeverity(w.mark.severity, severity), note: `${w.mark.note}\n${line}` } : { severity, note: line };
  }

  private at(row: number, col: number, kind: CellWrite["kind"]): CellWrite {
    const a = this.merges.anchor(row, col);
    const key = a.row * 16384 + a.col;
    let w = this.byCell.get(key);
    if (!w) {
      // every field from the start, so adding a value or a mark later does not reshape the object
      w = { sheet: this.sheet.name, row: a.row, col: a.col, address: a1(a.row, a.col), kind, value: undefined, numFmt: undefined, mark: undefined };
      this.byCell.set(key, w);
      this.out.push(w);
    }
    return w;
  }
}
