// A row the rules cannot decide (words no band knows, a figure left open on one side, several figures in the target's
// unit, a figure labelled as no figure reached) waits for a person: spec §3 has the user choose the band. A band picked
// in the pane, or a score the person wrote in the row's 得分 cell, is that choice: it is counted, so the total no
// longer waits, and a review says whose score it is.
import type { BandIndex, FindingParams, Shortfall } from "../messages/params";
import type { Profile } from "../profile";
import { numberIn, type CellRef, type IndicatorInput } from "../tables/readTable";
import type { CellAt } from "./findingSink";
import { fromHundredths, toHundredths } from "./rounding";
import type { IndicatorResult, RowContext } from "./scoreIndicator";
import { SETTING_NOISE } from "./tolerances";

/** The kinds of review a row waiting for a person has. */
export const WAITING_KINDS = [
  "no-band",
  "figure-open",
  "figures-differ",
  "planned",
  "earlier",
  "other-year",
  "difference",
  "complement",
  "other-measure",
  "undone",
  "not-reached",
  "negative",
] as const;

/** The reviews of a row that waits for a person. */
export type WaitingReview = Extract<FindingParams["QUALITATIVE_REVIEW"], { kind: (typeof WAITING_KINDS)[number] }>;

/** The score, in hundredths, a person wrote in a row's 得分 cell: a number from 0 to the row's weight; null when the
 *  cell holds none, or one the weight does not allow (SCORE_ABOVE_WEIGHT says that). */
export function personScoreIn(cell: CellRef | null, weight: number | null): number | null {
  const n = numberIn(cell);
  if (n === null || weight === null || n < 0 || n > weight + SETTING_NOISE) return null;
  return toHundredths(n, { decimals: 2, mode: "half-up" });
}

/** The three bands: 达成, 部分达成, 未达成. */
export const BANDS: readonly BandIndex[] = [0, 1, 2];

/** The score, in hundredths, of `band` on a row of weight `w`: the profile's point for it, rounded as scores are. */
export function bandScore(band: BandIndex, w: number, profile: Profile): number {
  return toHundredths(w * profile.qualitative.points[band], profile.scoreRounding);
}

/** `ctx` with the score a person gave `row` (weight `w`; `weight` as read, null when none): the band picked for it,
 *  else a score written in its 得分 cell; `ctx` itself when neither. Only a row the rules cannot decide uses it. */
export function withPerson(row: IndicatorInput, w: number, weight: number | null, ctx: RowContext): RowContext {
  const picked = ctx.picks?.get(row.row);
  if (picked !== undefined) return Object.assign({}, ctx, { person: bandScore(picked, w, ctx.profile), picked });
  const person = personScoreIn(row.score, weight);
  if (person === null) return ctx;
  const band = w > 0 ? BANDS.find((b) => bandScore(b, w, ctx.profile) === person) : undefined;
  return Object.assign({}, ctx, band === undefined ? { person } : { person, personBand: band });
}

/** Why a row a person scored is below its weight `w` (the score they gave), for NOT_MET_NO_REASON; null for a row
 *  the rules scored. */
export function personShortfall(res: IndicatorResult, actual: string, w: number): Shortfall | null {
  if ((!res.byPerson && res.picked === undefined) || res.score === null) return null;
  const said = { kind: "person" as const, actual, weight: w, score: fromHundredths(res.score) };
  return res.picked === undefined ? said : Object.assign(said, { picked: res.picked });
}

/** A row the rules cannot decide: the review asking for the band, not scored; or, when a person picked its band or
 *  wrote its score (`ctx.person`), that score, the review saying so. */
export function waitForPerson(at: CellAt | null, row: number, review: WaitingReview, ctx: RowContext): IndicatorResult {
  const person = ctx.person ?? null;
  if (person === null) {
    ctx.sink.add("QUALITATIVE_REVIEW", at, review, row);
    return { status: "qualitative", score: null, met: null, why: null };
  }
  const { picked, personBand } = ctx;
  const said = Object.assign(
    { person: fromHundredths(person) },
    picked !== undefined ? { picked } : personBand !== undefined ? { asBand: personBand } : {},
  );
  ctx.sink.add("QUALITATIVE_REVIEW", at, Object.assign({}, review, said), row);
  if (picked === undefined) return { status: "qualitative", score: person, met: null, why: null, byPerson: true };
  return { status: "qualitative", score: person, met: picked === 0, why: null, picked };
}
