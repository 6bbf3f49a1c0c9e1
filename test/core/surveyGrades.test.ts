// A survey's grades listed one by one (非常满意60%，满意35%) against 群众满意度 ≥90% were two figures: the first (60 %) was
// counted, 6.67 of 10. The satisfied grades add up; the grades between and below are named as not counted.
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";
import { builtInProfile, DEFAULT_PROFILE_ID, scoreWorkbook } from "../../src/core";

const seed = (actual: string, target = "≥90%", level3 = "群众满意度") =>
  oneRowSeed({ level2: "满意度指标", level3, target, actual, reason: "" });
const surveyed = (actual: string, target?: string, level3?: string) => seedRowOutcome(seed(actual, target, level3));

describe("a survey's grades add up", () => {
  test("非常满意60%，满意35%: 95 %, met, said", () => {
    expect(surveyed("非常满意60%，满意35%")).toEqual({
      score: 90,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW E11: 实际完成值“非常满意60%，满意35%”列的是各满意等级的比例，按“非常满意60%”与“满意35%”之和即95%计分，请人工核对",
      ],
    });
  });

  test("the grades between and below are named as not counted", () => {
    const outcome = surveyed("非常满意60%，满意30%，基本满意8%，不满意2%");
    expect(outcome).toMatchObject({ score: 90, status: "scored" });
    expect(outcome.findings[0]).toMatch(/之和即90%计分，“基本满意8%”、“不满意2%”未计入，请人工核对$/);
  });

  test("a sum short of the target is scored as the sum (93.5 of 95)", () => {
    expect(surveyed("非常满意率为55.5%；满意率为38%", "≥95%")).toMatchObject({ score: 88.58, status: "scored" });
  });

  test("in English", () => {
    const plan = scoreWorkbook(seedGrid(seed("非常满意70%、满意25%、一般5%")), {
      mode: "score",
      profile: builtInProfile(DEFAULT_PROFILE_ID)!,
      fileName: "t.xlsx",
      lang: "en",
    });
    expect(firstRowOutcome(plan).findings).toEqual([
      'QUALITATIVE_REVIEW E11: Completed value "非常满意70%、满意25%、一般5%" lists the survey\'s grades; counted as the sum of "非常满意70%" and "满意25%", 95%, without "一般5%"; please check',
    ]);
  });
});

describe("what stays as it was", () => {
  test.each([
    ["非常满意60%，满意50%", "more than a whole"],
    ["满意90%，基本满意8%", "one satisfied grade"],
    ["基本满意60%，一般30%", "no satisfied grade"],
  ])("%s (%s): two figures, the first counted", (actual) => {
    expect(surveyed(actual).findings[0]).toMatch(/写有两个完成数，按“[^”]+”计分/);
  });

  test("满意率96%，不满意率4%: the survey's two sides, the satisfaction scored, no review", () => {
    expect(surveyed("满意率96%，不满意率4%")).toMatchObject({ score: 90 });
    expect(surveyed("满意率96%，不满意率4%").findings.some((f) => f.startsWith("QUALITATIVE_REVIEW"))).toBe(false);
  });

  test("grades against a rate that is not a satisfaction are two figures", () => {
    expect(surveyed("非常满意60%，满意35%", "≥90%", "验收合格率").findings[0]).toMatch(/写有两个完成数/);
  });
});

// A survey said done (已完成满意度调查) against a figure to reach (≥90%) had full marks by 完成, said only in blue.
describe("a survey said done gives no level", () => {
  const survey = (target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "满意度指标", level3: "群众满意度", target, actual }));
  test.each(["已完成满意度调查", "开展群众满意度测评", "组织开展问卷调查工作"])("%s against ≥90% waits", (actual) => {
    expect(survey("≥90%", actual)).toMatchObject({ score: null, status: "qualitative" });
  });
  test("a survey asked in words is answered by one done: 开展满意度调查 against 已完成满意度调查", () => {
    expect(survey("开展满意度调查", "已完成满意度调查").score).toBe(90);
  });
});
