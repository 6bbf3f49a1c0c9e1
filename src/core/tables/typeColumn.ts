// A column headed 指标类型 (指标类别) is read by what it holds, not by its header (spec §1 amendment 4): some templates
// head their level-2 column so (数量指标, 质量指标, 时效指标 …), some their level-1 column (产出指标, 效益指标), others a
// column saying whether an indicator is 定量 or 定性. Before, every such column was a header not recognised, and a
// level column under it was lost (LEVEL2_MISSING on a table that has its level-2 names).
import { cellAt, type SheetGrid } from "../grid";
import { compactText } from "../text";
import type { HeaderBand, IgnoredHeader, PlacedHeader } from "./headerBand";
import type { MergeIndex } from "./merges";
import { splitLevel1 } from "./readTable";
import { isBlank } from "./sheetRows";

/** An indicator's type, as a 指标类型 column gives it (定量, 定性指标). */
const TYPE_WORD = /^定[量性](?:指标)?$/;
/** A level-1 name of the framework (产出指标, 效益指标, 满意度指标; 成本指标 is level 1 in some years, level 2 in others). */
const LEVEL1_NAME = /^(?:产出|效益|满意度|成本)(?:指标)?$/;
/** A word of every level-2 name of the framework (数量, 质量, 时效, 成本; 经济效益, 可持续影响; 服务对象满意度). */
const LEVEL2_WORD = /数量|质量|时效|成本|效益|影响|满意/;

/** What a 指标类型 column holds over the indicator rows: the type (定量 / 定性, or nothing), level-1 names, level-2
 *  names, or none of these (null). */
function holds(
  sheet: SheetGrid,
  merges: MergeIndex,
  col: number,
  rows: readonly number[],
): PlacedHeader["role"] | null {
  const texts: string[] = [];
  for (const r of rows) {
    const a = merges.anchor(r, col);
    const v = cellAt(sheet, a.row, a.col);
    if (!isBlank(v)) texts.push(splitLevel1(compactText(String(v))).name);
  }
  const all = (re: RegExp) => texts.every((t) => re.test(t));
  if (all(TYPE_WORD)) return "indicatorType";
  if (all(LEVEL1_NAME) && texts.some((t) => !/^成本/.test(t))) return "level1";
  return all(LEVEL2_WORD) ? "level2" : null;
}

/** A header's level columns with its 指标类型 column among them when it holds level names left of the indicator names
 *  and no other column has that level; `type`, whether it is a type column (kept, read by nothing); `ignored`, the
 *  column when it is neither (a header not recognised) or its level's column is another's. */
export function typeColumn(
  sheet: SheetGrid,
  merges: MergeIndex,
  band: HeaderBand,
  rows: readonly number[],
): { levels: PlacedHeader[]; type: boolean; ignored: IgnoredHeader[] } {
  const col = band.roles.indicatorType;
  if (col === undefined) return { levels: band.levels, type: false, ignored: [] };
  const role = holds(sheet, merges, col, rows);
  if (role === "indicatorType") return { levels: band.levels, type: true, ignored: [] };
  const text = band.texts.get(col) ?? "";
  const names = band.levels.length ? band.levels[band.levels.length - 1].col : -1;
  if (role === null || col > names)
    return { levels: band.levels, type: false, ignored: [{ row: band.bottom, col, text, reason: "unknown" }] };
  if (band.levels.some((l) => l.role === role))
    return { levels: band.levels, type: false, ignored: [{ row: band.bottom, col, text, reason: "duplicate" }] };
  const levels = band.levels.concat({ col, role, by: "key-term", text }).sort((a, b) => a.col - b.col);
  return { levels, type: false, ignored: [] };
}
