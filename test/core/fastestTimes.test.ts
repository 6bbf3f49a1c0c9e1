// The quickest or shortest of many times (最快10分钟, 最短10分钟) bounds the others from below: against a time limit it
// says nothing of the time taken (red-team stop 51, kind 12: each had full marks with only REMARK_IGNORED).
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const run = (level3: string, target: string, actual: string) =>
  firstRowOutcome(
    scoreWorkbook(seedGrid(oneRowSeed({ level2: "时效指标", level3, target, actual, reason: "" })), {
      mode: "score",
      profile,
      fileName: "t.xlsx",
    }),
  );

test.each([
  ["响应时间", "≤30分钟", "最快10分钟", "不低于10分钟"],
  ["响应时间", "≤30分钟", "最短10分钟", "不低于10分钟"],
  ["办理时限", "≤5个工作日", "最快1个工作日办结", "不低于1个工作日"],
])("%s %s against %s waits for the time taken", (level3, target, actual, side) => {
  const r = run(level3, target, actual);
  expect([r.score, r.status]).toEqual([null, "qualitative"]);
  expect(r.findings[0]).toBe(
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”只说明完成数${side}，没有写出完成数，无法按年度指标值“${target}”计分；` +
      "请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分",
  );
});

test.each([
  // the slowest of them within the limit, the average, or a shortest length against a floor
  ["响应时间", "≤30分钟", "最长25分钟", 90],
  ["响应时间", "≤30分钟", "平均20分钟，最快10分钟", 90],
  ["培训天数", "≥3天", "最短3天", 90],
  ["培训时长", "最短不少于3天", "3天", 90],
])("%s %s against %s: %s", (level3, target, actual, score) => {
  expect(run(level3, target, actual).score).toBe(score);
});
