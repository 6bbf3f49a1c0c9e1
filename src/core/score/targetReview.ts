// Target review (spec §7): targets that work against their indicator.
import { holdsFigure } from "../parse/figure";
import { inferDirection, isHigherIsBetterRate, isLowerIsBetterRate } from "../direction";
import type { Profile } from "../profile";
import type { ParsedValue } from "../parse/types";
import type { MergeIndex } from "../tables/merges";
import type { IndicatorInput } from "../tables/readTable";
import type { FindingSink } from "./findingSink";
import { lookupUnit } from "../parse/units";
import { parseComparatorColumn } from "../parse/normalize";

const at = (r: IndicatorInput) => ({ row: r.target.row, col: r.target.col });
const OBVIOUS_UNIT_ENDINGS = ["率", "度", "比", "比例", "指数", "性", "情况", "时限", "时间"];
/** A unit in brackets at a name's end (项目资金（万元）). */
const UNIT_IN_BRACKETS = /[(（]([^()（）]{1,4})[)）]$/;

/** Whether the name makes a bare target's unit plain: a rate, a degree, a time, or a unit at its end: in brackets
 *  (项目资金（万元）), of two or three characters (培训人次, 道路公里数), or a count unit before 数 (受益户数); not one
 *  character alone (成本 does not end in the unit 本). */
function hasObviousUnit(name: string): boolean {
  if (OBVIOUS_UNIT_ENDINGS.some((e) => name.endsWith(e))) return true;
  const bracketed = UNIT_IN_BRACKETS.exec(name);
  if (bracketed) return lookupUnit(bracketed[1]) !== null;
  const bare = name.replace(/数$/, "");
  if (bare !== name && bare.length > 0 && lookupUnit(bare.slice(-1))?.family === "count") return true;
  return [2, 3].some((n) => bare.length >= n && lookupUnit(bare.slice(-n)) !== null);
}
const RANGE_IN_TEXT = /\d+\s*[-–—~～至到]\s*\d+/;

/** Reviews a table's targets row by row (spec §7): targets that work against their indicator. */
export class TargetReview {
  private readonly seen = new Map<string, number>();
  private readonly level2ByLevel1 = new Map<string, Set<string>>();

  constructor(
    private readonly profile: Profile,
    private readonly sink: FindingSink,
    private readonly merges: MergeIndex,
  ) {}

  /** Adds the §7 findings of one row whose target reads as `t`. */
  row(r: IndicatorInput, t: ParsedValue): void {
    this.remember(r);
    if (t.kind !== "quantity") {
      // a target holding a figure has a number, read or not (an unreadable one is TARGET_UNPARSEABLE when scored)
      if (t.kind === "qualitative" && r.level2.includes("数量") && !holdsFigure(t.text)) {
        this.sink.add("QUALITATIVE_IN_QUANTITY", at(r), { name: r.level3, target: t.text }, r.row);
      }
      return;
    }
    this.quantityTarget(r, t);
  }

  /** Notes the row's level-2 category, and a level-3 name seen before (DUPLICATE_INDICATOR); a name cell merged
   *  down over several rows holds its name once, so its later rows are not duplicates of the first. */
  private remember(r: IndicatorInput): void {
    let l2s = this.level2ByLevel1.get(r.level1);
    if (!l2s) this.level2ByLevel1.set(r.level1, (l2s = new Set()));
    l2s.add(r.level2);
    const name = r.level3;
    if (!name) return;
    const first = this.seen.get(name);
    const level3Cell = first !== undefined ? r.level3Cell : null;
    if (first === undefined || !level3Cell) {
      this.seen.set(name, r.row);
      return;
    }
    const area = this.merges.areaAt(level3Cell.row, level3Cell.col);
    if (area && area.r1 <= first && first <= area.r2) return;
    this.sink.add(
      "DUPLICATE_INDICATOR",
      { row: level3Cell.row, col: level3Cell.col },
      { name, firstRow: first + 1 },
      r.row,
    );
  }

  /** A number target against its indicator: direction, a cap on a quantity, a floor on a cost, a missing unit. */
  private quantityTarget(r: IndicatorInput, t: ParsedValue & { kind: "quantity" }): void {
    const { sink } = this;
    const [name, l2] = [r.level3, r.level2];
    const upper = t.comparator === "<=" || t.comparator === "<";
    const lower = t.comparator === ">=" || t.comparator === ">";
    const column = directionColumnAgainst(r.comparatorText, t, upper, lower);
    if (column) {
      sink.add("DIRECTION_SUSPECT", at(r), { name, target: t.text, should: upper ? ">=" : "<=", column }, r.row);
    } else if (upper && isHigherIsBetterRate(name)) {
      sink.add("DIRECTION_SUSPECT", at(r), { name, target: t.text, should: ">=" }, r.row);
    } else if (lower && isLowerIsBetterRate(name)) {
      sink.add("DIRECTION_SUSPECT", at(r), { name, target: t.text, should: "<=" }, r.row);
    } else if (upper && l2.includes("数量")) {
      const description = r.description && RANGE_IN_TEXT.test(r.description) ? r.description : null;
      sink.add("QUANTITY_CAPPED", at(r), { name, target: t.text, description }, r.row);
    }
    if (lower && l2.includes("成本") && !this.measuresGain(l2, name)) {
      sink.add("COST_FLOOR", at(r), { name, target: t.text }, r.row);
    }
    if (!t.unit && t.value !== 0 && !hasObviousUnit(name) && !r.unitText) {
      sink.add("TARGET_MISSING_UNIT", at(r), { name, target: t.text }, r.row);
    }
  }

  /** Whether the name's head says higher is better (预算执行率, 成本节约率, 节约成本): a floor on such a 成本指标 row
   *  is right, as the direction rule reads it (spec §2: a 成本指标 row is ≤ unless its name ends in such a head). */
  private measuresGain(level2: string, name: string): boolean {
    return inferDirection(level2, name, this.profile).reason === "higher-keyword";
  }

  /** After the rows: the required level-2 categories of the 产出 indicators (LEVEL2_MISSING). */
  finish(): void {
    for (const [l1, l2s] of this.level2ByLevel1) {
      if (!/^产出/.test(l1)) continue;
      const missing = this.profile.requiredLevel2.filter(
        (need) => ![...l2s].some((x) => x.startsWith(need.replace(/指标$/, ""))),
      );
      if (missing.length) {
        this.sink.add("LEVEL2_MISSING", null, { missing });
      }
    }
  }
}

/** The direction column's text (大于等于, 反向) when it runs against the comparator written in the target (≤310元): the
 *  target's own is read, and one of the two is a slip; null otherwise. */
function directionColumnAgainst(
  text: string | null,
  t: ParsedValue & { kind: "quantity" },
  upper: boolean,
  lower: boolean,
): string | null {
  if (!text || (t.comparatorSource !== "prefix" && t.comparatorSource !== "suffix")) return null;
  const c = parseComparatorColumn(text);
  const [up, down] = [c === "<=" || c === "<", c === ">=" || c === ">"];
  return (upper && down) || (lower && up) ? text.trim() : null;
}
