// A figure exactly at a strict bound (3次 against ＞3次, 5% against <5%) does not meet it (spec §3: met when B > A), and
// the spec's formula gives it the weight (w × 3/3). It had full marks with no word; it keeps them, and the row asks for
// the reason as any row not met does, saying the figure is not above (or below) the target's.
import { builtInProfile, DEFAULT_PROFILE_ID, scoreWorkbook } from "../../src/core";
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const LEVEL2: Record<string, string> = { 事故发生率: "质量指标", 合格率: "质量指标", 办理时限: "时效指标" };
const seed = (target: string, actual: string, level3: string, reason = "") =>
  oneRowSeed({ level2: LEVEL2[level3] ?? "数量指标", level3, target, actual, reason });
const scored = (target: string, actual: string, level3 = "会议次数", reason = "") =>
  seedRowOutcome(seed(target, actual, level3, reason));

test.each([
  ["＞3次", "3次", "会议次数", "实际完成值3次未超过年度指标值3次，按3/3×90计90.00分"],
  ["多于3次", "3次", "会议次数", "实际完成值3次未超过年度指标值3次，按3/3×90计90.00分"],
  ["大于95%", "95%", "合格率", "实际完成值95%未超过年度指标值95%，按95/95×90计90.00分"],
  ["<5%", "5%", "事故发生率", "实际完成值5%未低于年度指标值5%，按5/5×90计90.00分"],
  ["少于5天", "5天", "办理时限", "实际完成值5天未低于年度指标值5天，按5/5×90计90.00分"],
])("%s against %s: not met, the weight by the formula, the reason asked", (target, actual, level3, why) => {
  expect(scored(target, actual, level3)).toEqual({
    score: 90,
    status: "scored",
    findings: [`NOT_MET_NO_REASON H11: ${why}，请填写偏差原因`],
  });
});

test("a reason written answers it: no finding", () => {
  expect(scored("＞3次", "3次", "会议次数", "全年计划3次，均已召开").findings).toEqual([]);
});

test.each([
  ["≥3次", "3次", "会议次数"],
  ["＞95%", "96%", "合格率"],
  ["≤5%", "5%", "事故发生率"],
])("%s against %s: met, no finding", (target, actual, level3) => {
  expect(scored(target, actual, level3).findings).toEqual([]);
});

test("in English", () => {
  const plan = scoreWorkbook(seedGrid(seed("＞3次", "3次", "会议次数")), {
    mode: "score",
    profile: builtInProfile(DEFAULT_PROFILE_ID)!,
    fileName: "t.xlsx",
    lang: "en",
  });
  expect(firstRowOutcome(plan).findings).toEqual([
    "NOT_MET_NO_REASON H11: Completed 3次 is not above the target 3次: 3/3×90 = 90.00; please give the reason",
  ]);
});
