// Subtotal rows' scores (spec §1 amendment 4): a subtotal's 得分 cell gets its block's sum when every row is scored.
import type { TableLayout } from "../tables/layout";

/** Collects the row scores a table's subtotals need (nothing is kept for a table without subtotals). */
export class SubtotalScores {
  private readonly scores = new Map<number, number | null>();

  constructor(private readonly t: TableLayout) {}

  /** Records one indicator row's score in hundredths (null when not scored). */
  row(row: number, score: number | null): void {
    if (this.t.subtotals.length > 0) this.scores.set(row, score);
  }

  /** Each subtotal row whose block rows are all scored, with the block's sum in hundredths. */
  sums(): { row: number; sum: number }[] {
    const out: { row: number; sum: number }[] = [];
    for (const s of this.t.subtotals) {
      let sum = 0;
      const complete = s.members.every((r) => {
        const v = this.scores.get(r);
        if (v === null || v === undefined) return false;
        sum += v;
        return true;
      });
      if (complete) out.push({ row: s.row, sum });
    }
    return out;
  }
}
