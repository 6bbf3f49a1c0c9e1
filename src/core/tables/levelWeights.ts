// A 分值 column per level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值, or 一级指标分值 | 二级指标分值 | 三级指标分值):
// the level-3 one holds each indicator's weight (spec §3: w = 分值 of the row); a level-1 or level-2 one holds that
// block's points, compared with its rows' weights as a label's printed points are (BLOCK_POINTS_DIFFER).
import type { HeaderBand } from "./headerBand";
import { normaliseHeader } from "./headerTerms";
import type { LevelColumns } from "./levels";

type Level = "level1" | "level2" | "level3";
const LEVEL_KEYS: readonly Level[] = ["level1", "level2", "level3"];
/** A weight header that names its level: 一级指标分值, 三级分值. */
const NAMED_LEVEL = /^([一二三])级/;

/** The level a weight column belongs to: the one its header names, else the nearest level column left of it. */
function levelOf(col: number, text: string, levels: LevelColumns): Level | null {
  const named = NAMED_LEVEL.exec(normaliseHeader(text));
  if (named) return LEVEL_KEYS["一二三".indexOf(named[1])];
  let best: Level | null = null;
  for (const k of LEVEL_KEYS) {
    const c = levels[k];
    if (c !== undefined && c < col && (best === null || c > levels[best]!)) best = k;
  }
  return best;
}

/** The weight columns of a header with several: each row's weight (the level-3 one) and the level-1 and level-2
 *  blocks' points; null when it has one weight column, or none that belongs to the level-3 names. */
export function levelWeights(
  band: HeaderBand,
  levels: LevelColumns,
): { weight: number; level1Points?: number; level2Points?: number } | null {
  if (band.weights.length < 2) return null;
  const of = (c: number) => levelOf(c, band.labels.get(c) ?? "", levels);
  const held = band.roles.weight!;
  const weight = of(held) === "level3" ? held : band.weights.find((c) => of(c) === "level3");
  if (weight === undefined) return null;
  return {
    weight,
    level1Points: band.weights.find((c) => of(c) === "level1"),
    level2Points: band.weights.find((c) => of(c) === "level2"),
  };
}
