// A word target answered with the share done (完成80%, 完成全年任务的95%, 90%达标) is banded by the share, through the
// profile's band floors (spec §3: 达成 80-100 %, 部分达成 60-80 %, 未达成 below), and says so (BAND_FROM_DEGREE). The
// words decided before: 完成50% against 完成 was 达成, full marks; 100% against 完成 went to a person.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { completionDegree } from "../../src/core/score/completionDegree";
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;

const scored = (target: string, actual: string, profileId = "central-2020") =>
  seedRowOutcome(
    oneRowSeed({ level2: "质量指标", level3: "任务完成情况", target, actual, reason: "x" }),
    builtInProfile(profileId)!,
  );
const said = (actual: string, percent: number, band: string, floors = [80, 60]) =>
  `BAND_FROM_DEGREE E11: 实际完成值“${actual}”按完成比例${percent}%判为${band}` +
  `（${floors[0]}%及以上为达成，${floors[1]}%及以上为部分达成）`;

test.each([
  ["完成全年任务", "完成全年任务的95%", 95, "达成", 90],
  ["完成", "完成80%", 80, "达成", 90],
  ["完成", "100%", 100, "达成", 90],
  // a timeliness rate went to a person
  ["及时", "及时率100%", 100, "达成", 90],
  ["及时", "及时率75%", 75, "部分达成", 63],
  ["完成", "完成70%", 70, "部分达成", 63],
  ["完成", "完成50%", 50, "未达成", 0],
])("%s, completed %s: %d%% is %s (%d)", (target, actual, percent, band, score) => {
  const r = scored(target, actual);
  expect([r.score, r.status]).toEqual([score, "qualitative"]);
  expect(r.findings[0]).toBe(said(actual, percent, band));
});

// A share below 100 % against a target asking all of the work (应保尽保, 全覆盖, 全部达标, 序时进度 at the year's end, a
// deadline) was 达成 by the 80 % floor, full marks with an info finding only (rt8 #10): only 100 % is 达成 there
describe("a share against a target asking all of it", () => {
  const all = (target: string, actual: string, level2 = "社会效益指标") =>
    seedRowOutcome(oneRowSeed({ level2, level3: "任务完成情况", target, actual, reason: "x" }));
  const saidAll = (actual: string, percent: number, band: string, target: string) =>
    `BAND_FROM_DEGREE E11: 实际完成值“${actual}”按完成比例${percent}%判为${band}` +
    `（年度指标值“${target}”要求全部完成，100%及以上为达成，60%及以上为部分达成）`;

  test.each([
    ["应保尽保", "85%"],
    ["应发尽发", "90%"],
    ["应助尽助", "82%"],
    ["全覆盖", "85%"],
    ["全部达标", "90%达标"],
    ["序时进度", "85%"],
  ])("%s, completed %s: 部分达成, 63 of 90 (was 90), with the review", (target, actual) => {
    const r = all(target, actual);
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toBe(saidAll(actual, parseFloat(actual), "部分达成", target));
    expect(r.findings[1]).toMatch(/^QUALITATIVE_REVIEW G11: “.+”判为部分达成，按70%×90计63.00分/);
  });

  test("a deadline, 12月31日前, completed 截至12月31日完成85%: 部分达成, 63 (was 90)", () => {
    const r = all("12月31日前", "截至12月31日完成85%", "时效指标");
    expect(r.score).toBe(63);
    expect(r.findings[0]).toBe(saidAll("截至12月31日完成85%", 85, "部分达成", "12月31日前"));
  });

  test("in English", () => {
    const seed = oneRowSeed({ level2: "社会效益指标", level3: "低保", target: "应保尽保", actual: "85%", reason: "x" });
    const o = firstRowOutcome(
      scoreWorkbook(seedGrid(seed), { mode: "score", profile, fileName: "t.xlsx", lang: "en" }),
    );
    expect(o.findings[0]).toBe(
      'BAND_FROM_DEGREE E11: Completed value "85%" judged partly achieved by the share done, 85% (the target "应保尽保" asks all of it; 100% and over: achieved; 60% and over: partly achieved)',
    );
  });
});

test("the profile's floors decide: 55% is 部分达成 under Hubei's 80/50", () => {
  const r = scored("完成", "完成55%", "qualitative-80-50");
  expect(r.score).toBe(58.5);
  expect(r.findings[0]).toBe(said("完成55%", 55, "部分达成", [80, 50]));
});

test.each(["提升15%", "下降10%", "未完成80%", "完成95%，合格率90%", "覆盖率", "受疫情影响95%"])(
  "%s gives no share done",
  (actual) => expect(completionDegree(actual)).toBeNull(),
);

// 完成九成 had full marks by the word 完成 against ≥100人次; a share in tenths (成) is read as the percent it says
describe("a share in tenths (九成, 8成) is a percent", () => {
  test.each([
    ["完成九成", 90],
    ["完成八成以上", 80],
    ["两成", 20],
    ["完成8.5成", 85],
  ])("%s → %d%%", (actual, percent) => expect(completionDegree(actual)).toBe(percent));

  test.each(["一成不变", "完成三成立项", "统一成立工作专班"])("%s holds no share", (actual) =>
    expect(completionDegree(actual)).toBeNull(),
  );

  test("against a word target the share picks the band", () => {
    expect(scored("完成", "完成九成")).toMatchObject({ score: 90, findings: [said("完成九成", 90, "达成")] });
    expect(scored("按时完成", "完成九成").score).toBe(63);
    expect(scored("按时完成", "完成五成").score).toBe(0);
  });

  test("against a count the share of the target is the figure reached; against a percent it is compared", () => {
    const count = scored("≥100人次", "完成九成");
    expect([count.score, count.status]).toEqual([81, "scored"]);
    expect(count.findings[0]).toContain("按年度指标值“≥100人次”的相应比例即90人次计分");
    expect(scored("≥90%", "九成")).toMatchObject({ score: 90, status: "scored" });
    expect(scored("≥95%", "九成").score).toBe(85.26);
  });
});

// 92% against 不低于全省平均水平, ≥上年 or 95%以上为优秀 was banded as a share done of 92 %: 达成, full marks. Against a
// target set against a level, a percent completed is the measure itself, for a person to compare with that level.
describe("no share done against a target set against a level", () => {
  test.each([["不低于全省平均水平"], ["≥上年"], ["高于全市平均水平"], ["与上年持平"]])(
    "92%% against %s: no band by degree",
    (target) => {
      expect(completionDegree("92%", target)).toBeNull();
      expect(scored(target, "92%")).toMatchObject({ score: null, status: "qualitative" });
    },
  );

  test("95%以上为优秀: no share done; the target's figure is held against it (92 of 95)", () => {
    expect(completionDegree("92%", "95%以上为优秀")).toBeNull();
    expect(scored("95%以上为优秀", "92%")).toMatchObject({ score: 87.16, status: "scored" });
  });

  test("a target asking for a share itself (6月底前完成50%): a percent completed is no share of the whole", () => {
    expect(completionDegree("6月底完成40%，12月底全部完成", "6月底前完成50%，12月底前全部完成")).toBeNull();
  });
});

// 已完成60% against the deadline 12月底前完成 had full marks, silently: read as the percent 60 %, it skipped the share rule
// of a deadline row (which looked at words only), and 完成 made it 达成
// 已完成90% and 90% were 达成 by the 80 % floor; by a deadline only all of it keeps the deadline (rt8 #10)
test.each([
  ["已完成60%", 63, "部分达成"],
  ["已完成50%", 0, "未达成"],
  ["已完成90%", 63, "部分达成"],
  ["90%", 63, "部分达成"],
])("a deadline, 12月底前完成, completed %s: %d of 90, by the share (%s)", (actual, score, band) => {
  const r = seedRowOutcome(
    oneRowSeed({ level2: "时效指标", level3: "完成时间", target: "12月底前完成", actual, reason: "x" }),
  );
  expect([r.score, r.status]).toEqual([score, "qualitative"]);
  expect(r.findings[0]).toMatch(new RegExp(`^BAND_FROM_DEGREE .*判为${band}`));
});

// 102% against 控制在预算内 was 达成 by degree (full marks) and 68.59% 部分达成 (63): a 控制率 is the amount against its quota
describe("a quota's bound is 100 %", () => {
  const control = (target: string, actual: string, level3 = "“三公经费”控制率") =>
    seedRowOutcome(oneRowSeed({ level2: "资金投入", level3, target, actual, reason: "x" }));

  test.each([
    ["控制在预算内", "102%", 88.24],
    ["控制在预算内", "68.59%", 90],
    ["不超过预算", "102%", 88.24],
    ["不超预算", "98%", 90],
    ["在预算范围内", "55%", 90],
    ["年度预算数以内", "110%", 81.82],
  ])("%s, completed %s: ≤100%%, %d", (target, actual, score) => {
    const r = control(target, actual);
    expect([r.score, r.status]).toEqual([score, "scored"]);
    expect(r.findings[0]).toBe(
      `DIRECTION_INFERRED D11: 年度指标值“${target}”以预算为限，实际完成值是与预算之比，按≤100%计分`,
    );
  });

  test("不超编 and 控制在编制内 bound by the staffing quota: 105% is 85.71", () => {
    expect(control("不超编", "105%", "在职人员控制率").score).toBe(85.71);
    expect(control("控制在编制内", "105%", "在职人员控制率").findings[0]).toMatch(/以编制为限/);
  });

  test.each([
    ["预算", "98%"],
    ["按计划执行", "98%"],
  ])("%s is no bound: %s stays a share done", (target, actual) => {
    expect(control(target, actual).findings[0]).toMatch(/^BAND_FROM_DEGREE/);
  });
});
