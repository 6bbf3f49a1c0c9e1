// Existing 得分 in the sheet: audit (compare, keep) or replace (note the old value); SCORE_ABOVE_WEIGHT, TOTAL_DIFFERS.
import { cellText } from "../text";
import { numberIn, type CellRef } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { fromHundredths } from "./rounding";
import { SCORE_DIFFERS_BY, SETTING_NOISE, TOTAL_DIFFERS_BY } from "./tolerances";

const cellOf = (r: CellRef) => ({ row: r.row, col: r.col });

/** A letter or a Chinese character: what a user's words hold and a number, a mark or a percent does not. */
const WORDS = /[A-Za-z\u3400-\u9fff]/;

/** Whether a score, total or rate cell holds the user's words (见佐证材料, 待定, a label): no formula, no number (10,
 *  "10分"), no not-applicable mark (`markers`: /, —, 不适用). Such a cell is never written over: SCORE_DIFFERS says what
 *  the rules give instead. */
export function holdsWords(cell: CellRef, markers: readonly string[]): boolean {
  if (cell.formula || numberIn(cell) !== null) return false;
  const text = cellText(cell.value).trim();
  return WORDS.test(text.slice(0, 64)) && !markers.includes(text);
}

/** Whether a cell's figure `old` is the rules' score (`hundredths`) to within SCORE_DIFFERS_BY: nothing to say of it. */
export function sameScore(old: number | null, hundredths: number): boolean {
  return old !== null && Math.abs(old - fromHundredths(hundredths)) <= SCORE_DIFFERS_BY + SETTING_NOISE;
}

/** Compares the sheet's existing scores with the computed ones, row by row, and adds the findings. */
export class ExistingScores {
  private existingSum = 0;
  private existingCount = 0;

  /** `audit`: keep the existing scores and flag differences; otherwise they are replaced and the old value noted
   *  (a cell holding words is kept: holdsWords; `markers` are the profile's not-applicable marks). */
  constructor(
    private readonly audit: boolean,
    private readonly sink: FindingSink,
    private readonly markers: readonly string[],
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
    if (score !== null) compareOne(cell, old, score, this.kept(cell), this.sink, row);
  }

  /** A total cell holding a formula or words, or a filled cell beside a total label above the table (`filled`), is
   *  left as it is: SCORE_DIFFERS (kept) when it holds another figure than the computed total (`total` in
   *  hundredths), words, or a formula without a result (written by a tool that does not calculate). */
  keptTotal(cell: CellRef | null, total: number | null, filled = false): void {
    const words = cell !== null && holdsWords(cell, this.markers);
    if (!cell || (!cell.formula && !words && !filled) || total === null) return;
    const old = numberIn(cell);
    if (sameScore(old, total)) return;
    const formula = !words && !!cell.formula;
    const shown = cellText(cell.value).trim();
    const params = {
      old,
      text: old !== null ? "" : shown,
      computed: fromHundredths(total),
      kept: true,
      formula,
      total: true as const,
    };
    const said = words
      ? Object.assign(params, { words: true as const })
      : formula && old === null && !shown
        ? noResult(params, cell)
        : params;
    this.sink.add("SCORE_DIFFERS", cellOf(cell), said);
  }

  /** A subtotal's or the funding rate's cell (`computed`: points, or the rate in percent) that holds words: kept, and
   *  SCORE_DIFFERS says what the rules give; false (nothing said) when the cell may be written. */
  keptOther(cell: CellRef | null, computed: number, rate: boolean): boolean {
    if (!cell || !holdsWords(cell, this.markers)) return false;
    const text = cellText(cell.value).trim();
    const params = { old: null, text, computed, kept: true, formula: false, words: true as const };
    this.sink.add("SCORE_DIFFERS", cellOf(cell), rate ? Object.assign(params, { rate: true as const }) : params);
    return true;
  }

  /** How this run treats a score cell: an audit keeps it, as does a score run when it holds a formula or words. */
  private kept(cell: CellRef): Kept {
    if (this.audit) return "audit";
    return cell.formula ? "formula" : holdsWords(cell, this.markers) ? "words" : "replaced";
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
      compareOne(funding.cell, old, funding.score, this.kept(funding.cell), sink, null);
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

/** Why a differing score stays in its cell (an audit, a formula, the user's words), or that it is replaced. */
type Kept = "audit" | "formula" | "words" | "replaced";

function compareOne(
  cell: CellRef,
  old: number | null,
  computed: number,
  kept: Kept,
  sink: FindingSink,
  row: number | null,
): void {
  const text = old === null ? cellText(cell.value) : "";
  const formula = !!cell.formula;
  // an empty 得分 cell holds no score to differ from (in an audit the computed score is in the report), unless it
  // holds a formula without a result: kept, it will show its own figure once calculated
  if (old === null && !text && !formula) return;
  if (sameScore(old, computed)) return;
  const params = { old, text, computed: fromHundredths(computed), kept: kept !== "replaced", formula };
  const said =
    kept === "words"
      ? Object.assign(params, { words: true as const })
      : old === null && !text
        ? noResult(params, cell)
        : params;
  sink.add("SCORE_DIFFERS", cellOf(cell), said, row);
}

/** SCORE_DIFFERS's params for a formula cell without a result (saved by a tool that does not calculate): its text. */
function noResult<P extends { text: string }>(params: P, cell: CellRef): P & { noResult: true } {
  return Object.assign(params, { text: `=${cell.formula}`, noResult: true as const });
}
