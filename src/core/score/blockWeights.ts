// Weights only in block labels (spec §1 amendment 4, Hubei-style templates): no 分值 column, 产出指标（60分） on the
// level-1 cells. The block's points are divided equally among its rows, rounded to hundredths with the remainder on
// the last row, and a WEIGHTS_FROM_BLOCKS warning says so.
import type { Profile } from "../profile";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { RowReader } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { fromHundredths } from "./rounding";

interface Block {
  name: string;
  points: number | null;
  rows: number[];
}

function blocksOf(t: TableLayout, merges: MergeIndex): Block[] {
  const reader = new RowReader(t, merges);
  const blocks: Block[] = [];
  for (const row of t.indicatorRows) {
    const input = reader.read(row);
    const last = blocks[blocks.length - 1];
    if (last && last.name === input.level1 && last.points === input.level1Points) last.rows.push(row);
    else blocks.push({ name: input.level1, points: input.level1Points, rows: [row] });
  }
  return blocks;
}

/** Each row's weight in hundredths from its block's points, or null when the table has a 分值 column, no block
 *  points, or the profile says `off`. Rows of a block without points have none (WEIGHT_MISSING). */
export function weightsFromBlocks(
  t: TableLayout,
  merges: MergeIndex,
  profile: Profile,
  sink: FindingSink,
): Map<number, number> | null {
  if (t.columns.weight !== undefined || t.kind === "targets-only" || profile.weights.fromBlockPoints === "off")
    return null;
  const blocks = blocksOf(t, merges);
  if (!blocks.some((b) => b.points !== null)) return null;
  const weights = new Map<number, number>();
  for (const b of blocks) {
    if (b.points === null) continue;
    const total = Math.round(b.points * 100);
    const each = Math.floor(total / b.rows.length);
    b.rows.forEach((row, i) => weights.set(row, i === b.rows.length - 1 ? total - each * (b.rows.length - 1) : each));
    const last = total - each * (b.rows.length - 1);
    sink.add("WEIGHTS_FROM_BLOCKS", null, {
      block: b.name,
      points: b.points,
      rows: b.rows.length,
      each: fromHundredths(each),
      last: last === each ? null : fromHundredths(last),
    });
  }
  return weights;
}
