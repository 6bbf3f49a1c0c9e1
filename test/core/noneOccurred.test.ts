// Nothing happened: a target of 0 is ≤ 0 (≥ 0 would be met by anything), a completed value saying none happened (无,
// 未发生, 没有) is the figure 0 against a target of 0 or an upper bound on a bad event, and it answers a word target
// asking that a bad event not happen (无重大安全事故, 零投诉). Each reading is said (DIRECTION_INFERRED, NONE_OCCURRED).
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { answersNone, noneStated, reportsOccurred } from "../../src/core/absence";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const table = (level3: string, target: string, actual: string): WorkbookGrid =>
  seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "效益指标", level2: "社会效益指标", level3, target, actual, weight: 90 }],
  });
/** The row's score, status and findings as "CODE cell: message". */
const scored = (level3: string, target: string, actual: string, lang: "zh" | "en" = "zh") =>
  firstRowOutcome(scoreWorkbook(table(level3, target, actual), { mode: "score", profile, fileName: "t.xlsx", lang }));

describe("a target of 0", () => {
  test("0起 against 2起: not met, 0 points (was ≥ 0 by default: full marks for two accidents)", () => {
    expect(scored("安全事故发生数", "0起", "2起")).toEqual({
      score: 0,
      status: "scored",
      findings: [
        "DIRECTION_INFERRED D11: 年度指标值“0起”未写方向，指标值为0，推定为≤（不超过0）",
        "NOT_MET_NO_REASON H11: 实际完成值2起高于年度指标值0起，年度指标值为0，超出即计0.00分，请填写偏差原因",
      ],
    });
  });

  test("0起 against 0起: met", () => {
    expect(scored("安全事故发生数", "0起", "0起").score).toBe(90);
  });

  test("a written comparator is kept (=0 stays =, and the name's keyword does not decide a 0)", () => {
    expect(scored("安全事故发生数", "=0起", "1起").findings[0]).toMatch(/^NOT_MET_NO_REASON/);
    expect(scored("群众满意度", "0%", "5%").findings[0]).toBe(
      "DIRECTION_INFERRED D11: 年度指标值“0%”未写方向，指标值为0，推定为≤（不超过0）",
    );
  });

  test("in English", () => {
    expect(scored("安全事故发生数", "0起", "0起", "en").findings).toEqual([
      'DIRECTION_INFERRED D11: Target "0起" has no direction; inferred ≤ (at most 0) as the target is 0',
    ]);
  });
});

describe("words saying nothing happened against a number target", () => {
  test.each([
    ["安全事故发生数", "0起", "无", "0起"],
    ["安全事故发生数", "0起", "未发生", "0起"],
    ["安全事故发生数", "≤0起", "全年未发生安全事故", "0起"],
    ["有效投诉次数", "≤2次", "无", "0次"],
    ["有效投诉次数", "≤2次", "没有", "0次"],
  ])("%s %s against %s: met, read as %s (was not scored: words without a band)", (name, target, actual, counted) => {
    const r = scored(name, target, actual);
    expect(r.score).toBe(90);
    expect(r.status).toBe("scored");
    expect(r.findings).toContain(`NONE_OCCURRED E11: 实际完成值“${actual}”按未发生即${counted}计算`);
  });

  test.each([
    ["培训次数", "≥3次", "无", "an at-least target: 无 may mean none done or nothing to say"],
    ["项目成本", "≤300万元", "无", "an upper bound that is no bad event (a cost)"],
    ["有效投诉次数", "≤2次", "无安全事故", "words about another event than the row counts"],
  ])("%s %s against %s: still for a person (%s)", (name, target, actual) => {
    const r = scored(name, target, actual);
    expect(r.score).toBeNull();
    expect(r.findings.some((f) => f.startsWith("NONE_OCCURRED"))).toBe(false);
    expect(r.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW"))).toBe(true);
  });
});

describe("words saying nothing happened against a word target asking for none", () => {
  test.each([
    ["无重大安全事故", "无"],
    ["无重大安全事故", "未发生"],
    ["无重大安全事故", "未发生重大安全事故"],
    ["无重大安全事故", "无安全事故"],
    ["无重大安全事故", "0起"],
    ["确保不发生重大安全事故", "安全事故零发生"],
    ["零上访", "无"],
    ["零事故", "0"],
    ["无违法违纪问题", "没有"],
    ["无环境污染", "未造成污染"],
  ])("%s against %s: met, said (was not scored)", (target, actual) => {
    const r = scored("安全生产", target, actual);
    expect(r).toEqual({
      score: 90,
      status: "qualitative",
      findings: [`NONE_OCCURRED E11: 实际完成值“${actual}”与年度指标值“${target}”相符（未发生），判为达成`],
    });
  });

  test.each([
    ["无安全事故", "无重大安全事故", "a narrower absence: minor accidents may have happened"],
    ["无重大安全事故", "发生1起", "something happened: a person weighs it"],
    ["无障碍设施改造", "无", "无障碍 is no absence of a bad event"],
    ["无纸化办公", "无", "nor is 无纸化"],
  ])("%s against %s: not decided by these words (%s)", (target, actual) => {
    const r = scored("安全生产", target, actual);
    expect(r.score).toBeNull();
    expect(r.findings.some((f) => f.startsWith("NONE_OCCURRED"))).toBe(false);
  });

  test("met is the profile's 达成 point, as for every other 达成 (here 90%)", () => {
    const ninety = {
      ...profile,
      qualitative: { ...profile.qualitative, points: [0.9, 0.6, 0] as [number, number, number] },
    };
    const g = table("安全生产", "无重大安全事故", "未发生");
    const t = scoreWorkbook(g, { mode: "score", profile: ninety, fileName: "t.xlsx" }).report.tables[0];
    expect(t.indicators[0]).toMatchObject({ score: 81, status: "qualitative" });
  });

  test("a completed value equal to the target is met as before, without the finding", () => {
    expect(scored("安全生产", "无重大安全事故", "无重大安全事故").findings).toEqual([]);
  });
});

describe("the statements", () => {
  test.each([
    ["无", ""],
    ["0起", ""],
    ["全年无事故", "事故"],
    ["实现零投诉", "投诉"],
    ["无安全事故发生", "安全事故"],
    ["投诉为0", "投诉"],
    // the act or the case of an event names it (无违规行为 went to a person against 无)
    ["无违规行为", "违规"],
    ["无违规违纪现象", "违规违纪"],
    ["无欠薪情况", "欠薪"],
  ])("%s says that %s did not happen", (text, subject) => {
    expect(noneStated(text)).toEqual({ subject });
  });

  test.each(["无障碍", "无偿服务", "无害化处理", "零星维修", "没有完成", "10起"])("%s says no such thing", (text) => {
    expect(noneStated(text)).toBeNull();
  });

  test("a target naming nothing is answered by nothing (无 against 无)", () => {
    expect(answersNone("无", "无")).toBe(false);
  });
});

// 发生重大安全事故1起 against 无重大安全事故 went to a person as words no band knows; it says the event happened
test.each([
  ["无违规行为", "无"],
  ["无违规行为", "未发现违规行为"],
  ["无欠薪情况", "未发生欠薪"],
])("%s, completed %s: 达成 as nothing happened", (target, actual) => {
  expect(scored("资金使用合规性", target, actual)).toMatchObject({ score: 90, status: "qualitative" });
});

describe("words saying the bad event happened", () => {
  test("发生重大安全事故1起 against 无重大安全事故: 未达成, 0 points, with the band's review", () => {
    expect(scored("安全生产", "无重大安全事故", "发生重大安全事故1起")).toEqual({
      score: 0,
      status: "qualitative",
      findings: [
        "QUALITATIVE_REVIEW G11: “发生重大安全事故1起”判为未达成，按0%×90计0.00分，请人工确认",
        "NOT_MET_NO_REASON H11: “发生重大安全事故1起”判为未达成，按0%×90计0.00分，请填写偏差原因",
      ],
    });
  });

  test.each([
    ["发生重大安全事故1起", "无安全事故", true],
    ["全年发生1起重大安全事故", "无安全事故", true],
    ["出现投诉2次", "零投诉", true],
    ["发生一般安全事故1起", "无重大安全事故", false],
    ["发生安全事故1起", "无重大安全事故", false],
    ["发生重大安全事故1起", "按时完成", false],
    ["发生变化2次", "无安全事故", false],
    ["发生违规行为1起", "无违规行为", true],
  ])("%s against %s: happened as asked absent, %s", (actual, target, happened) => {
    expect(reportsOccurred(actual, target)).toBe(happened);
  });
});

// 发生安全事故0起 and 全年安全生产零事故 against 无重大安全事故 went to a person; 零星事故 against 0起 had full marks as
// "none of 星事故", 无理上访 as "none of 理上访"
describe("none said after a setting or a count of none", () => {
  test.each([
    ["发生安全事故0起", "安全事故"],
    ["共发生安全事故0起", "安全事故"],
    ["全年安全生产零事故", "事故"],
    ["服务零投诉", "投诉"],
    ["施工期间无安全事故", "安全事故"],
  ])("%s says that %s did not happen", (text, subject) => {
    expect(noneStated(text)).toEqual({ subject });
  });

  test.each([
    "零星事故",
    "安全生产零星事故",
    "无理上访",
    "存在无序问题",
    "发现无证经营问题",
    "有3起事故无重大事故",
    "一般事故2起无重大安全事故",
    "除1起外无事故",
  ])("%s says no such thing (a compound, something present, a figure or an exception)", (text) => {
    expect(noneStated(text)).toBeNull();
  });

  test("全年安全生产零事故 against 无重大安全事故: met, full marks, said", () => {
    expect(scored("安全生产", "无重大安全事故", "全年安全生产零事故")).toEqual({
      score: 90,
      status: "qualitative",
      findings: [
        "NONE_OCCURRED E11: 实际完成值“全年安全生产零事故”与年度指标值“无重大安全事故”相符（未发生），判为达成",
      ],
    });
  });

  test("零星事故 against 0起: a person decides (was 0 accidents, full marks)", () => {
    const outcome = scored("安全事故次数", "0起", "零星事故");
    expect(outcome.score).toBeNull();
    expect(outcome.findings.map((f) => f.split(" ")[0])).toContain("QUALITATIVE_REVIEW");
  });
});

// A yes or a no answering the question the name asks (是否发生安全事故: 否) was read by the vocabulary, where 否 is 未达成
// and 是 达成: no accident was 0 points, an accident full marks. The answer is set against the one the target wants.
describe("a yes or a no answering the name's question", () => {
  test("是否发生安全事故 | 无 | 否: met, said (was 0 with the band's review)", () => {
    expect(scored("是否发生安全事故", "无", "否")).toEqual({
      score: 90,
      status: "qualitative",
      findings: ["NONE_OCCURRED E11: 实际完成值“否”与年度指标值“无”相符（未发生），判为达成"],
    });
  });

  test.each([
    ["是否发生安全事故", "无", "是", 0],
    ["是否发生安全事故", "否", "是", 0],
    ["是否发生安全事故", "无", "有", 0],
    ["有无违规使用资金", "无", "没有", 90],
    ["有无违规使用资金", "无", "有", 0],
    ["是否发生安全事故", "0起", "否", 90],
    ["是否发生安全事故", "≤1起", "否", 90],
    ["是否发生安全事故", "0起", "是", 0],
  ])("%s | %s | %s: %d", (name, target, actual, score) => {
    expect(scored(name, target, actual).score).toBe(score);
  });

  // no question in the name, the answer wanted, or a none where a yes is wanted (无 may be no answer): as before
  test("other answers and names read as before", () => {
    expect(scored("安全事故", "无", "否").score).toBe(0);
    expect(scored("是否按时完成", "是", "是").score).toBe(90);
    expect(scored("是否按时完成", "是", "否").score).toBe(0);
    expect(scored("是否按时完成", "按时", "是").score).toBe(90);
    expect(scored("是否按时完成", "是", "无").score).toBeNull();
    expect(scored("是否发生安全事故", "无", "否").score).toBe(90);
  });
});
