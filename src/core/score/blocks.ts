// Level-1 blocks of a reported table: weight and score per block, summed in integer hundredths (no float drift).
import type { BlockReport, IndicatorReport } from "../report";
import { fromHundredths } from "./rounding";

/** Weight and score per level-1 block in sheet order, with the number of its weighted, applicable rows not scored
 *  yet. Rows without a weight are left out. */
export function blockReports(indicators: readonly IndicatorReport[]): BlockReport[] {
  const blocks = new Map<string, { weight: number; score: number; waiting: number }>();
  for (const i of indicators) {
    if (i.weight === null) continue;
    const b = blocks.get(i.level1) ?? { weight: 0, score: 0, waiting: 0 };
    b.weight += Math.round(i.weight * 100);
    if (i.score !== null) b.score += Math.round(i.score * 100);
    else if (i.status !== "not-applicable") b.waiting++;
    blocks.set(i.level1, b);
  }
  return [...blocks].map(([level1, b]) => ({
    level1,
    weight: fromHundredths(b.weight),
    score: fromHundredths(b.score),
    waiting: b.waiting,
  }));
}
