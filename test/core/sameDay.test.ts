// 当日办结, 当天办结, 即时办结, 随到随办 against a time limit in days (≤3个工作日) went to a person as words no band knows;
// they say at most one day. 半小时 against ≤30分钟 did too: half of a span of time is 0.5 of it.
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";
import { summary } from "./parse/summary";

const limit = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "时效指标", level3: "办理时限", target, actual, reason: "" }));

describe("done within the day against a limit in days", () => {
  test.each([
    ["≤3个工作日", "当日办结", "1个工作日"],
    ["≤3个工作日", "即时办结", "1个工作日"],
    ["≤5天", "随到随办", "1天"],
    ["≤3日", "均当天办结", "1日"],
  ])("%s, completed %s: met, counted as %s and said", (target, actual, counted) => {
    expect(limit(target, actual)).toEqual({
      score: 90,
      status: "scored",
      findings: [`APPROXIMATE_VALUE E11: 实际完成值“${actual}”为约数，按${counted}计算`],
    });
  });

  test.each([
    ["≤2小时", "当天办结"],
    ["≤1个月", "当天办结"],
    ["≤3个工作日", "当天办结部分事项"],
  ])("%s, completed %s: a person decides (hours, another unit, or more words)", (target, actual) => {
    expect(limit(target, actual)).toMatchObject({ score: null, status: "qualitative" });
  });
});

describe("half of a span of time", () => {
  test.each([
    ["半小时", "0.5小时"],
    ["半个月", "0.5个月"],
    ["半天左右", "0.5天~"],
    ["半个工作日", "0.5个工作日"],
  ])("%s is %s", (text, read) => {
    expect(summary(parseValue(text))).toBe(read);
  });

  test.each(["半年", "半成品", "半"])("%s is no span", (text) => {
    expect(parseValue(text).kind).toBe("qualitative");
  });

  test("半小时 against ≤30分钟: met (went to a person)", () => {
    expect(limit("≤30分钟", "半小时")).toEqual({ score: 90, status: "scored", findings: [] });
  });
});

// 1.5h and 150min were unreadable (ACTUAL_UNPARSEABLE): h and min are hours and minutes
test.each([
  ["≤2小时", "1.5h", 90],
  ["≤2小时", "150min", 72],
])("%s, completed %s: %d of 90", (target, actual, score) => {
  expect(limit(target, actual)).toMatchObject({ score, status: "scored" });
});
