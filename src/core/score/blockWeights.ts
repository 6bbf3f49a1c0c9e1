// Weights printed in names instead of a 分值 column (spec §1 amendment 4, Hubei-style templates: 产出指标（60分） on the
// level-1 cells; also 数量指标（20分） on level 2 and 培训人次（10分） on level 3, docs/DECISIONS.md). A row's own
// points are its weight (WEIGHTS_FROM_NAMES says so); a level-2 block's points, less its rows' own, are divided
// equally among its other rows, then a level-1 block's among the rows still without one, rounded to hundredths with
// the remainder on the last row, and a WEIGHTS_FROM_BLOCKS warning says so.
import type { Profile } from "../profile";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { RowReader, splitLevel1 } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { fromHundredths } from "./rounding";

/** One indicator row's names and the points they print. */
interface NamedRow {
  row: number;
  level3: string;
  /** The level-3 name's own points, in hundredths. */
  own: number | null;
}

/** Consecutive rows under one label (a level-1 or level-2 name with its points). */
interface Block<T> {
  name: string;
  points: number | null;
  items: T[];
}

/** The last block when it has this label, else a new block appended. */
function blockFor<T>(blocks: Block<T>[], name: string, points: number | null): Block<T> {
  const last = blocks[blocks.length - 1];
  if (last && last.name === name && last.points === points) return last;
  const block: Block<T> = { name, points, items: [] };
  blocks.push(block);
  return block;
}

/** The table's rows as level-1 blocks of level-2 blocks. */
function blocksOf(t: TableLayout, merges: MergeIndex): Block<Block<NamedRow>>[] {
  const reader = new RowReader(t, merges);
  const level1: Block<Block<NamedRow>>[] = [];
  for (const row of t.indicatorRows) {
    const input = reader.read(row);
    const own = splitLevel1(input.level3).points;
    const named: NamedRow = { row, level3: input.level3, own: own === null ? null : Math.round(own * 100) };
    const b1 = blockFor(level1, input.level1, input.level1Points);
    blockFor(b1.items, input.level2, input.level2Points).items.push(named);
  }
  return level1;
}

/** Each row's weight in hundredths from the points printed in its names, or null when the table has a 分值 column,
 *  no points in any name, or the profile says `off`. Rows no printed points reach have none (WEIGHT_MISSING). */
export function weightsFromBlocks(
  t: TableLayout,
  merges: MergeIndex,
  profile: Profile,
  sink: FindingSink,
): Map<number, number> | null {
  if (t.columns.weight !== undefined || t.kind === "targets-only" || profile.weights.fromBlockPoints === "off")
    return null;
  const blocks = blocksOf(t, merges);
  const rows = blocks.flatMap((b1) => b1.items.flatMap((b2) => b2.items));
  const named = rows.filter((r) => r.own !== null);
  if (!named.length && !blocks.some((b1) => b1.points !== null || b1.items.some((b2) => b2.points !== null)))
    return null;
  const weights = new Map<number, number>();
  for (const r of named) weights.set(r.row, r.own!);
  if (named.length) sink.add("WEIGHTS_FROM_NAMES", null, { rows: named.length, example: named[0].level3 });
  for (const b1 of blocks) {
    for (const b2 of b1.items) divide(b2.name, b2.points, b2.items, weights, sink);
    divide(
      b1.name,
      b1.points,
      b1.items.flatMap((b2) => b2.items),
      weights,
      sink,
    );
  }
  return weights;
}

/** Divides a block's `points`, less the weights its rows already have, equally among its rows without one. */
function divide(
  name: string,
  points: number | null,
  rows: NamedRow[],
  weights: Map<number, number>,
  sink: FindingSink,
) {
  const open = rows.filter((r) => !weights.has(r.row));
  if (points === null || !open.length) return;
  const printed = Math.round(points * 100);
  const total = printed - rows.reduce((sum, r) => sum + (weights.get(r.row) ?? 0), 0);
  if (total < 0) return;
  const each = Math.floor(total / open.length);
  const last = total - each * (open.length - 1);
  open.forEach((r, i) => weights.set(r.row, i === open.length - 1 ? last : each));
  sink.add("WEIGHTS_FROM_BLOCKS", null, {
    block: name,
    points: fromHundredths(total),
    of: total === printed ? null : fromHundredths(printed),
    rows: open.length,
    each: fromHundredths(each),
    last: last === each ? null : fromHundredths(last),
  });
}
