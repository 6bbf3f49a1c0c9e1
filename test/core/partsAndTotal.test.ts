// Parts of the year or of a place, then their total (上半年500人次，下半年600人次，合计1100人次): the total is the figure
// reached, the parts its breakdown. It was scored by the first part (500 of 1000 人次) with a review that a second
// figure was left out. And a figure labelled as the one paid or received (实发498户) after the one due (应发500户) is
// the one reached, as 实际 is.
import { parseValue } from "../../src/core/parse";
import { builtInProfile, DEFAULT_PROFILE_ID, scoreWorkbook } from "../../src/core";
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

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

// Two labelled parts or more whose sum is not the total written after them were scored by the first part (27 of 90
// for 省级3篇，市级8篇，共12篇) with a two-figures review. The total is the department's figure, and a person checks the
// parts against it.
describe("a total its parts miss", () => {
  test("省级3篇，市级8篇，共12篇 against ≥10篇: 90 by the total, the parts' 11篇 said (was 27 by 省级3篇)", () => {
    expect(scored("≥10篇", "省级3篇，市级8篇，共12篇")).toEqual({
      score: 90,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW E11: 实际完成值“省级3篇，市级8篇，共12篇”按写明的合计12篇计分，" +
          "但“省级3篇”、“市级8篇”之和为11篇，不是12篇，请人工核对各部分与合计",
      ],
    });
  });

  test.each([
    ["≥10篇", "省级3篇，市级8篇，合计9篇", 81, "11篇", "9篇"],
    ["≥1000人次", "上半年500人次，下半年600人次，合计1200人次", 90, "1100人次", "1200人次"],
    ["≥1000人次", "上半年500人次，下半年600人次，合计1000人次", 90, "1100人次", "1000人次"],
    ["≤1200万元", "中央资金1000万元，地方配套250万元，合计1200万元", 90, "1250万元", "1200万元"],
  ])("%s against %s: %d by the total", (target, actual, score, sum, total) => {
    const r = scored(target, actual);
    expect(r.score).toBe(score);
    expect(r.findings[0]).toMatch(`之和为${sum}，不是${total}，请人工核对各部分与合计`);
  });

  test("in English", () => {
    const plan = scoreWorkbook(
      seedGrid(
        oneRowSeed({ level2: "数量指标", level3: "宣传报道", target: "≥10篇", actual: "省级3篇，市级8篇，共12篇" }),
      ),
      {
        mode: "score",
        profile: builtInProfile(DEFAULT_PROFILE_ID)!,
        fileName: "t.xlsx",
        lang: "en",
      },
    );
    expect(firstRowOutcome(plan).findings).toEqual([
      'QUALITATIVE_REVIEW E11: Completed value "省级3篇，市级8篇，共12篇" scored by its written total, 12篇, but "省级3篇", "市级8篇" add up to 11篇, not 12篇; please check the parts against the total',
    ]);
  });

  // kept as they were: a total the parts make, one part, a total in another unit
  test.each([
    ["≥10篇", "省级3篇，市级8篇，共11篇", 90, "REMARK_IGNORED E11: 实际完成值“省级3篇，市级8篇，共11篇”按共11篇计分"],
    ["≥10篇", "省级3篇，共12篇", 27, "QUALITATIVE_REVIEW E11: 实际完成值“省级3篇，共12篇”写有两个完成数"],
    [
      "≥10篇",
      "省级3篇，市级8篇，共12万元",
      27,
      "QUALITATIVE_REVIEW E11: 实际完成值“省级3篇，市级8篇，共12万元”写有3个",
    ],
  ])("%s against %s is as before: %d", (target, actual, score, finding) => {
    const r = scored(target, actual);
    expect(r.score).toBe(score);
    expect(r.findings.join("\n")).toContain(finding);
  });

  // the parts per month were read as the figure (50人次: 4.5 of 90, with a review of three figures)
  test.each([
    ["上半年每月50人次，下半年每月60人次，共1000人次", 90, "上半年每月50人次，下半年每月60人次"],
    ["上半年每月50人次，下半年每月60人次，共900人次", 81, "上半年每月50人次，下半年每月60人次"],
    ["上半年每月50人次，共1000人次", 90, "上半年每月50人次"],
  ])("%s against ≥1000人次: the total written is the year's figure, %d", (actual, score, parts) => {
    const r = scored("≥1000人次", actual);
    expect(r.score).toBe(score);
    expect(r.findings[0]).toBe(
      `REMARK_IGNORED E11: 实际完成值“${actual}”按${actual.slice(actual.lastIndexOf("，") + 1)}计分，说明“${parts}”未参与计分`,
    );
  });

  test("figures per month are no parts of the year's total: 上半年每月50人次，下半年每月60人次，共1000人次", () => {
    expect(scored("≥1000人次", "上半年每月50人次，下半年每月60人次，共1000人次").findings.join()).not.toMatch(
      /各部分与合计/,
    );
  });
});

// A target's labelled parts before a total they miss were the target's first part: 城区5个，农村6个，共12个 was 5个 (12个
// completed: full marks with an over-achievement warning; 11个: full marks too).
describe("a target's total its parts miss", () => {
  const built = (target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "建设数量", target, actual }));

  test("城区5个，农村6个，共12个 against 11个: 12个 is the target, the parts' 11个 said on it (was 90 against 5个)", () => {
    expect(built("城区5个，农村6个，共12个", "11个")).toEqual({
      score: 82.5,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW D11: 年度指标值“城区5个，农村6个，共12个”按写明的合计12个计分，" +
          "但“城区5个”、“农村6个”之和为11个，不是12个，请人工核对各部分与合计",
        "DIRECTION_INFERRED D11: 年度指标值“城区5个，农村6个，共12个”未写方向，默认推定为≥（越高越好）",
        "NOT_MET_NO_REASON H11: 实际完成值11个低于年度指标值12个，按11/12×90计82.50分，请填写偏差原因",
      ],
    });
  });

  test.each([
    ["城区≥5个，农村≥6个，共≥12个", "12个", 90],
    ["城区≥5个，农村≥6个，共≥12个", "11个", 82.5],
    ["城区不少于5个，农村不少于6个，共不少于12个", "11个", 82.5],
    ["中央≤100万元，地方≤50万元，合计≤160万元", "155万元", 90],
  ])("%s against %s: the total, %d, with the review", (target, actual, score) => {
    const r = built(target, actual);
    expect(r.score).toBe(score);
    expect(r.findings[0]).toMatch(/^QUALITATIVE_REVIEW D11: 年度指标值“.*”按写明的合计.*请人工核对各部分与合计$/);
  });

  test("in English", () => {
    const seed = oneRowSeed({
      level2: "数量指标",
      level3: "建设数量",
      target: "城区5个，农村6个，共12个",
      actual: "12个",
    });
    const plan = scoreWorkbook(seedGrid(seed), {
      mode: "score",
      profile: builtInProfile(DEFAULT_PROFILE_ID)!,
      fileName: "t.xlsx",
      lang: "en",
    });
    expect(firstRowOutcome(plan).findings[0]).toBe(
      'QUALITATIVE_REVIEW D11: Target "城区5个，农村6个，共12个" scored by its written total, 12个, but "城区5个", "农村6个" add up to 11个, not 12个; please check the parts against the total',
    );
  });

  test("parts with bounds that make their total (城区≥5个，农村≥6个，共≥11个) are read as the total, as plain ones are", () => {
    expect(built("城区≥5个，农村≥6个，共≥11个", "11个").findings).toEqual([
      "REMARK_IGNORED D11: 年度指标值“城区≥5个，农村≥6个，共≥11个”按共≥11个计分，说明“城区≥5个，农村≥6个”未参与计分",
    ]);
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
