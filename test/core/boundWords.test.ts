// Bound words a target spells in everyday ways. 不 with a modal verb (不可超过, 不宜少于, 不得多于), a prohibition (严禁超过)
// or 不逾 lost its 不: 不可超过500人 against 520人 had full marks, with COST_FLOOR or QUANTITY_CAPPED saying the target
// set the opposite bound. A cut down to a figure (压减至3个, 从10份减至5份) or a bound before its verb (最多跑一次) was read
// as the figure, ≥ by default: 压减至3个 against 5个 had full marks with OVER_ACHIEVED. A cap or a floor after the figure
// (500人为上限, 10件封顶, 1000人次为下限) was read as the figure, ≥ by default, or as words.
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

describe("a cut down to a figure, or a bound before its verb, is a cap", () => {
  test.each([
    ["数量指标", "审批环节", "压减至3个", "5个", 54],
    ["数量指标", "审批环节", "控制到3个", "5个", 54],
    ["数量指标", "申报材料", "从10份减至5份", "8份", 56.25],
    ["数量指标", "申报材料", "精简为5份", "8份", 56.25],
    ["数量指标", "群众跑腿次数", "最多跑一次", "2次", 45],
    ["数量指标", "群众跑腿次数", "至多跑1次", "2次", 45],
  ])("%s %s: %s, completed %s: %d of 90 (was 90)", (level2, level3, target, actual, score) => {
    const o = row(level2, level3, target, actual);
    expect(o.score).toBe(score);
    expect(o.findings.some((f) => /OVER_ACHIEVED|DIRECTION_INFERRED/.test(f))).toBe(false);
  });

  test("completed, a cut down to a figure is the figure reached (降至2个 against ≤3个: met, no review)", () => {
    expect(
      row("数量指标", "审批环节", "≤3个", "降至2个").findings.filter((f) => !f.startsWith("QUANTITY_CAPPED")),
    ).toEqual([]);
  });
});

describe("a cap or a floor written after a target's figure", () => {
  test.each([
    ["数量指标", "补贴人数", "500人为上限", "520人", 86.54],
    ["数量指标", "补贴人数", "以500人为限", "520人", 86.54],
    ["数量指标", "投诉件数", "10件封顶", "12件", 75],
    ["成本指标", "补助标准", "10万元封顶", "10.5万元", 85.71],
    ["数量指标", "补贴人数", "500人（最多）", "520人", 86.54],
    ["数量指标", "补贴人数", "500人以內", "520人", 86.54],
    ["数量指标", "培训人次", "1000人次为下限", "900人次", 81],
  ])("%s %s: %s, completed %s: %d of 90", (level2, level3, target, actual, score) => {
    const o = row(level2, level3, target, actual);
    expect(o.score).toBe(score);
    expect(o.findings.some((f) => /QUALITATIVE_REVIEW|DIRECTION_INFERRED|OVER_ACHIEVED/.test(f))).toBe(false);
  });

  test("封顶 after a count of buildings (100套封顶) is a milestone, not a cap: read as before; after 件 a cap", () => {
    const built = row("数量指标", "保障房建设", "100套封顶", "100套");
    expect(built.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW"))).toBe(true);
    expect(
      row("数量指标", "投诉件数", "10件封顶", "12件").findings.some((f) => f.startsWith("QUALITATIVE_REVIEW")),
    ).toBe(false);
  });
});
