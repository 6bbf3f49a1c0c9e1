// Existing 得分 in the sheet: audit (compare, keep) or replace (note the old value); SCORE_ABOVE_WEIGHT, TOTAL_DIFFERS.
import { cellText } from "../text";
import { numberIn, type CellRef } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { fmtNumber, fmtScore, fromHundredths } from "./rounding";
import type { RowOutcome } from "./scoreRows";

const cellOf = (r: CellRef) => ({ row: r.row, col: r.col });

/** Compares the sheet's existing scores with the computed ones and adds the findings. */
export function checkExistingScores(
  rows: readonly RowOutcome[],
  audit: boolean,
  sink: FindingSink,
  funding: { cell: CellRef | null; score: number } | null,
  totalCell: CellRef | null,
): void {
  let existingSum = 0;
  let existingCount = 0;
  for (const r of rows) {
    const cell = r.input.score;
    if (!cell) continue;
    const old = numberIn(cell);
    if (old !== null) {
      existingSum += old;
      existingCount++;
      const w = r.weight;
      if (w !== null && old > w + 1e-9) {
        sink.add("SCORE_ABOVE_WEIGHT", cellOf(cell), { zh: `原得分${fmtNumber(old)}分超过分值${fmtNumber(w)}分`, en: `Existing score ${fmtNumber(old)} exceeds the weight ${fmtNumber(w)}` }, r.input.row);
      }
    }
    if (r.score !== null) compareOne(cell, old, r.score, audit, sink, r.input.row);
  }
  if (funding?.cell) {
    const old = numberIn(funding.cell);
    if (old !== null) existingSum += old;
    compareOne(funding.cell, old, funding.score, audit, sink, null);
  }
  const oldTotal = numberIn(totalCell);
  if (totalCell && oldTotal !== null && existingCount > 0 && Math.abs(oldTotal - existingSum) > 0.011) {
    sink.add("TOTAL_DIFFERS", cellOf(totalCell), { zh: `原总分${fmtNumber(oldTotal)}分与各项原得分之和${fmtNumber(existingSum)}分不一致`, en: `Existing total ${fmtNumber(oldTotal)} differs from the sum of the existing scores ${fmtNumber(existingSum)}` });
  }
}

function compareOne(cell: CellRef, old: number | null, computed: number, audit: boolean, sink: FindingSink, row: number | null): void {
  const text = old === null ? cellText(cell.value) : "";
  if (old === null && !text) {
    if (!audit) return;
    const now = fmtScore(fromHundredths(computed));
    sink.add("SCORE_DIFFERS", cellOf(cell), { zh: `得分未填写，按规则应为${now}分`, en: `No score filled in; the rules give ${now}` }, row);
    return;
  }
  if (old !== null && Math.abs(old - fromHundredths(computed)) <= 0.01 + 1e-9) return;
  const now = fmtScore(fromHundredths(computed));
  const shown = old !== null ? `${fmtNumber(old)}分` : `“${text}”`;
  const kept = audit || !!cell.formula;
  const zh = kept ? `原得分${shown}，按规则应为${now}分${cell.formula ? "（单元格为公式，未改动）" : ""}` : `原得分${shown}与规则计算的${now}分不一致，已改为${now}分`;
  const en = kept ? `Existing score ${old ?? text}; the rules give ${now}${cell.formula ? " (a formula, left as is)" : ""}` : `Existing score ${old ?? text} replaced by ${now}`;
  sink.add("SCORE_DIFFERS", cellOf(cell), { zh, en }, row);
}
