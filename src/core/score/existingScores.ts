// Existing 得分 in the sheet: audit (compare, keep) or replace (note the old value); SCORE_ABOVE_WEIGHT, TOTAL_DIFFERS.
import { cellText } from "../text";
import { numberIn, type CellRef } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { fromHundredths } from "./rounding";
import { SCORE_DIFFERS_BY, SETTING_NOISE, TOTAL_DIFFERS_BY } from "./tolerances";

const cellOf = (r: CellRef) => ({ row: r.row, col: r.col });

/** Compares the sheet's existing scores with the computed ones, row by row, and adds the findings. */
export class ExistingScores {
  private existingSum = 0;
  private existingCount = 0;

  /** `audit`: keep the existing scores and flag differences; otherwise they are replaced and the old value noted. */
  constructor(
    private readonly audit: boolean,
    private readonly sink: FindingSink,
  ) {}

  /** Checks one row's existing score (`cell`) against its weight and its computed score in hundredths. */
  row(cell: CellRef | null, row: number, weight: number | null, score: number | null): void {
    if (!cell) return;
    const old = numberIn(cell);
    if (old !== null) {
      this.existingSum += old;
      this.existingCount++;
      if (weight !== null && old > weight + SETTING_NOISE)
        this.sink.add("SCORE_ABOVE_WEIGHT", cellOf(cell), { old, weight }, row);
    }
    if (score !== null) compareOne(cell, old, score, this.audit, this.sink, row);
  }

  /** A total cell holding a formula, or a filled cell beside a total label above the table (`filled`), is left as it
   *  is: SCORE_DIFFERS (kept) when it holds another figure than the computed total (`total` in hundredths), text, or
   *  a formula without a result (written by a tool that does not calculate). */
  keptTotal(cell: CellRef | null, total: number | null, filled = false): void {
    if (!cell || !(cell.formula || filled) || total === null) return;
    const old = numberIn(cell);
    if (old !== null && Math.abs(old - fromHundredths(total)) <= SCORE_DIFFERS_BY + SETTING_NOISE) return;
    const text = old !== null ? "" : cell.formula && !cellText(cell.value) ? `=${cell.formula}` : cellText(cell.value);
    this.sink.add("SCORE_DIFFERS", cellOf(cell), {
      old,
      text,
      computed: fromHundredths(total),
      kept: true,
      formula: !!cell.formula,
      total: true,
    });
  }

  /** After the rows: the funding score and the total (TOTAL_DIFFERS). A hand total over an empty funding 得分 cell is
   *  set against the row scores and the rules' funding score: the person added one the sheet does not show. */
  finish(funding: { cell: CellRef | null; score: number } | null, totalCell: CellRef | null): void {
    const { sink } = this;
    let existingSum = this.existingSum;
    let counted: number | undefined;
    if (funding?.cell) {
      const old = numberIn(funding.cell);
      if (old === null && !cellText(funding.cell.value)) counted = fromHundredths(funding.score);
      existingSum += old ?? counted ?? 0;
      compareOne(funding.cell, old, funding.score, this.audit, sink, null);
    }
    const oldTotal = numberIn(totalCell);
    if (
      totalCell &&
      oldTotal !== null &&
      this.existingCount > 0 &&
      Math.abs(oldTotal - existingSum) > TOTAL_DIFFERS_BY
    ) {
      const params = { old: oldTotal, sum: fromHundredths(Math.round(existingSum * 100)) };
      sink.add(
        "TOTAL_DIFFERS",
        cellOf(totalCell),
        counted === undefined ? params : Object.assign(params, { funding: counted }),
      );
    }
  }
}

function compareOne(
  cell: CellRef,
  old: number | null,
  computed: number,
  audit: boolean,
  sink: FindingSink,
  row: number | null,
): void {
  const text = old === null ? cellText(cell.value) : "";
  // an empty 得分 cell holds no score to differ from (in an audit the computed score is in the report)
  if (old === null && !text) return;
  if (old !== null && Math.abs(old - fromHundredths(computed)) <= SCORE_DIFFERS_BY + SETTING_NOISE) return;
  sink.add(
    "SCORE_DIFFERS",
    cellOf(cell),
    { old, text, computed: fromHundredths(computed), kept: audit || !!cell.formula, formula: !!cell.formula },
    row,
  );
}
