// The cells right of labels above a table without a total row (自评得分 | ▢ | 自评等级 | ▢): the total and the grade go
// there when the cell is empty; a cell already filled is left as it is, and said when it holds something else.
import { a1 } from "../grid";
import type { LabelledAt } from "../messages/params";
import type { LabelledCell, TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { cellRefAt, numberIn, type CellRef } from "../tables/readTable";
import { cellText } from "../text";
import { sameScore } from "./existingScores";

/** A labelled cell: its reference, whether it is empty (written) and what the message says of it. */
export interface LabelledTarget {
  ref: CellRef;
  free: boolean;
  at: LabelledAt;
}

/** The labelled total and grade cells a run puts its total and grade in (null where none). */
export interface LabelledTargets {
  total: LabelledTarget | null;
  grade: LabelledTarget | null;
}

/** The cell right of `cell`'s label: empty (free), holding what `holds` accepts (kept null), or something else (kept:
 *  its text, or its formula when it has no result). */
function targetOf(t: TableLayout, merges: MergeIndex, cell: LabelledCell, holds: (ref: CellRef) => boolean) {
  const ref = cellRefAt(t, merges, cell.row, cell.col)!;
  const text = cellText(ref.value);
  const free = text === "" && !ref.formula;
  const kept = free || holds(ref) ? null : text || `=${ref.formula}`;
  return { ref, free, at: { label: cell.label, cell: a1(cell.row, cell.col), kept } };
}

/** The labelled cells (TableLayout.labelled) for a total in hundredths and a grade; none where there is no label, or
 *  no total or grade to put beside it. */
export function labelledTargets(
  t: TableLayout,
  merges: MergeIndex,
  total: number | null,
  grade: string | null,
): LabelledTargets {
  const { labelled } = t;
  const sameTotal = (ref: CellRef) => sameScore(numberIn(ref), total!);
  const sameGrade = (ref: CellRef) => cellText(ref.value) === grade;
  return {
    total: labelled.total && total !== null ? targetOf(t, merges, labelled.total, sameTotal) : null,
    grade: labelled.grade && grade !== null ? targetOf(t, merges, labelled.grade, sameGrade) : null,
  };
}
