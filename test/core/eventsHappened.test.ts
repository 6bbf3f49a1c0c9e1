// A bad event said to have happened against a target asking none: 发生1起 against 无 in a row named 安全事故, or
// 发生1起一般事故 against 不发生安全事故, went to a person, and 发生1起安全事故 against 0起 was unreadable (起 was no unit
// and 安全 looked like the phrase word 全). Each now says what the row counts happened: 未达成 or 0 points.
import { answersNone, reportsOccurred } from "../../src/core/absence";
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual, reason: "" }));

test.each([
  // a target naming nothing asks it of the row's event; a count naming nothing is of it
  ["发生1起", "无", "安全事故", true],
  ["发生一般事故1起", "无", "安全事故", true],
  ["发生1起", "零事故", "安全生产", true],
  ["收到投诉3件", "零投诉", "服务投诉", true],
  // an event of the same head is one of a target's events when the target does not narrow them
  ["发生1起一般事故", "不发生安全事故", "安全生产", true],
  ["发生交通事故1起", "无安全生产事故", "安全生产", true],
  // 重大 and 有效 narrow them: a person tells whether the event was one
  ["发生1起", "无重大安全事故", "安全事故", false],
  ["发生1起一般事故", "无重大安全事故", "安全事故", false],
  ["收到投诉3件", "无有效投诉", "投诉", false],
  // a row about no bad event gives a target of 无 nothing to ask
  ["发生1起", "无", "项目质量", false],
])("%s against %s in a row named %s: happened, %s", (actual, target, name, happened) => {
  expect(reportsOccurred(actual, target, name)).toBe(happened);
});

test.each([
  ["未发生", "无", "安全事故", true],
  ["没有", "无", "信访案件", true],
  ["未发生", "无", "项目质量", false],
])("%s against %s in a row named %s: nothing happened, %s", (actual, target, name, none) => {
  expect(answersNone(actual, target, name)).toBe(none);
});

test.each([
  ["安全事故", "无", "发生1起", 0],
  ["安全事故", "不发生安全事故", "发生1起一般事故", 0],
  ["安全事故", "无", "未发生", 90],
])("a row named %s: %s, completed %s: %d of 90", (level3, target, actual, score) => {
  expect([row(level3, target, actual).score, row(level3, target, actual).status]).toEqual([score, "qualitative"]);
});

test("发生1起安全事故 against 0起: one accident, 0 points by the figure", () => {
  expect(row("安全事故", "0起", "发生1起安全事故")).toMatchObject({ score: 0, status: "scored" });
});

test.each([
  ["3起投诉", 3, "起"],
  ["发生1起安全事故", 1, "起"],
  ["2例不良反应", 2, "例"],
  ["1宗案件", 1, "宗"],
  ["2100延米", 2100, "延米"],
])("%s reads as %d %s", (text, value, unit) => {
  expect(parseValue(text)).toMatchObject({ kind: "quantity", value, unit: { text: unit } });
});

test("延米 is a metre: 2100延米 against ≥2000米 and 2.1公里 against ≥2000延米 are met", () => {
  expect(row("管网长度", "≥2000米", "2100延米")).toMatchObject({ score: 90, status: "scored" });
  expect(row("管网长度", "≥2000延米", "2.1公里")).toMatchObject({ score: 90, status: "scored" });
});
