// The cells a run writes on one sheet, in the order first touched; a value and marks on one cell share one write.
import { a1, type SheetGrid } from "./grid";
import { maxSeverity } from "./findings";
import type { CellWrite } from "./plan";
import type { Severity } from "./report";
import type { MergeIndex } from "./tables/merges";

/** A value write's kind (marks are added with `mark`). */
export type ValueKind = "score" | "total" | "grade" | "funding-rate" | "funding-score";

/** Largest cell index kept in a flat array (4 M cells, 16 MB); a bigger sheet's writes are found through a Map. */
const MAX_FLAT_CELLS = 1 << 22;

/** Collects the writes of one sheet into the plan's list; cells inside a merged area are written at its top-left. */
export class SheetWrites {
  /** 1 + the index in `out` of the write on each cell, by (row - origin) × width + (col - origin); made at the first write. */
  private flat: Int32Array | null = null;
  private readonly width: number;
  private readonly height: number;
  /** Writes outside the flat array, by row × 16384 + column. */
  private readonly byCell = new Map<number, CellWrite>();

  constructor(
    private readonly sheet: SheetGrid,
    private readonly merges: MergeIndex,
    private readonly out: CellWrite[],
  ) {
    let cols = 0;
    for (const r of sheet.values) if (r.length > cols) cols = r.length;
    this.width = cols;
    this.height = sheet.values.length;
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
    w.mark = w.mark ? { severity: maxSeverity(w.mark.severity, severity), note: `${w.mark.note}\n${line}` } : { severity, note: line };
  }

  private at(row: number, col: number, kind: CellWrite["kind"]): CellWrite {
    const a = this.merges.anchor(row, col);
    const slot = this.slotOf(a.row, a.col);
    const index = slot >= 0 ? this.flat![slot] : 0;
    let w = index > 0 ? this.out[index - 1] : slot < 0 ? this.byCell.get(a.row * 16384 + a.col) : undefined;
    if (!w) {
      // every field from the start, so adding a value or a mark later does not reshape the object
      w = { sheet: this.sheet.name, row: a.row, col: a.col, address: a1(a.row, a.col), kind, value: undefined, numFmt: undefined, mark: undefined };
      if (slot >= 0) this.flat![slot] = this.out.length + 1;
      else this.byCell.set(a.row * 16384 + a.col, w);
      this.out.push(w);
    }
    return w;
  }

  /** The cell's place in the flat index (allocated on first use), or -1 when it lies outside it. */
  private slotOf(row: number, col: number): number {
    const r = row - this.sheet.origin.row;
    const c = col - this.sheet.origin.col;
    if (r < 0 || c < 0 || r >= this.height || c >= this.width || this.height * this.width > MAX_FLAT_CELLS) return -1;
    this.flat ??= new Int32Array(this.height * this.width);
    return r * this.width + c;
  }
}
