// A completed value that says only on which side of a figure it lies (不到90%, 超过300元, 近千人, 300余元, ≤1000人) is
// scored by its figure only where that side cannot score lower: 1000多人 meets ≥1000人 and 超过800人 counts as 800 against
// ≥1000人, but 不到90% against ≥90% (full marks before) and 超过200元 against ≤300元 wait for the figure reached. A
// completed range counts at its cautious end: the lower one under ≥, the upper one under ≤ (3-7个工作日 was 3 under ≤5).
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";
import { parseValue } from "../../src/core/parse";
import { summary } from "./parse/summary";

const profile = builtInProfile("central-2020")!;
const run = (level2: string, level3: string, target: string, actual: string, reason = "") => {
  const plan = scoreWorkbook(seedGrid(oneRowSeed({ level2, level3, target, actual, reason })), {
    mode: "score",
    profile,
    fileName: "t.xlsx",
  });
  return { ...firstRowOutcome(plan), total: plan.report.tables[0].total };
};
/** The row each case is scored in, by what it measures. */
const ROWS = {
  rate: ["质量指标", "验收合格率"],
  price: ["成本指标", "单位成本"],
  count: ["数量指标", "培训人次"],
} as const;
const scoredAs = (kind: keyof typeof ROWS, target: string, actual: string) => {
  const [level2, level3] = ROWS[kind];
  return run(level2, level3, target, actual);
};
const rate = (target: string, actual: string) => scoredAs("rate", target, actual);
const count = (target: string, actual: string) => scoredAs("count", target, actual);

const waiting = (actual: string, side: string, target: string) =>
  `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”只说明完成数${side}，没有写出完成数，无法按年度指标值“${target}”计分；` +
  "请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分";

describe("a side that may score lower than the figure: the row waits for the figure reached", () => {
  test.each([
    ["rate", "≥90%", "不到90%", "低于90%"],
    ["rate", "≥90%", "未达到90%", "低于90%"],
    ["rate", "≥90%", "<90%", "低于90%"],
    ["rate", "≥90%", "近90%", "接近但低于90%"],
    ["rate", "≥90%", "不到100%", "低于100%"],
    ["rate", "≥90%", "不到80%", "低于80%"],
    ["count", "≥1000人次", "近千人次", "接近但低于1000人次"],
    // 弱 after a figure is a little under it (it had full marks as 1000人次)
    ["count", "≥1000人次", "1000人次弱", "接近但低于1000人次"],
    ["rate", "≥95%", "95%弱", "接近但低于95%"],
    ["count", "≥1000人次", "≤1000人次", "不高于1000人次"],
    ["count", "=3次", "3次以上", "不低于3次"],
    ["price", "≤300元", "超过300元", "高于300元"],
    ["price", "≤300元", "300余元", "略高于300元"],
    ["price", "≤300元", "300元强", "略高于300元"],
    ["price", "≤300元", "200元以上", "不低于200元"],
  ] as const)("%s: target %s, completed %s → not scored, total withheld", (kind, target, actual, side) => {
    const r = scoredAs(kind, target, actual);
    expect([r.score, r.status, r.total]).toEqual([null, "qualitative", null]);
    expect(r.findings).toContain(waiting(actual, side, target));
    expect(r.findings.filter((f) => f.startsWith("APPROXIMATE_VALUE"))).toEqual([]);
  });

  test("a remark beside such a figure is not said to be scored past", () => {
    const r = rate("≥90%", "不到90%（受疫情影响）");
    expect(r.findings.filter((f) => f.includes("E11"))).toEqual([waiting("不到90%（受疫情影响）", "低于90%", "≥90%")]);
  });
});

// 不满, 未满, 不及, 未及, 不够 were words before the figure (满意度不满90% had full marks with only REMARK_IGNORED), and
// 满意度达不到90% was read as 90% among words: 达 was taken for the comparator
describe("words saying the value fell short of the figure are a side, as 不到 is", () => {
  test.each([
    ["满意度不满90%"],
    ["不满90%"],
    ["不及90%"],
    ["满意度未满90%"],
    ["满意度未及90%"],
    ["满意度不够90%"],
    ["满意度达不到90%"],
  ])("satisfaction: target ≥90%, completed %s → not scored (was 90)", (actual) => {
    const r = run("满意度指标", "群众满意度", "≥90%", actual);
    expect([r.score, r.status]).toEqual([null, "qualitative"]);
    expect(r.findings).toContain(waiting(actual, "低于90%", "≥90%"));
  });

  test.each([["未满1000人次"], ["不满1000人次"], ["不及1000人次"], ["未及1000人次"], ["不够1000人次"]])(
    "count: target ≥1000人次, completed %s → not scored (was 90)",
    (actual) => {
      expect(count("≥1000人次", actual).findings).toContain(waiting(actual, "低于1000人次", "≥1000人次"));
    },
  );

  test.each([
    ["满意度不低于90%", 90],
    ["满意度达到95%", 90],
    ["满意95%，不满意5%", 90],
  ] as const)("satisfaction: target ≥90%, completed %s stays %d", (actual, score) => {
    expect(run("满意度指标", "群众满意度", "≥90%", actual).score).toBe(score);
  });

  // the same words begin other words (不满意, 不及时): no comparator there, the figure is read as before
  test.each([
    ["不满意5人", "5人 (+不满意)"],
    ["不及时3次", "3次 (+不及时)"],
    ["群众不满意率仅5%", "5% (+群众不满意率仅)"],
  ])("%s is still %s", (text, read) => {
    expect(summary(parseValue(text))).toBe(read);
  });

  test("under ≤ a figure short of the cap meets it: 不满5个工作日 against ≤5个工作日", () => {
    expect(run("时效指标", "办理时限", "≤5个工作日", "不满5个工作日").score).toBe(90);
  });
});

// 超出, 突破 and 高出 (and 超过了) were words before the figure: 超出300元 against ≤300元 had full marks with only
// REMARK_IGNORED, 已超出 a review that did not say the value was above it
describe("words saying the value went past the figure are a side, as 超过 is", () => {
  test.each([["超出300元"], ["突破300元"], ["突破了300元"], ["超过了300元"], ["高出300元"], ["已超出300元"]])(
    "price: target ≤300元, completed %s → not scored (was 90)",
    (actual) => {
      const r = scoredAs("price", "≤300元", actual);
      expect([r.score, r.status]).toEqual([null, "qualitative"]);
      expect(r.findings).toContain(waiting(actual, "高于300元", "≤300元"));
    },
  );

  test("a time limit: 超过了5个工作日 against ≤5个工作日 waits (was 90)", () => {
    const r = run("时效指标", "办理时限", "≤5个工作日", "超过了5个工作日");
    expect(r.findings).toContain(waiting("超过了5个工作日", "高于5个工作日", "≤5个工作日"));
  });

  test.each([
    ["price", "≤300元", "未超出300元", 90],
    ["price", "≤300元", "未突破300元", 90],
    ["price", "≤300元", "不超过300元", 90],
    ["count", "≥1000人次", "突破1000人次", 90],
    ["count", "≥1000人次", "超过1000人次", 90],
  ] as const)("%s: target %s, completed %s stays %d", (kind, target, actual, score) => {
    expect(scoredAs(kind, target, actual).score).toBe(score);
  });

  test("a difference from the year before said with 高出 is a difference (it had full marks as 1万元)", () => {
    const r = scoredAs("price", "≤10万元", "较上年高出1万元");
    expect(r.score).toBeNull();
    expect(r.findings[0]).toContain("写的是与上年、预算、计划或标准相比的差额（“较上年高出”）");
  });
});

describe("a side that can only score the same or better: scored by the figure, as before", () => {
  test.each([
    ["count", "≥1000人次", "1000多人次", 90],
    ["count", "≥1000人次", "1000人次强", 90],
    ["count", "≥1000人次", "上千人次", 90],
    ["count", "≥1000人次", "超过800人次", 72],
    ["count", "≥1000人次", "800多人次", 72],
    ["rate", "≥90%", "近100%", 90],
    ["rate", "≥90%", "近80%", 80],
    ["rate", "≥90%", "约90%", 90],
    ["rate", "≥90%", "90%左右", 90],
    ["price", "≤300元", "200余元", 90],
    ["price", "≤300元", "近300元", 90],
    ["price", "≤300元", "300元以内", 90],
    ["price", "≤300元", "400余元", 67.5],
  ] as const)("%s: target %s, completed %s → %d", (kind, target, actual, score) => {
    const r = scoredAs(kind, target, actual);
    expect([r.score, r.status]).toEqual([score, "scored"]);
    expect(r.findings.some((f) => f.startsWith("APPROXIMATE_VALUE"))).toBe(true);
  });
});

describe("a completed range counts at its cautious end", () => {
  const days = (actual: string) => run("时效指标", "办理时限", "≤5个工作日", actual, "人手不足");
  test("under ≤, the upper end: 3-7个工作日 against ≤5个工作日 is 7 (it was 3, met)", () => {
    const r = days("3-7个工作日");
    expect(r.score).toBe(64.29);
    expect(r.findings).toContain("APPROXIMATE_VALUE E11: 实际完成值“3-7个工作日”是一个区间，按上限7个工作日计算");
  });

  test("under ≤, a range within the target meets it", () => {
    expect(days("2-4个工作日").score).toBe(90);
  });

  test("under ≥, the lower end, as before", () => {
    const r = count("≥10次", "8-12次");
    expect(r.score).toBe(72);
    expect(r.findings).toContain("APPROXIMATE_VALUE E11: 实际完成值“8-12次”是一个区间，按下限8次计算");
  });
});

describe("达到 in a completed value is the figure reached, not a bound", () => {
  test.each([
    ["rate", "≥90%", "达到95%", 90],
    ["rate", "≥90%", "满意度达95%", 90],
    ["rate", "≥96%", "达到95%", 89.06],
    ["price", "≤300元", "达到300元", 90],
  ] as const)("%s: target %s, completed %s → %d, nothing assumed", (kind, target, actual, score) => {
    const r = scoredAs(kind, target, actual);
    expect(r.score).toBe(score);
    expect(r.findings.filter((f) => f.startsWith("APPROXIMATE_VALUE") || f.startsWith("QUALITATIVE"))).toEqual([]);
  });

  test("a sign is still a bound (the target copied), and 未达到 still says below", () => {
    expect(rate("≥90%", "≥95%").findings).toContain(
      "APPROXIMATE_VALUE E11: 实际完成值“≥95%”写的是界限而非实际数，按95%计算，请填写实际完成数",
    );
    expect(rate("≥90%", "未达到90%").score).toBeNull();
  });
});
