// Places in a ranking. 前10名 was read as a count of 10 people with 前 as a remark and the default ≥, so 第8名 scored 8 of
// 10 and 第12名 full marks, and 全市前三 against 全市第二 went to a person. A place is read in 名次 and is better the smaller
// it is.
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";
import { summary } from "./parse/summary";

const ranked = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "全省排名", target, actual, reason: "" }));

describe("reading a place", () => {
  test.each([
    ["前10名", "<=10名次"],
    ["全市前三", "<=3名次"],
    ["进入全省前5名", "<=5名次"],
    ["前5位以内", "<=5名次"],
    ["第8名", "8名次"],
    ["全省第一", "1名次"],
    ["位居全省第3位", "3名次"],
    ["全省排名第12", "12名次"],
    ["第5名（较上年提升2位）", "5名次 (+较上年提升2位)"],
  ])("%s is %s", (text, read) => {
    expect(summary(parseValue(text))).toBe(read);
  });

  test.each([["前三季度"], ["第3季度"], ["第一批"], ["前10%"], ["第0名"], ["前1.5名"]])("%s is no place", (text) => {
    expect(summary(parseValue(text))).not.toMatch(/名次/);
  });
});

describe("a place against a place", () => {
  test.each([
    ["前10名", "第8名"],
    ["全市前三", "全市第二"],
    ["进入全省前5名", "位居全省第3位"],
    ["全省第一", "全省第一"],
  ])("%s, completed %s: met, with nothing to say", (target, actual) => {
    expect(ranked(target, actual)).toEqual({ score: 90, status: "scored", findings: [] });
  });

  test("前10名, completed 第12名: 10/12 of the weight (lower is better)", () => {
    expect(ranked("前10名", "第12名")).toEqual({
      score: 75,
      status: "scored",
      findings: ["NOT_MET_NO_REASON H11: 实际完成值12名次高于年度指标值10名次，按10/12×90计75.00分，请填写偏差原因"],
    });
  });

  test("全省第一, completed 全省第二: half the weight", () => {
    expect(ranked("全省第一", "全省第二")).toMatchObject({ score: 45, status: "scored" });
  });
});

describe("a count of 名 beside a place", () => {
  test("≤10名 against 第8名: read as a place, said", () => {
    expect(ranked("≤10名", "第8名")).toEqual({
      score: 90,
      status: "scored",
      findings: ["UNIT_ASSUMED D11: 年度指标值“≤10名”按排名名次理解（越小越好），请核对"],
    });
  });

  test("前10名 against 12名: read as the 12th place, said", () => {
    expect(ranked("前10名", "12名")).toMatchObject({ score: 75, status: "scored" });
    expect(ranked("前10名", "12名").findings[0]).toBe(
      "UNIT_ASSUMED E11: 实际完成值“12名”按排名名次理解（越小越好），请核对",
    );
  });

  test("≥10名 (people) against 第8名 is a mismatch of units, never a place", () => {
    expect(ranked("≥10名", "第8名")).toMatchObject({ score: null, status: "unreadable" });
  });
});
