// A weight (分值, 权重) cell's points: a number (10, `10分`), or a percent of the full mark (`10%`, or 0.1 under a %
// number format), which is that share of the full mark's points: 10% of 100 is 10 (WEIGHTS_FROM_PERCENT says so).
import { classifyNumberFormat } from "../parse/numberFormat";
import { scaleNumber } from "../parse/numbers";
import { numberIn, type CellRef } from "../tables/readTable";
import { toHalfWidth } from "../text";
import type { FindingSink } from "./findingSink";

const PERCENT_TEXT = /^(\d+(?:\.\d+)?)%$/;

/** The percent a weight cell is written as (10 for `10%` or 0.1 under a % format), or null. */
function percentIn(ref: CellRef): number | null {
  const v = ref.value;
  if (typeof v === "number")
    return Number.isFinite(v) && classifyNumberFormat(ref.numFmt).percent ? scaleNumber(v, 2) : null;
  const m = typeof v === "string" ? PERCENT_TEXT.exec(toHalfWidth(v).replace(/\s+/g, "")) : null;
  return m ? Number(m[1]) : null;
}

const BRACKETED = /^\s*[(（【[]\s*(.+?)\s*[)）】\]]\s*$/;

/** The cell with the text inside the brackets that enclose it (（10分） → 10分), or null. A weight is never below 0, so
 *  brackets are no accountant's minus sign here (they are in a funding cell, which does not take them off). */
function inBrackets(ref: CellRef): CellRef | null {
  const m = typeof ref.value === "string" ? BRACKETED.exec(ref.value) : null;
  return m ? Object.assign({}, ref, { value: m[1] }) : null;
}

/** Reads one table's weight cells in points, remembering those written as percents for one table-level finding. */
export class WeightReader {
  private percents = 0;
  private first: { example: string; points: number } | null = null;

  constructor(private readonly fullMark: number) {}

  /** The cell's weight in points, or null when it holds no number or one below 0 (WEIGHT_MISSING, said by the
   *  caller: points below 0 would make a score below 0, which the spec never gives). */
  read(ref: CellRef | null): number | null {
    if (!ref || ref.isError) return null;
    const pct = percentIn(ref);
    if (pct === null) {
      const n = numberIn(ref) ?? numberIn(inBrackets(ref));
      return n !== null && n < 0 ? null : n;
    }
    if (pct < 0) return null;
    const points = Math.round(pct * this.fullMark * 1e4) / 1e6;
    this.percents++;
    this.first ??= { example: `${pct}%`, points };
    return points;
  }

  /** WEIGHTS_FROM_PERCENT (info, table-level) when any weight was a percent. */
  note(sink: FindingSink): void {
    if (!this.first) return;
    sink.add("WEIGHTS_FROM_PERCENT", null, { rows: this.percents, ...this.first, full: this.fullMark });
  }
}
