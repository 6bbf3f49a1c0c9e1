// Array formulas (and data tables) over several cells: each cell of the range shows part of one result, and a
// value written into one of them would break the array. The reader marks every such cell as holding the
// master's formula, so the core leaves it alone and says so, as it does for any formula cell.
import { parseA1 } from "../core";
import { LIMITS, type ReadBudget } from "./limits";
import type { CellList } from "./sheetLayout";

/** A multi-cell array formula: its range (0-based, inclusive) and formula text. */
export interface ArrayRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  text: string;
}

/** The ranges of a sheet's multi-cell array formulas, collected as the reader meets their masters. */
export class ArrayFormulas {
  readonly ranges: ArrayRange[] = [];

  /** Registers the master at (row, col) of an array formula whose `ref` spans more than its own cell. */
  add(ref: string | null, row: number, col: number, text: string): void {
    const [a, b] = (ref ?? "").split(":");
    const tl = parseA1(a ?? "");
    const br = b ? parseA1(b) : tl;
    if (!tl || !br || (tl.row === br.row && tl.col === br.col)) return;
    this.ranges.push({
      r1: Math.min(tl.row, br.row, row),
      c1: Math.min(tl.col, br.col, col),
      r2: Math.max(tl.row, br.row),
      c2: Math.max(tl.col, br.col),
      text,
    });
  }

  /** Gives every listed cell inside a range, without a formula of its own, the range's formula (budgeted). */
  markCells(list: CellList, budget: ReadBudget): void {
    if (!this.ranges.length) return;
    budget.count(list.rows.length * this.ranges.length, { kind: "arrayChecks", limit: LIMITS.arrayChecks });
    for (let i = 0; i < list.rows.length; i++) {
      if (list.formulas[i] !== null) continue;
      const row = list.rows[i];
      const col = list.cols[i];
      const hit = this.ranges.find((r) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2);
      if (hit) list.formulas[i] = hit.text;
    }
  }

  /** The range holding (row, col), if any. */
  at(row: number, col: number): ArrayRange | undefined {
    return this.ranges.find((r) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2);
  }
}
