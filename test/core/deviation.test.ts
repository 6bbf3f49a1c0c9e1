// A deviation either way (±10%): `±10%` was read as words, and 8% then as a completion degree of 8 %: 未达成, no points;
// `≤±10%` and `±10%以内` were unreadable. The target bounds the size of the deviation, compared by the ≤ rule.
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";
import { summary } from "./parse/summary";

const deviation = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "预算偏差率", target, actual, reason: "" }));
const said = (target: string) =>
  `DIRECTION_INFERRED D11: 年度指标值“${target}”是上下偏差的幅度，实际完成值按偏差的绝对值比较（不超过指标值）`;

describe("reading a deviation either way", () => {
  test.each([
    ["±10%", "<=10%"],
    ["≤±10%", "<=10%"],
    ["±10%以内", "<=10%"],
    ["偏差控制在±5%以内", "<=5%"],
    ["正负5%", "<=5%"],
    ["+/-2天", "<=2天"],
  ])("%s bounds the size: %s", (text, read) => {
    const p = parseValue(text);
    expect(summary(p)).toBe(read);
    expect(p.kind === "quantity" && p.deviation).toBe(true);
  });

  test.each([["20±2℃"], ["1000+"], ["±"]])("%s is no deviation", (text) => {
    const p = parseValue(text);
    expect(p.kind === "quantity" && p.deviation === true).toBe(false);
  });
});

describe("scoring against a deviation either way", () => {
  test.each([
    ["±10%", "8%"],
    ["±10%以内", "-5%"],
    ["≤±0.5%", "0.3%"],
  ])("%s, completed %s: met, said", (target, actual) => {
    expect(deviation(target, actual)).toEqual({ score: 90, status: "scored", findings: [said(target)] });
  });

  test.each([
    ["±10%", "12%"],
    ["≤±10%", "-12%"],
  ])("%s, completed %s: the size 12% against 10%, scored by the ≤ rule", (target, actual) => {
    expect(deviation(target, actual)).toEqual({
      score: 75,
      status: "scored",
      findings: [
        said(target),
        "NOT_MET_NO_REASON H11: 实际完成值12%高于年度指标值10%，按10/12×90计75.00分，请填写偏差原因",
      ],
    });
  });

  test("a range completed is counted at its larger size (-3%~5% against ±4%)", () => {
    expect(deviation("±4%", "-3%~5%")).toMatchObject({ score: 72, status: "scored" });
  });
});
