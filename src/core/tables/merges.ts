// Merged-area lookup: the top-left cell that holds the value of a merged cell.
import { CellNumbers } from "../cellNumbers";
import type { MergedArea, SheetGrid } from "../grid";

/** Index of a sheet's merged areas by cell. */
export class MergeIndex {
  /** 1 + the index in sheet.merges of the area covering each cell. */
  private readonly byCell: CellNumbers | null = null;

  constructor(private readonly sheet: SheetGrid) {
    const merges = sheet.merges;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      const cells = (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
      if (cells > 200000) continue; // a whole-column merge: never a table cell we read
      this.byCell ??= new CellNumbers(sheet);
      for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) this.byCell.set(r, c, i + 1);
    }
  }

  /** The merged area containing (row, col), or null. */
  areaAt(row: number, col: number): MergedArea | null {
    if (this.byCell === null) return null;
    const i = this.byCell.get(row, col);
    return i > 0 ? this.sheet.merges[i - 1] : null;
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
