// Merged-area lookup: the top-left cell that holds the value of a merged cell.
import type { MergedArea, SheetGrid } from "../grid";

/** Index of a sheet's merged areas by cell. */
export class MergeIndex {
  private readonly byCell = new Map<number, MergedArea>();

  constructor(private readonly sheet: SheetGrid) {
    for (const m of sheet.merges) {
      const cells = (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
      if (cells > 200000) continue; // a whole-column merge: never a table cell we read
      for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) this.byCell.set(r * 16384 + c, m);
    }
  }

  /** The merged area containing (row, col), or null. */
  areaAt(row: number, col: number): MergedArea | null {
    return this.byCell.get(row * 16384 + col) ?? null;
  }

  /** The top-left cell of the merged area containing (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.areaAt(row, col);
    return m ? { row: m.r1, col: m.c1 } : { row, col };
  }

  /** Whether the cell is inside a merged area but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.areaAt(row, col);
    return !!m && (m.r1 !== row || m.c1 !== col);
  }

  /** The sheet this index belongs to. */
  get grid(): SheetGrid {
    return this.sheet;
  }
}
