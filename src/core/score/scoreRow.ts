// Decides each row's fate: not applicable, missing, check-only, or scored (spec §3 "Missing values").
import type { Shortfall } from "../messages/params";
import type { IndicatorStatus } from "../report";
import type { ParsedValue } from "../parse/types";
import type { Profile } from "../profile";
import { cellText } from "../text";
import { numberIn, type IndicatorInput } from "../tables/readTable";
import { cellAt, FindingSink } from "./findingSink";
import { personShortfall, withPerson } from "./personScore";
import { noReasonIn } from "./reasonCell";
import { fromHundredths, fmtScore, toHundredths } from "./rounding";
import { scoreIndicator, type RowContext } from "./scoreIndicator";

/** One row's outcome. */
export interface RowOutcome {
  input: IndicatorInput;
  target: ParsedValue;
  weight: number | null;
  status: IndicatorStatus;
  score: number | null;
  met: boolean | null;
  /** The score is the one a person wrote in the row's 得分 cell: nothing to write. */
  byPerson?: true;
}

const isNA = (p: ParsedValue) => p.kind === "not-applicable";
const isNone = (p: ParsedValue) => p.kind === "empty" || p.kind === "not-applicable";

function outcome(
  input: IndicatorInput,
  target: ParsedValue,
  weight: number | null,
  status: IndicatorStatus,
  score: number | null,
  met: boolean | null,
): RowOutcome {
  return { input, target, weight, status, score, met };
}

/** Scores one row; `scoring` false gives a check-only row (met is still worked out when possible). `weight` is the
 *  row's 分值 in points (its cell's, a percent of the full mark, or from block points; null when it has none). */
export function scoreRow(
  row: IndicatorInput,
  ctx: RowContext,
  scoring: boolean,
  hasWeights: boolean,
  weight: number | null,
  mergedWeight?: string,
): RowOutcome {
  const { sink, profile } = ctx;
  const target = ctx.read(row.target, row, "target");
  const actual = ctx.read(row.actual, row, "actual");
  if ((isNA(target) && isNone(actual)) || (isNA(actual) && isNone(target)))
    return outcome(row, target, weight, "not-applicable", null, null);
  if (!scoring) {
    if (target.kind === "empty" || !row.actual || isNone(actual))
      return outcome(row, target, weight, "check-only", null, null);
    const probe = scoreIndicator(row, target, actual, 1, {
      profile,
      sink: new FindingSink(),
      read: ctx.read,
      tableYear: ctx.tableYear,
    });
    return outcome(row, target, weight, "check-only", null, probe.met);
  }
  if (weight === null && hasWeights) {
    const txt = cellText(row.weight?.value ?? null);
    const below = row.weight ? (numberIn(row.weight) ?? 0) < 0 : false;
    const params = mergedWeight
      ? { kind: "row" as const, text: txt || null, merged: mergedWeight }
      : below
        ? { kind: "row" as const, text: txt, negative: true as const }
        : { kind: "row" as const, text: txt || null };
    sink.add("WEIGHT_MISSING", cellAt(row.weight), params, row.row);
    return outcome(row, target, weight, "no-weight", null, null);
  }
  const w = weight ?? 0;
  if (isNone(target)) {
    const mark = isNA(target) ? { mark: target.text, actual: actual.text } : null;
    sink.add("TARGET_MISSING", cellAt(row.target), Object.assign({ weight: w }, mark), row.row);
    return outcome(row, target, weight, "unreadable", null, null);
  }
  if (isNone(actual)) {
    const said = Object.assign(
      { kind: "row" as const, target: target.text },
      isNA(actual) ? { mark: actual.text } : null,
    );
    sink.add("ACTUAL_MISSING", cellAt(row.actual ?? row.target), said, row.row);
    return outcome(row, target, weight, "unreadable", null, null);
  }
  // a row the rules may leave to a person counts the band picked for it, or the score a person wrote in its 得分 cell
  const res = scoreIndicator(row, target, actual, w, withPerson(row, w, weight, ctx));
  const why = personShortfall(res, actual.text, w) ?? res.why;
  // a figure exactly at a strict bound (3次 against ＞3次) is not met, though the formula gives the weight
  if (res.score !== null && why && (res.score < toHundredths(w, profile.scoreRounding) || res.met === false))
    noteMissingReason(row, why, profile, sink);
  const o = outcome(row, target, weight, res.status, res.score, res.met);
  if (res.byPerson) o.byPerson = true;
  return o;
}

function noteMissingReason(row: IndicatorInput, why: Shortfall, profile: Profile, sink: FindingSink): void {
  const reasonCell = row.reason; // a getter that reads the cell: once
  if (!noReasonIn(reasonCell, profile)) return;
  // on the empty reason cell, where the officer must write; the score cell it explains gets the note too
  if (reasonCell) sink.add("NOT_MET_NO_REASON", cellAt(reasonCell), { shortfall: why }, row.row, cellAt(row.score));
  else sink.add("NOT_MET_NO_REASON", cellAt(row.score ?? row.actual), { shortfall: why }, row.row);
}

/** Formats hundredths as a score with two decimals. */
export function showHundredths(h: number): string {
  return fmtScore(fromHundredths(h));
}
