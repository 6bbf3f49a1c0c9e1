// A word target holding a figure (完成3个村的道路硬化) answered with a smaller one in its unit (完成2个村道路硬化) had full
// marks by 完成, with nothing said. The figures are compared (2 of 3) with a review; figures that meet leave the row to
// the words.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "道路硬化", target, actual, reason: "" }));

describe("a word target's figure and a smaller one completed", () => {
  test("完成3个村的道路硬化 against 完成2个村道路硬化: 2/3 of the weight, said", () => {
    expect(run("完成3个村的道路硬化", "完成2个村道路硬化")).toEqual({
      score: 60,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW E11: 实际完成值“完成2个村道路硬化”中只有“2个”与年度指标值“完成3个村的道路硬化”单位相同，按“2个”计分，请人工核对",
        "DIRECTION_INFERRED D11: 年度指标值“3个”未写方向，默认推定为≥（越高越好）",
        "NOT_MET_NO_REASON H11: 实际完成值2个低于年度指标值3个，按2/3×90计60.00分，请填写偏差原因",
      ],
    });
  });

  // a milestone's share (50 % by June) was a completion degree of the whole: 40% was 未达成, 0 points
  test("6月底前完成50%，12月底前全部完成 against 6月底完成40%，12月底全部完成: 40/50 of the weight", () => {
    const r = run("6月底前完成50%，12月底前全部完成", "6月底完成40%，12月底全部完成");
    expect(r).toMatchObject({ score: 72, status: "scored" });
    expect(r.findings.filter((f) => f.startsWith("QUALITATIVE_REVIEW E11"))).toHaveLength(1);
  });

  test("the first figure that falls short of a target holding two (3个村, 5公里)", () => {
    expect(run("完成3个村的道路硬化（共5公里）", "完成3个村道路硬化4公里")).toMatchObject({ score: 72 });
  });
});

describe("what stays with the words", () => {
  test.each([
    ["完成3个村的道路硬化", "完成3个村道路硬化"],
    ["完成3个村的道路硬化", "完成4个村道路硬化"],
    ["完成3个村的道路硬化（共5公里）", "完成3个村道路硬化5.2公里"],
  ])("%s against %s: met, full marks by the words, nothing said", (target, actual) => {
    expect(run(target, actual)).toEqual({ score: 90, status: "qualitative", findings: [] });
  });

  test("several figures in the unit completed (新建3个、改造1个) are not compared: the target waits as before", () => {
    expect(run("完成5个村的道路硬化", "新建3个、改造1个")).toMatchObject({ score: null, status: "unreadable" });
  });

  // the figure met and the words undecided was TARGET_UNPARSEABLE, while a figure short of it was scored
  test("全县12个乡镇全覆盖 against 12个乡镇: the figure meets it where the words cannot decide, said", () => {
    const r = run("全县12个乡镇全覆盖", "12个乡镇");
    expect([r.score, r.status]).toEqual([90, "scored"]);
    expect(r.findings[0]).toBe(
      "QUALITATIVE_REVIEW E11: 实际完成值“12个乡镇”中只有“12个”与年度指标值“全县12个乡镇全覆盖”单位相同，按“12个”计分，请人工核对",
    );
  });

  test("a month in a word target is no figure compared (3月底前完成招标 against 5月完成招标)", () => {
    expect(run("3月底前完成招标，6月底前开工", "3月完成招标，5月开工")).toMatchObject({ score: 90 });
  });
});

test("in a row about time the milestone's share is the one figure in its unit", () => {
  const r = seedRowOutcome(
    oneRowSeed({
      level2: "时效指标",
      level3: "建设进度",
      target: "6月底前完成50%，12月底前全部完成",
      actual: "6月底完成40%，12月底全部完成",
      reason: "",
    }),
  );
  expect(r).toMatchObject({ score: 72, status: "scored" });
  expect(r.findings[0]).toMatch(/中只有“40%”与年度指标值.*单位相同，按“40%”计分/);
});
