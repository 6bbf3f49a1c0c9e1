// NOT_MET_NO_REASON (spec §6): a row below its weight whose reason cell is empty or a placeholder. A placeholder is
// compared as written plainly (half-width, no blanks or closing punctuation, any case), and the built-in list holds
// the ones offices write for "no reason": 待补充, 略, N/A, and 无偏差 for a row that does fall short.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

/** The findings of a one-row table: `target` against `actual`, with `reason` in its reason cell. */
const findings = (target: string, actual: string, reason: string) =>
  scoreWorkbook(seedGrid(oneRowSeed({ level2: "数量指标", level3: "调研报告", target, actual, reason })), {
    mode: "score",
    profile: builtInProfile("central-2020")!,
    fileName: "t.xlsx",
  }).report.tables[0].findings;
/** Whether a row of 11篇 against ≥15篇 with `reason` in its reason cell asks for a reason. */
const asks = (reason: string) => findings("≥15篇", "11篇", reason).some((f) => f.code === "NOT_MET_NO_REASON");

test.each(["－", " 无 ", "无。", "N/A", "n/a", "待补充", "略", "无偏差", "不存在偏差"])(
  "%p is no reason: NOT_MET_NO_REASON (－, N/A, 待补充, 略, 无偏差 were taken as reasons)",
  (reason) => expect(asks(reason)).toBe(true),
);

test.each(["受疫情影响，部分调研推迟到次年", "见说明", "详见附件"])("%p is a reason", (reason) =>
  expect(asks(reason)).toBe(false),
);

test("an over-achieved row whose reason cell holds a placeholder is asked there, as an empty one is (it was on 得分)", () => {
  const cellOf = (reason: string) => findings("≥150人", "200人", reason).find((f) => f.code === "OVER_ACHIEVED")?.cell;
  expect([cellOf(""), cellOf("无"), cellOf("群众需求旺盛，增加了培训场次")]).toEqual(["H11", "H11", "G11"]);
});

// 不涉及 (a row that falls short is concerned), and the template's label left alone (偏差原因：) or before a placeholder
// (原因：无), were taken as reasons
test.each(["不涉及", "不适用", "偏差原因：", "原因：无", "偏差原因分析及改进措施：", "改进措施：—"])(
  "%p is no reason: NOT_MET_NO_REASON",
  (reason) => expect(asks(reason)).toBe(true),
);

test.each(["原因：受疫情影响", "改进措施：加强宣传", "疫情：部分取消"])("%p is a reason, label and all", (reason) =>
  expect(asks(reason)).toBe(false),
);
