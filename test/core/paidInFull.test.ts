// Funds paid in full (足额拨付, 全额发放, 已全部拨付) and work finished (拨付完毕, 发放完毕) are 达成: they went to a person
// against 资金拨付率 100%. A negation before the adverb or the verb reaches them (未足额拨付, 尚未拨付完毕: 未达成), a
// qualifier too (基本拨付完毕: 部分达成); one after the adverb (全部未拨付) leaves the words to a person, and 全额 or 足额
// alone (全额自筹) says nothing of work done.
import { builtInProfile } from "../../src/core";
import { classifyQualitative } from "../../src/core/qualitative";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const band = (text: string) => classifyQualitative(text, "", profile).band;

test.each([
  ["已全部拨付", 0],
  ["足额拨付", 0],
  ["已全额拨付", 0],
  ["补贴资金已足额发放到户", 0],
  ["拨付完毕", 0],
  ["已发放完毕", 0],
  ["未足额拨付", 2],
  ["未能足额发放", 2],
  ["未全部拨付", 2],
  ["尚未拨付完毕", 2],
  ["基本拨付完毕", 1],
  ["全部未拨付", null],
  ["全额自筹", null],
])("%s is band %p", (text, expected) => {
  expect(band(text)).toBe(expected);
});

test("the row: 已全部拨付 against 资金拨付率 100% is full marks, said (it waited for a person)", () => {
  const r = seedRowOutcome(
    oneRowSeed({ level2: "质量指标", level3: "资金拨付率", target: "100%", actual: "已全部拨付" }),
  );
  expect([r.score, r.findings.filter((f) => f.startsWith("SCORED_BY_WORDS"))]).toEqual([
    90,
    ["SCORED_BY_WORDS E11: 实际完成值“已全部拨付”没有数字，按文字判为达成"],
  ]);
});

// Work done with its money not paid (seed 004's 项目已完工尚未验收，资金尚未支付 for a 21.35 % execution rate) had full marks
// under a rate of money spent, said only in blue (SCORED_BY_WORDS): the finished work says nothing of the rate.
describe("work done, its money not paid, under a rate of money spent", () => {
  const row = (level3: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "资金投入", level3, target: "100%", actual }));

  test.each([
    ["项目支出预算执行率", "项目已完工尚未验收，资金尚未支付"],
    ["项目支出预算执行率", "已完工，资金尚未支付"],
    ["资金使用率", "已完成，资金未结算"],
    ["资金使用率", "已完工待结算"],
    ["资金使用率", "已完成，结算中"],
    ["资金支付率", "已完工，资金尚未支付"],
  ])("%s, completed %s: waits for a person (it had 90)", (level3, actual) => {
    const r = row(level3, actual);
    expect(r.score).toBeNull();
    expect(r.findings).toContain(
      `QUALITATIVE_REVIEW G11: 实际完成情况“${actual}”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
    );
  });

  test.each([
    ["项目支出预算执行率", "已完成，资金已全部支付", 90],
    ["项目支出预算执行率", "资金已全部支付，无未结算款项", 90],
    ["项目支出预算执行率", "未完成，资金未支付", 0],
    ["工程完成率", "已完成，资金未结算", 90],
  ])("%s, completed %s keeps %s", (level3, actual, score) => {
    expect(row(level3, actual).score).toBe(score);
  });
});
