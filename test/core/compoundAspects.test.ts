// A target of two aspects or more (按时足额发放: on time and in full; 及时准确; 按时保质完成; 保质保量按时完成) answered by
// words saying only some of them (足额发放) had full marks: 达成 vouched for the aspect left unsaid (按时). Such a row
// waits for a person now, the review naming what is unsaid. Words saying all of them, or a verdict on the whole (完成),
// are read as before.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;

const worded = (level2: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3: "补助资金发放", target, actual }));
const unsaid = (actual: string, target: string, words: string) =>
  `QUALITATIVE_REVIEW G11: 实际完成情况“${actual}”未说明年度指标值“${target}”中的${words}，无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`;

test.each([
  ["时效指标", "按时足额发放", "足额发放", "“按时”"],
  ["时效指标", "按时足额发放", "已足额发放", "“按时”"],
  ["时效指标", "按时足额发放", "按时发放", "“足额”"],
  ["质量指标", "及时足额发放", "资金已足额发放到位", "“及时”"],
  ["质量指标", "及时准确", "及时", "“准确”"],
  ["质量指标", "及时、准确", "报送及时", "“准确”"],
  ["时效指标", "按时保质完成", "保质完成", "“按时”"],
  ["时效指标", "按时保质完成", "按时完成", "“保质”"],
  ["质量指标", "保质保量按时完成", "保质保量完成", "“按时”"],
  ["质量指标", "保质保量按时完成", "已按期完成", "“保质”、“保量”"],
])("%s %s against %s: a person decides, the review names the aspect unsaid (was full marks)", (l2, t, a, words) => {
  const r = worded(l2, t, a);
  expect([r.score, r.status, r.findings[0]]).toEqual([null, "qualitative", unsaid(a, t, words)]);
});

test.each([
  ["时效指标", "按时足额发放", "按时足额发放", "足额发放"],
  ["时效指标", "按时足额发放", "已按时足额发放", "按时发放"],
  ["时效指标", "按时足额发放", "均按时足额发放到位", "已足额发放"],
  // another word of the same aspect
  ["时效指标", "按时足额发放", "及时足额发放", "及时发放"],
  ["时效指标", "按时足额发放", "提前足额发放", "全额发放"],
  ["质量指标", "及时、准确", "数据报送及时、准确", "数据报送及时"],
  ["质量指标", "保质保量完成", "保质保量完成", "保质完成"],
])("%s %s: %s, all said, is 达成, 90; %s waits for a person", (l2, t, all, some) => {
  expect(worded(l2, t, all)).toEqual({ score: 90, status: "qualitative", findings: [] });
  expect(worded(l2, t, some).score).toBeNull();
});

test("a verdict on the whole (完成) and a target of one aspect are read by the bands; a part said is not", () => {
  expect(worded("时效指标", "按时足额发放", "完成").score).toBe(90);
  expect(worded("时效指标", "按时发放", "按时发放").score).toBe(90);
  expect(worded("时效指标", "按时足额发放", "按时发放").score).toBeNull();
});

test("an aspect said otherwise keeps its band: 延期足额发放 is 部分达成 by its lateness, 足额发放 a person's", () => {
  expect(worded("时效指标", "按时足额发放", "延期足额发放").score).toBe(63);
  expect(worded("时效指标", "按时足额发放", "足额发放").score).toBeNull();
});

test("the English review names the aspect too", () => {
  const grid = seedGrid(
    oneRowSeed({ level2: "时效指标", level3: "补助资金发放", target: "按时足额发放", actual: "足额发放" }),
  );
  const plan = scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx", lang: "en" });
  expect(plan.report.tables[0].findings.find((f) => f.code === "QUALITATIVE_REVIEW")?.message).toBe(
    `"足额发放" does not say "按时" of the target "按时足额发放", so no band is decided; choose achieved / partly achieved / not achieved and write its score in the score cell; not scored yet`,
  );
});
