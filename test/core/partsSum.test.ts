// A completed value listing labelled parts of one whole (省级媒体3篇，市级媒体8篇) against one figure (≥10篇) was scored by
// its first part (27 of 90) with a "two figures" review, or not at all when the parts were split by 、. The parts add
// up, with a review asking a person to check that none is counted twice.
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";
import { builtInProfile, DEFAULT_PROFILE_ID, scoreWorkbook } from "../../src/core";

const seed = (target: string, actual: string, level3 = "宣传报道", level2 = "数量指标") =>
  oneRowSeed({ level2, level3, target, actual, reason: "" });
const scored = (target: string, actual: string, level3?: string, level2?: string) =>
  seedRowOutcome(seed(target, actual, level3, level2));

describe("labelled parts of one whole add up", () => {
  test("省级媒体3篇，市级媒体8篇 against ≥10篇: 11篇, met, said", () => {
    expect(scored("≥10篇", "省级媒体3篇，市级媒体8篇")).toEqual({
      score: 90,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW E11: 实际完成值“省级媒体3篇，市级媒体8篇”分列各部分，按“省级媒体3篇”、“市级媒体8篇”之和即11篇计分，请人工核对各部分是否重复计算",
      ],
    });
  });

  test.each([
    ["≥10篇", "国家级2篇，省级3篇，市级4篇", "宣传报道", 81],
    ["≥10篇", "省级3篇、市级8篇", "宣传报道", 90],
    ["≥1000人次", "线下750人次、线上300人次", "培训人次", 90],
    ["≥1000人次", "男性600人次，女性400人次", "培训人次", 90],
    ["≥4次", "上半年2次，下半年1次", "开展督导次数", 67.5],
    ["≥4次", "一季度1次，二季度1次，三季度1次", "开展督导次数", 67.5],
    ["≥10个", "城区6个，农村5个", "新建村级服务站", 90],
    ["≥10000人", "城镇1万人、农村2千人", "覆盖人数", 90],
  ])("%s against %s (%s): %d", (target, actual, level3, score) => {
    const outcome = scored(target, actual, level3);
    expect(outcome).toMatchObject({ score, status: "scored" });
    expect(outcome.findings[0]).toMatch(/^QUALITATIVE_REVIEW E11: .*分列各部分，按.*之和即/);
  });

  test("an amount over an upper bound: 中央资金1000万元，地方配套250万元 against ≤1200万元 is 1250万元, 86.4", () => {
    const outcome = scored("≤1200万元", "中央资金1000万元，地方配套250万元", "项目总投资", "成本指标");
    expect(outcome.score).toBe(86.4);
    expect(outcome.findings[0]).toMatch(/之和即1250万元计分/);
  });

  test("against milestones read by the year's end: 上半年500人次，下半年600人次 against 6月底≥500人次，12月底≥1000人次", () => {
    expect(scored("6月底≥500人次，12月底≥1000人次", "上半年500人次，下半年600人次", "培训人次").score).toBe(90);
  });

  test("in English", () => {
    const plan = scoreWorkbook(seedGrid(seed("≥10篇", "省级3篇，市级8篇")), {
      mode: "score",
      profile: builtInProfile(DEFAULT_PROFILE_ID)!,
      fileName: "t.xlsx",
      lang: "en",
    });
    expect(firstRowOutcome(plan).findings).toEqual([
      'QUALITATIVE_REVIEW E11: Completed value "省级3篇，市级8篇" lists parts; counted as the sum of "省级3篇", "市级8篇", 11篇; please check that no part is counted twice',
    ]);
  });
});

describe("what is no sum of parts", () => {
  test.each([
    ["≤1000元", "一类1000元，二类800元", "补助标准", "a standard per person"],
    ["≤300元", "城区人均300元，农村人均250元", "培训费用", "a figure per person"],
    ["≥100人次", "培训60人次，考核50人次", "培训人次", "labels of two tasks"],
    ["≤5次", "有效投诉2次，无效投诉5次", "投诉次数", "a measure and its negation"],
    ["10座", "新建8座，改建2座", "新建公厕", "a part the name names"],
  ])("%s against %s (%s, %s): the first figure, two figures", (target, actual, level3) => {
    expect(scored(target, actual, level3).findings.join()).toMatch(/写有两个完成数/);
  });

  test.each([
    ["≥10篇", "今年12篇，上年8篇", 90],
    ["≥10个", "完成8个，在建2个", 72],
    ["≥100人次", "6月底50人次，12月底120人次", 90],
    ["≥10篇", "省级3篇，市级8篇，合计11篇", 90],
  ])("%s against %s: as before, %d", (target, actual, score) => {
    const outcome = scored(target, actual);
    expect(outcome.score).toBe(score);
    expect(outcome.findings.join()).not.toMatch(/分列各部分/);
  });

  test("parts in percent are no sum: 城区96%，农村90% against ≥95%", () => {
    expect(scored("≥95%", "城区96%，农村90%", "覆盖率").findings.join()).not.toMatch(/分列各部分/);
  });
});
