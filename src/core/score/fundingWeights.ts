// The funding block's weights (spec §4): its one 分值 (the total row's, a part's, its label's points or the profile's),
// or its parts' own.
import { cellAt as valueAt } from "../grid";
import type { Profile } from "../profile";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { numberIn, type CellRef } from "../tables/readTable";
import { cellText } from "../text";
import { cellAt, type FindingSink } from "./findingSink";
import { unresolved, type At, type CellProblem } from "./fundingRows";
import type { WeightReader } from "./weightCell";

/** The 分值 cell decides over the points in the block's label; a label that says otherwise is said, on its cell. */
export function noteLabelPoints(t: TableLayout, weight: number, sink: FindingSink): void {
  const { points, pointsCell } = t.funding!;
  if (points === null || !pointsCell || weight === points) return;
  const label = cellText(valueAt(t.sheet, pointsCell.row, pointsCell.col)).replace(/\s+/g, "");
  sink.add("BLOCK_POINTS_DIFFER", pointsCell, { label, points, weights: weight, rows: null });
}

/** A 分值 cell's weight (null when empty or a not-applicable mark), or the problem when it holds something that is
 *  no weight: below 0, 待定, a formula without a result. */
export function weightIn(
  cell: CellRef | null,
  profile: Profile,
  weights: WeightReader,
): { weight: number | null; problem: CellProblem | null } {
  const text = cell ? cellText(cell.value).trim() : "";
  if (cell && unresolved(cell))
    return { weight: null, problem: { cell, problem: { role: "weight", kind: "formula", text: `=${cell.formula}` } } };
  const weight = weights.read(cell);
  // a not-applicable mark (/, —) says the cell has no weight, as an empty one does
  if (weight !== null || text === "" || profile.notApplicable.markers.includes(text)) return { weight, problem: null };
  const kind = (numberIn(cell) ?? 0) < 0 ? "negative" : "unreadable";
  return { weight: null, problem: { cell, problem: { role: "weight", kind, text } } };
}

/** The block's weight: its 分值 cell (`at`'s row), else the points in its label (预算执行情况（20分）), else the
 *  profile's; a table weight other than the profile's is a finding. A 分值 cell holding no weight gives none and the
 *  problem to say: the profile's is not put in its place. */
export function fundingWeight(t: TableLayout, at: At, profile: Profile, sink: FindingSink, weights: WeightReader) {
  const weightCell = at(t.funding!.cols.weight);
  const { weight: read, problem } = weightIn(weightCell, profile, weights);
  if (problem) return { weight: null, problem };
  if (read !== null) noteLabelPoints(t, read, sink);
  const weight = read ?? t.funding!.points;
  noteProfile(weight, weightCell ?? at(t.funding!.cols.score), profile, sink);
  return { weight: weight ?? profile.funding.weight, problem: null };
}

function noteProfile(weight: number | null, cell: CellRef | null, profile: Profile, sink: FindingSink): void {
  if (weight === null || weight === profile.funding.weight) return;
  sink.add("WEIGHTS_DIFFER_FROM_PROFILE", cellAt(cell), {
    kind: "funding",
    table: weight,
    profile: profile.funding.weight,
  });
}

/** The part rows whose 分值 cell holds something (a cell merged over several parts counts once, on its first row),
 *  when the total row's holds nothing (or the block has none): one is the block's 分值, two or more the parts' own. */
export function weightedParts(t: TableLayout, merges: MergeIndex, profile: Profile): number[] {
  const f = t.funding!;
  const col = f.cols.weight;
  const holds = (row: number) => {
    const text = col === undefined || merges.isCovered(row, col) ? "" : cellText(valueAt(t.sheet, row, col)).trim();
    return text !== "" && !profile.notApplicable.markers.includes(text);
  };
  if (!f.summed && holds(f.row)) return [];
  return f.parts.filter(holds);
}
