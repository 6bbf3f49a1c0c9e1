// Bound words a target spells in everyday ways. 不 with a modal verb (不可超过, 不宜少于, 不得多于), a prohibition (严禁超过)
// or 不逾 lost its 不: 不可超过500人 against 520人 had full marks, with COST_FLOOR or QUANTITY_CAPPED saying the target
// set the opposite bound.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "" }));

describe("不 with a modal verb, or a prohibition, before a comparator", () => {
  test.each([
    ["数量指标", "补贴人数", "不可超过500人", "520人", 86.54],
    ["数量指标", "补贴人数", "不逾500人", "520人", 86.54],
    ["数量指标", "培训人次", "不应少于1000人次", "900人次", 81],
    ["成本指标", "培训成本", "严禁超过10万元", "12万元", 75],
    ["质量指标", "检查次数", "不得多于4次", "6次", 60],
  ])("%s %s: %s, completed %s: %d of 90 (was 90)", (level2, level3, target, actual, score) => {
    const o = row(level2, level3, target, actual);
    expect(o.score).toBe(score);
    expect(o.findings.some((f) => f.startsWith("NOT_MET_NO_REASON"))).toBe(true);
    expect(o.findings.some((f) => /COST_FLOOR|OVER_ACHIEVED|设了下限/.test(f))).toBe(false);
  });
});
