// Places in a ranking. 前10名 was read as a count of 10 people with 前 as a remark and the default ≥, so 第8名 scored 8 of
// 10 and 第12名 full marks, and 全市前三 against 全市第二 went to a person. A place is read in 名次 and is better the smaller
// it is. 前50% against 前30% was 30 % of 50 % (54 of 90): a place as a share of the field is read too.
import { parseValue } from "../../src/core/parse";
import { SHARE_PLACE_UNIT } from "../../src/core/parse/rank";
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

  test.each([["前三季度"], ["第3季度"], ["第一批"], ["第0名"], ["前1.5名"]])("%s is no place", (text) => {
    expect(summary(parseValue(text))).not.toMatch(/名次/);
  });

  test.each([
    ["前30%", "<=30%"],
    ["进入全省前0.5%", "<=0.5%"],
  ])("%s is a share of the field, %s", (text, read) => {
    const value = parseValue(text);
    expect(summary(value)).toBe(read);
    expect(value.kind === "quantity" && value.unit).toBe(SHARE_PLACE_UNIT);
  });

  test.each([["后3名"], ["全省后三名"], ["后30%"]])("%s counts from the bottom: words", (text) => {
    expect(summary(parseValue(text))).toBe(`Q:${text}`);
  });
});

describe("a share of the field", () => {
  test("前50%, completed 前30%: met (was 30/50 of the weight, by the default ≥)", () => {
    expect(ranked("前50%", "前30%")).toMatchObject({ score: 90, status: "scored" });
  });

  test("前50%, completed 前60% or 60%: 50/60 of the weight", () => {
    expect(ranked("前50%", "前60%")).toMatchObject({ score: 75, status: "scored" });
    expect(ranked("前50%", "60%")).toMatchObject({ score: 75, status: "scored" });
    expect(ranked("前50%", "60%").findings[0]).toBe(
      "UNIT_ASSUMED E11: 实际完成值“60%”按排名名次理解（越小越好），请核对",
    );
  });

  test.each([
    ["前50%", "后30%"],
    ["前10名", "后3名"],
  ])("%s, completed %s (from the bottom): for a person (was scored)", (target, actual) => {
    const out = ranked(target, actual);
    expect(out).toMatchObject({ score: null, status: "qualitative" });
    expect(out.findings[0]).toMatch(/^QUALITATIVE_REVIEW G11: 实际完成情况“后/);
  });

  test.each([
    ["前10名", "前5%"],
    ["前50%", "第3名"],
  ])("%s against %s: different measures, for a person", (target, actual) => {
    expect(ranked(target, actual)).toMatchObject({ score: null, status: "unreadable" });
    expect(ranked(target, actual).findings[0]).toMatch(/^UNIT_MISMATCH/);
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

  test("10名 against 第8名: read as a place, so ≤, not the default ≥ (it was 8/10 of the weight)", () => {
    expect(ranked("10名", "第8名")).toEqual({
      score: 90,
      status: "scored",
      findings: ["UNIT_ASSUMED D11: 年度指标值“10名”按排名名次理解（越小越好），请核对"],
    });
  });

  test("≥10名 (people) against 第8名 is a mismatch of units, never a place", () => {
    expect(ranked("≥10名", "第8名")).toMatchObject({ score: null, status: "unreadable" });
  });
});
