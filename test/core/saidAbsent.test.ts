// A negative word said not to have occurred or not to have been met with (未收到不满意反馈, 抽检未发现不合格产品, 未出现
// 延期) is a double negative, as 无不合格 is: what it negates is so. And a bad event not received or not found (未收到
// 投诉, 检查未发现问题) says that nothing happened, as 未发生 does.
import { builtInProfile } from "../../src/core";
import { noneStated } from "../../src/core/absence";
import { saidAbsent } from "../../src/core/negation";
import { classifyQualitative, lateWordIn } from "../../src/core/qualitative";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const scored = (level2: string, level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual }));

describe("a negative word said not to have occurred", () => {
  test.each([
    ["未收到不满意反馈", "满意"],
    ["没有收到任何不满意的反馈", "满意"],
    ["未出现不满意情况", "满意"],
    ["未接到群众不满意反馈", "满意"],
    ["无群众不满意", "满意"],
    ["抽检未发现不合格产品", "合格"],
    ["没有任何不合格", "合格"],
  ])("%s is 达成 by %s (was 未达成 by the negative word)", (text, matched) => {
    expect(classifyQualitative(text, "", profile)).toEqual({ band: 0, rule: "contains-vocabulary", matched });
  });

  test.each([
    ["收到不满意反馈2条", "不满意"],
    ["群众不满意", "不满意"],
    ["无人机检测不合格", "不合格"],
    ["无故未完成", "未完成"],
  ])("%s stays 未达成: nothing says it did not occur (无人机, 无故 begin words)", (text, matched) => {
    expect(classifyQualitative(text, "", profile).band).toBe(2);
    expect(classifyQualitative(text, "", profile).matched).toBe(matched);
  });

  test("the look stops at the clause: 未发现问题，群众不满意 is 未达成", () => {
    expect(classifyQualitative("未发现问题，群众不满意", "", profile).band).toBe(2);
    expect(saidAbsent("未发现问题，群众不满意", 8)).toBe(false);
    expect(saidAbsent("未发现问题群众不满意", 7)).toBe(true); // without the comma it reads as one clause
  });

  test.each(["按时完成，未出现延期", "未发生逾期", "没有发生延误"])("%s says no lateness (延期 was read)", (text) => {
    expect(lateWordIn(text)).toBeNull();
  });

  test("a lateness said plainly still is one", () => {
    expect(lateWordIn("出现延期")).toBe("延期");
  });
});

describe("rows", () => {
  test("按时完成，未出现延期 against 按时完成 on a 时效 row: full marks (was 部分达成 63 of 90 for 延期)", () => {
    expect(scored("时效指标", "完成时间", "按时完成", "按时完成，未出现延期")).toEqual({
      score: 90,
      status: "qualitative",
      findings: [],
    });
  });

  test("未收到不满意反馈 against ≥90%: 达成 by its words, said (was 0 of 90, 未达成)", () => {
    expect(scored("满意度指标", "群众满意度", "≥90%", "未收到不满意反馈")).toEqual({
      score: 90,
      status: "qualitative",
      findings: ["SCORED_BY_WORDS E11: 实际完成值“未收到不满意反馈”没有数字，按文字判为达成"],
    });
  });

  test("未收到投诉 against 无投诉 and 检查未发现问题 against 无问题: nothing happened (both went to a person)", () => {
    expect(scored("满意度指标", "投诉情况", "无投诉", "未收到投诉").findings).toEqual([
      "NONE_OCCURRED E11: 实际完成值“未收到投诉”与年度指标值“无投诉”相符（未发生），判为达成",
    ]);
    expect(scored("质量指标", "问题整改", "无问题", "检查未发现问题").score).toBe(90);
  });

  test("无误差 against 测量误差率 ≤1%: 0 % (went to a person: 误差 was no bad event)", () => {
    const r = scored("质量指标", "测量误差率", "≤1%", "无误差");
    expect([r.score, r.findings]).toEqual([90, ["NONE_OCCURRED E11: 实际完成值“无误差”按未发生即0%计算"]]);
  });

  test("未接到有效投诉 against ≤2次: 0次", () => {
    const r = scored("满意度指标", "有效投诉次数", "≤2次", "未接到有效投诉");
    expect([r.score, r.findings]).toEqual([90, ["NONE_OCCURRED E11: 实际完成值“未接到有效投诉”按未发生即0次计算"]]);
  });
});

describe("the statements", () => {
  test.each([
    ["未收到投诉", "投诉"],
    ["没有接到群众投诉", "群众投诉"],
    ["检查未发现问题", "问题"],
    ["经抽检无质量问题", "质量问题"],
  ])("%s says that %s did not happen", (text, subject) => {
    expect(noneStated(text)).toEqual({ subject });
  });

  test.each(["检查", "未收到资金", "检查发现问题3个"])("%s says no such thing", (text) => {
    expect(noneStated(text)).toBeNull();
  });
});
