// Target review (spec §7): targets that work against their indicator.
import { holdsFigure } from "../parse/figure";
import { isHigherIsBetterRate } from "../direction";
import type { Profile } from "../profile";
import type { ParsedValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import type { FindingSink } from "./findingSink";

const at = (r: IndicatorInput) => ({ row: r.target.row, col: r.target.col });
const OBVIOUS_UNIT_ENDINGS = ["率", "度", "比", "比例", "指数", "性", "情况", "时限", "时间"];
const hasObviousUnit = (name: string) => OBVIOUS_UNIT_ENDINGS.some((e) => name.endsWith(e));
const RANGE_IN_TEXT = /\d+\s*[-–—~～至到]\s*\d+/;

/** Reviews a table's targets row by row (spec §7): targets that work against their indicator. */
export class TargetReview {
  private readonly seen = new Map<string, number>();
  private readonly level2ByLevel1 = new Map<string, Set<string>>();

  constructor(
    private readonly profile: Profile,
    private readonly sink: FindingSink,
  ) {}

  /** Adds the §7 findings of one row whose target reads as `t`. */
  row(r: IndicatorInput, t: ParsedValue): void {
    const { sink } = this;
    const name = r.level3;
    const l2 = r.level2;
    let l2s = this.level2ByLevel1.get(r.level1);
    if (!l2s) this.level2ByLevel1.set(r.level1, (l2s = new Set()));
    l2s.add(l2);
    if (name) {
      const first = this.seen.get(name);
      const level3Cell = first !== undefined ? r.level3Cell : null;
      if (first !== undefined && level3Cell) {
        sink.add("DUPLICATE_INDICATOR", { row: level3Cell.row, col: level3Cell.col }, { zh: `三级指标“${name}”在本表第${first + 1}行已出现，请合并或改名`, en: `Indicator "${name}" already appears in row ${first + 1}` }, r.row);
      } else this.seen.set(name, r.row);
    }
    if (t.kind !== "quantity") {
      // a target holding a figure has a number, read or not (an unreadable one is TARGET_UNPARSEABLE when scored)
      if (t.kind === "qualitative" && l2.includes("数量") && !holdsFigure(t.text)) {
        sink.add("QUALITATIVE_IN_QUANTITY", at(r), { zh: `数量指标“${name}”的年度指标值“${t.text}”没有数值，建议写明数量和单位`, en: `Quantity indicator "${name}" has a target without a number` }, r.row);
      }
      return;
    }
    const upper = t.comparator === "<=" || t.comparator === "<";
    const lower = t.comparator === ">=" || t.comparator === ">";
    if (upper && isHigherIsBetterRate(name)) {
      sink.add("DIRECTION_SUSPECT", at(r), { zh: `“${name}”越高越好，年度指标值“${t.text}”却设了上限，请核实方向（应为≥）`, en: `"${name}" is higher-is-better but the target "${t.text}" caps it from above` }, r.row);
    } else if (upper && l2.includes("数量")) {
      const hint = r.description && RANGE_IN_TEXT.test(r.description) ? `，指标描述为“${r.description}”，建议写成区间或下限` : "，建议设下限或区间";
      sink.add("QUANTITY_CAPPED", at(r), { zh: `数量指标“${name}”只设上限“${t.text}”${hint}`, en: `Quantity "${name}" only has an upper bound "${t.text}"` }, r.row);
    }
    if (lower && l2.includes("成本")) {
      sink.add("COST_FLOOR", at(r), { zh: `成本指标“${name}”设了下限“${t.text}”，成本应控制上限（≤）`, en: `Cost indicator "${name}" has a lower bound "${t.text}"` }, r.row);
    }
    if (!t.unit && t.value !== 0 && !hasObviousUnit(name) && !r.unitText) {
      sink.add("TARGET_MISSING_UNIT", at(r), { zh: `年度指标值“${t.text}”没有计量单位，且指标名称“${name}”看不出单位`, en: `Target "${t.text}" has no unit` }, r.row);
    }
  }

  /** After the rows: the required level-2 categories of the 产出 indicators (LEVEL2_MISSING). */
  finish(): void {
    for (const [l1, l2s] of this.level2ByLevel1) {
      if (!/^产出/.test(l1)) continue;
      const missing = this.profile.requiredLevel2.filter((need) => ![...l2s].some((x) => x.startsWith(need.replace(/指标$/, ""))));
      if (missing.length) {
        this.sink.add("LEVEL2_MISSING", null, { zh: `产出指标缺少二级指标：${missing.join("、")}`, en: `Output indicators lack: ${missing.join(", ")}` });
      }
    }
  }
}
