// A target asking for a change of some size (下降1个百分点, 降低10%, 较上年降低10%) on a row whose indicator runs lower
// (发病率, 成本) took the indicator's ≤: a fall of 1.5 points against 下降1个百分点 had 6.67 of 10 and a fall of 0.5 full
// marks, the scores turned round. The size of a change asked is at least that size, whichever way the indicator runs.
// A cut (压减5%, 节约10%) and a fall against the budget or the plan (较预算降低5%) are such a size too.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "已说明" }));
const inferred = (target: string) =>
  `DIRECTION_INFERRED D11: 年度指标值“${target}”写的是变化幅度，推定为≥（幅度不低于指标值）`;

describe("the size of a change asked is at least that size", () => {
  test.each([
    ["社会效益指标", "发病率", "下降1个百分点", "下降1.5个百分点", 90],
    ["社会效益指标", "发病率", "下降1个百分点", "下降0.5个百分点", 45],
    ["成本指标", "项目成本", "降低10%", "降低12%", 90],
    ["成本指标", "项目成本", "较上年降低10%", "较上年降低8%", 72],
    ["经济效益指标", "农民收入", "增长5%", "增长4%", 72],
    // a cut, or a fall against the budget, on a 支出 / 成本 row had the name's ≤: a smaller cut had full marks
    ["资金投入", "一般性支出", "压减5%", "压减3%", 54],
    ["资金投入", "非急需非刚性支出", "压减50%", "压减40%", 72],
    ["成本指标", "项目成本", "较预算降低5%", "较预算降低2%", 36],
    ["成本指标", "项目成本", "节约10%", "节约5%", 45],
  ])("%s %s: %s, completed %s: %i of 90", (level2, level3, target, actual, score) => {
    const o = row(level2, level3, target, actual);
    expect(o.score).toBe(score);
    expect(o.findings).toContain(inferred(target));
  });

  test("上升0.5个百分点 against 下降1个百分点 is a change the wrong way: 0 points, with the review", () => {
    const o = row("社会效益指标", "发病率", "下降1个百分点", "上升0.5个百分点");
    expect(o.score).toBe(0);
    expect(
      o.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW E11: 实际完成值“上升0.5个百分点”写的是“上升”")),
    ).toBe(true);
  });

  test("a written comparator is kept (下降不超过1个百分点 is no size of a change asked)", () => {
    expect(row("社会效益指标", "发病率", "≤1个百分点", "1.5个百分点").score).toBe(60);
  });
});
