// A completed value that lists the parts of what was done, each labelled (省级媒体3篇，市级媒体8篇; 城区6个、农村5个),
// against a target of one figure in their unit (≥10篇): the first part was counted (3篇: 27 of 90) with a "two
// figures" review, or, split by 、, nothing at all. The parts add up (11篇), and a person confirms that they do not
// overlap (docs/DECISIONS.md, "Labelled parts add up").
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { figureInFamily, missedTotal } from "../parse/partsTotal";
import { labelsPlanOrChange, labelsTotal, labelsUndone, PART_WORDS } from "../parse/remark";
import type { ParsedValue, QuantityValue } from "../parse/types";
import { toBase } from "../parse/units";
import type { IndicatorInput } from "../tables/readTable";
import { cellAt } from "./findingSink";
import { showQuantity } from "./quantities";
import { readPiece } from "./readCell";
import type { RowContext } from "./scoreIndicator";

/** The most clauses a cell is split into. */
const MAX_PARTS = 8;
/** Words, then a figure (省级媒体3篇): the label and the figure. */
const LABELLED = /^([\u4e00-\u9fff]{1,8})[:：]?(\d.*)$/;
/** Families whose figures add up (not a rate, nor a time limit per case: 城区3天，农村5天). */
const ADDS_UP: ReadonlySet<string> = new Set(["count", "money", "area", "length", "energy", "mass", "volume"]);
/** A figure per something (人均, 单价, 补助标准, 每户, 元/人) or one of a set (最高, 最多, 平均): its parts do not add up. */
const PER_SOMETHING = /人均|户均|平均|均价|单价|标准|每|最|\//;
/** A label of work in some state (完成, 在建, 计划), a point in time (6月底, 截至9月) or the negated side of a measure
 *  (无效投诉, 不合格): not a part of a whole. */
const NOT_A_PART =
  /完成|完工|建成|实现|达到|未|尚|待|拟|计划|预计|应|底|末|止|截|前|后|累计|新增|增|减|较|比|同期|上年|去年|无|不|非/;
/** First words of complements that share no character (城区 / 农村, 中央 / 地方, 男 / 女). */
const COMPLEMENTS: readonly (readonly [string, string])[] = [
  ["城", "农"],
  ["城", "乡"],
  ["中央", "地方"],
  ["男", "女"],
];

/** The labelled parts of a completed value and their sum in the target's unit. */
export interface LabelledParts {
  /** The clauses added up, as written. */
  parts: string[];
  /** Their sum in the unit of the target. */
  sum: number;
}

/** Whether two labels name parts of one whole: sharing their first or last character (省级/市级, 线上/线下,
 *  一季度/二季度) or starting with complements (城区/农村). */
function parallel(a: string, b: string): boolean {
  if (a[0] === b[0] || a[a.length - 1] === b[b.length - 1]) return true;
  return COMPLEMENTS.some(([x, y]) => (a.startsWith(x) && b.startsWith(y)) || (a.startsWith(y) && b.startsWith(x)));
}

/** The figure of one labelled clause in `t`'s unit family, or null when the clause is no part: a label of a state, a
 *  time, a comparison, a total, a figure per something (城区人均) or a part of the figure before (其中), or a figure
 *  that is no plain amount. */
function partOf(label: string, figure: string, t: QuantityValue): QuantityValue | null {
  if (
    NOT_A_PART.test(label) ||
    PER_SOMETHING.test(label) ||
    PART_WORDS.some((w) => label.startsWith(w)) ||
    labelsTotal(label)
  )
    return null;
  if (labelsPlanOrChange(label) || labelsUndone(label)) return null;
  const v = parseValue(figure);
  // a plain amount: no period, range or bound of its own
  return figureInFamily(v, t.unit!) && !v.per && v.high === null && v.comparator === null ? v : null;
}

/** The parts of the completed text `actual`, each a label and a figure in the unit family of `t`, when they are two
 *  to eight parts of one whole (parallel labels, all different) and `t` is one figure for the year that adds up, not a
 *  figure per something (`name`: 人均费用, 补助标准); null otherwise. */
export function labelledParts(name: string, t: QuantityValue, actual: string): LabelledParts | null {
  if (!t.unit || !ADDS_UP.has(t.unit.family) || (t.per && t.per !== "year")) return null;
  if (PER_SOMETHING.test(name) || PER_SOMETHING.test(t.text)) return null;
  const clauses = normalizeValueText(actual).split(/[，,；;、]/, MAX_PARTS + 1);
  if (clauses.length < 2 || clauses.length > MAX_PARTS) return null;
  const labels: string[] = [];
  let base = 0;
  for (const clause of clauses) {
    const m = LABELLED.exec(clause.trim());
    const part = m ? partOf(m[1], m[2], t) : null;
    if (!part || labels.includes(m![1]) || (labels.length > 0 && !parallel(labels[0], m![1]))) return null;
    // a part the indicator names (新建 in 新建公厕, beside 改建2座) is what it counts, the others are not
    if (m![1].length > 1 && name.includes(m![1])) return null;
    labels.push(m![1]);
    base += toBase(part.value, part.unit!);
  }
  const sum = Math.round((base / toBase(1, t.unit)) * 1e6) / 1e6;
  return { parts: clauses.map((c) => c.trim()), sum };
}

/** A target whose labelled parts miss the total written after them (城区5个，农村6个，共12个): the total, not the first
 *  part, with a review on the target that the parts add up to another figure, as a completed total gets; `t` itself
 *  otherwise. */
export function targetTotal(row: IndicatorInput, t: ParsedValue, ctx: RowContext): ParsedValue {
  const missed = t.kind === "quantity" ? missedTotal(t, (s) => readPiece(ctx.read, row, "target", s)) : null;
  if (!missed) return t;
  const total: QuantityValue = Object.assign({}, missed.total, { text: t.text });
  delete total.remark;
  const said = {
    kind: "parts-summed" as const,
    actual: t.text,
    parts: missed.clauses,
    counted: showQuantity(missed.sum, total.unit),
    total: showQuantity(total.value, total.unit),
    side: "target" as const,
  };
  ctx.sink.add("QUALITATIVE_REVIEW", cellAt(row.target), said, row.row);
  return total;
}
