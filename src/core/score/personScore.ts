// A row the rules cannot decide (words no band knows, a figure left open on one side, several figures in the target's
// unit) waits for a person: spec §3 has the user choose the band. A score the person wrote in the row's 得分 cell is that
// choice: it is counted, so the total no longer waits, and a review says whose score it is.
import type { FindingParams } from "../messages/params";
import { numberIn, type CellRef } from "../tables/readTable";
import type { CellAt } from "./findingSink";
import { fromHundredths, toHundredths } from "./rounding";
import type { IndicatorResult, RowContext } from "./scoreIndicator";
import { SETTING_NOISE } from "./tolerances";

/** The reviews of a row that waits for a person. */
export type WaitingReview = Extract<
  FindingParams["QUALITATIVE_REVIEW"],
  { kind: "no-band" | "figure-open" | "figures-differ" }
>;

/** The score, in hundredths, a person wrote in a row's 得分 cell: a number from 0 to the row's weight; null when the
 *  cell holds none, or one the weight does not allow (SCORE_ABOVE_WEIGHT says that). */
export function personScoreIn(cell: CellRef | null, weight: number | null): number | null {
  const n = numberIn(cell);
  if (n === null || weight === null || n < 0 || n > weight + SETTING_NOISE) return null;
  return toHundredths(n, { decimals: 2, mode: "half-up" });
}

/** A row the rules cannot decide: the review asking for the band, not scored; or, when a person wrote the row's
 *  score (`ctx.person`), that score, the review saying so. */
export function waitForPerson(at: CellAt | null, row: number, review: WaitingReview, ctx: RowContext): IndicatorResult {
  const person = ctx.person ?? null;
  if (person === null) {
    ctx.sink.add("QUALITATIVE_REVIEW", at, review, row);
    return { status: "qualitative", score: null, met: null, why: null };
  }
  ctx.sink.add("QUALITATIVE_REVIEW", at, Object.assign({}, review, { person: fromHundredths(person) }), row);
  return { status: "qualitative", score: person, met: null, why: null, byPerson: true };
}
