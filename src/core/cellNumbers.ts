// A number per cell of a sheet (0 = none), kept in a flat array over the sheet's values and a Map around it.
import { sheetBounds, type SheetGrid } from "./grid";

/** Largest flat array kept (1 M cells, 4 MB: 30,000 rows × 34 columns); a bigger sheet's cells all go to the Map. */
const MAX_FLAT_CELLS = 1 << 20;

/** Positive numbers by cell, for lookups that run once per cell read or written (a Map of every cell was the cost). */
export class CellNumbers {
  private flat: Int32Array | null = null;
  private readonly outside = new Map<number, number>();
  private readonly rowOrigin: number;
  private readonly colOrigin: number;
  private readonly width: number;
  private readonly height: number;

  constructor(sheet: SheetGrid) {
    const bounds = sheetBounds(sheet);
    this.rowOrigin = sheet.origin.row;
    this.colOrigin = sheet.origin.col;
    this.height = bounds.rows - sheet.origin.row;
    const cols = bounds.cols - sheet.origin.col;
    this.width = this.height * cols > MAX_FLAT_CELLS ? 0 : cols;
  }

  /** The number kept for (row, col), 0 when none. */
  get(row: number, col: number): number {
    const slot = this.slotOf(row, col);
    if (slot >= 0) return this.flat === null ? 0 : this.flat[slot];
    return this.outside.size === 0 ? 0 : (this.outside.get(row * 16384 + col) ?? 0);
  }

  /** Keeps a positive number for (row, col). */
  set(row: number, col: number, n: number): void {
    const slot = this.slotOf(row, col);
    if (slot < 0) this.outside.set(row * 16384 + col, n);
    else (this.flat ??= new Int32Array(this.height * this.width))[slot] = n;
  }

  private slotOf(row: number, col: number): number {
    const r = row - this.rowOrigin;
    const c = col - this.colOrigin;
    return r < 0 || c < 0 || r >= this.height || c >= this.width ? -1 : r * this.width + c;
  }
}
