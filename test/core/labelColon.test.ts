// A label and its colon before a figure (实际完成：20个, 合格率：96%, 未完成：2个, 计划：20个，实际：18个) was a figure
// among words: scored with a review asking a person to check, and 未完成：2个 scored 2 as the count done (9 of 90). The
// colon is read away, so each is read as the same text without it. A label naming a measure (完成数18个, 完成情况：18个)
// no longer says 完成 against a shortfall.
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";
import { summary } from "./parse/summary";

const row = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3, target, actual, reason: "" }));

test.each([
  ["实际完成：20个", "实际完成20个"],
  ["合格率:96%", "合格率96%"],
  ["计划：20个，实际：18个", "计划20个，实际18个"],
  ["完成数：18个", "完成数18个"],
])("%s reads as %s", (withColon, without) => {
  expect(summary(parseValue(withColon))).toBe(summary(parseValue(without)));
});

test.each([
  ["建设村数", "≥20个", "实际完成：20个", 90, "scored"],
  ["建设村数", "≥20个", "合计：20个", 90, "scored"],
  ["验收合格率", "≥95%", "合格率：96%", 90, "scored"],
  ["建设村数", "≥20个", "计划：20个，实际：18个", 81, "scored"],
  ["建设村数", "≥20个", "未完成：2个", null, "qualitative"],
  ["建设村数", "≥20个", "目标：20个", null, "qualitative"],
  ["验收合格率", "≥95%", "返工率：2%", null, "qualitative"],
])("%s %s, completed %s: %s", (level3, target, actual, score, status) => {
  const r = row(level3, target, actual);
  expect([r.score, r.status]).toEqual([score, status]);
  if (score === 90) expect(r.findings.filter((f) => f.startsWith("QUALITATIVE_REVIEW"))).toEqual([]);
});

test.each(["完成数：18个", "完成数18个", "完成情况：18个"])("%s below 20个: no contradiction to review", (actual) => {
  const r = row("建设村数", "≥20个", actual);
  expect(r.score).toBe(81);
  expect(r.findings.filter((f) => f.startsWith("QUALITATIVE_REVIEW"))).toEqual([]);
});

test("a colon between figures is no label (1:15 stays unread)", () => {
  expect(parseValue("1:15").kind).toBe("unreadable");
});

// 人次：1050 and 万元：125.6 went to a person: a unit written as the value's label is the figure's unit
test.each([
  ["人次：1050", "1050人次"],
  ["万元：125.6", "125.6万元"],
  ["人次:1,050", "1050人次"],
])("%s reads as %s", (labelled, plain) => {
  expect(summary(parseValue(labelled))).toBe(summary(parseValue(plain)));
});

test("a label that is no unit (时间：3) stays words", () => {
  expect(parseValue("时间：3").kind).toBe("qualitative");
  expect(row("培训人次", "≥1000人次", "人次：1050").score).toBe(90);
});
