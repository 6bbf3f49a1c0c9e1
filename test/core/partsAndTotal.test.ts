// Parts of the year or of a place, then their total (上半年500人次，下半年600人次，合计1100人次): the total is the figure
// reached, the parts its breakdown. It was scored by the first part (500 of 1000 人次) with a review that a second
// figure was left out. And a figure labelled as the one paid or received (实发498户) after the one due (应发500户) is
// the one reached, as 实际 is.
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "培训人次", target, actual }));
/** The figure a completed text is read as, and its remark. */
const reading = (text: string) => {
  const p = parseValue(text);
  return p.kind === "quantity" ? [p.value, p.remark?.figure ?? null] : [p.kind, null];
};

describe("a total after its parts", () => {
  test.each([
    ["上半年500人次，下半年600人次，合计1100人次", 1100, "合计1100人次"],
    ["上半年500人次，下半年600人次，全年共计1100人次", 1100, "全年共计1100人次"],
    ["一季度3次，二季度2次，三季度3次，四季度2次，共10次", 10, "共10次"],
    ["城区5个，农村6个，共11个", 11, "共11个"],
    ["上半年50万元，下半年0.5亿元，合计5050万元", 5050, "合计5050万元"],
    ["城区95%，农村90%，合计93%", 93, "合计93%"],
  ])("%s is read as %d (%s)", (text, value, figure) => {
    expect(reading(text)).toEqual([value, figure]);
  });

  test.each([
    ["上半年500人次，下半年600人次，合计1000人次", "parts that do not add up to it"],
    ["完成8个，在建2个，共10个", "parts in a state of work (在建 is not done)"],
    ["11篇，另有3篇在审，共14篇", "an addition"],
    ["完成11篇，其中3篇在审，共计14篇", "a part of the first"],
    ["500人次，600人次，合计1100人次", "figures without labels"],
  ])("%s is not read by its total: %s", (text) => {
    expect(reading(text)[0]).not.toBe(Number(/(\d+)[^\d]*$/.exec(text)![1]));
  });

  test("the row: full marks, the parts a remark (was 45 of 90 by the first part, with a review)", () => {
    expect(scored("≥1000人次", "上半年500人次，下半年600人次，合计1100人次")).toEqual({
      score: 90,
      status: "scored",
      findings: [
        "REMARK_IGNORED E11: 实际完成值“上半年500人次，下半年600人次，合计1100人次”按合计1100人次计分，" +
          "说明“上半年500人次，下半年600人次”未参与计分",
      ],
    });
  });
});

describe("the figure paid or received after the one due", () => {
  test.each([
    ["实到985人次", 985],
    ["收到120份", 120],
    ["签到300人次", 300],
  ])("%s: 到 after a verb of arriving is no range (it was words)", (text, value) => {
    expect(reading(text)[0]).toBe(value);
  });

  test("到 alone before a figure is still a range without its start, not a figure", () => {
    expect(reading("到1000人次")[0]).toBe("qualitative");
  });

  test.each([
    ["应发500户，实发498户", 498, "实发498户"],
    ["应收100万元，实收98万元", 98, "实收98万元"],
    ["应到1000人次，实到985人次", 985, "实到985人次"],
  ])("%s is read as %d", (text, value, figure) => {
    expect(reading(text)).toEqual([value, figure]);
  });

  test("the row is scored by it (was by 应发500户: full marks, with a review of two figures)", () => {
    const r = scored("≥1000户", "应发1000户，实发985户");
    expect(r.score).toBe(88.65);
    expect(r.findings[0]).toBe(
      "REMARK_IGNORED E11: 实际完成值“应发1000户，实发985户”按实发985户计分，说明“应发1000户”未参与计分",
    );
  });
});
