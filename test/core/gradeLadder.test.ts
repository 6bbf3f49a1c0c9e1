// A grade below the one the target asks (合格 against 良好及以上, 良好 against 优秀, 合格 against 优良) had full marks: the
// spec's vocabulary holds every one of these words as 达成. On one ladder (优秀 > 良好 > 合格 > 不合格; A级 > B级; 一等 >
// 二等; 甲级 > 乙级) one rank below is 部分达成 and more is 未达成, each with the band's review; B级 against A级 waited for a
// person and is 部分达成 too.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { compareGrades, gradeOf } from "../../src/core/gradeLadder";
import { firstRowOutcome, seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const run = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "考核等次", target, actual, reason: "" }));
/** The one-row seed table's weight. */
const W = 90;

describe("a grade below the one asked", () => {
  test("合格 against 良好及以上: 部分达成, 63 of 90 (was full marks), the grades named", () => {
    expect(run("良好及以上", "合格")).toEqual({
      score: 63,
      status: "qualitative",
      findings: [
        "QUALITATIVE_REVIEW G11: 等次“合格”低于年度指标值要求的“良好”，判为部分达成，按70%×90计63.00分，请人工确认",
        "NOT_MET_NO_REASON H11: 等次“合格”低于年度指标值要求的“良好”，判为部分达成，按70%×90计63.00分，请填写偏差原因",
      ],
    });
  });

  test.each([
    ["优秀", "良好", 63],
    ["优良", "合格", 63],
    ["考核等次为优秀", "评为良好等次", 63],
    ["良好及以上", "考核结果为合格", 63],
    ["B级及以上", "C级", 63],
    ["A级", "B级", 63],
    ["甲级", "乙级", 63],
    ["优秀", "合格", 0],
    ["一等奖", "三等奖", 0],
  ])("%s, completed %s: %s of 90, with the review", (target, actual, score) => {
    const o = run(target, actual);
    expect([o.score, o.status]).toEqual([score, "qualitative"]);
    expect(o.findings[0]).toMatch(/^QUALITATIVE_REVIEW G11: 等次“/);
  });

  test.each([
    ["良好及以上", "优秀"],
    ["优良", "优秀"],
    ["合格", "良好"],
    ["B级及以上", "B级"],
    ["良好", "优"],
  ])("%s, completed %s: met, full marks", (target, actual) => {
    expect(run(target, actual)).toEqual({ score: W, status: "qualitative", findings: [] });
  });

  test("良好以上 against 优秀 is for a person: which grade?", () => {
    expect(run("优秀", "良好以上")).toMatchObject({ score: null, status: "qualitative" });
  });

  test("in English", () => {
    const grid = seedGrid(
      oneRowSeed({ level2: "质量指标", level3: "考核等次", target: "良好及以上", actual: "合格", reason: "" }),
    );
    const o = firstRowOutcome(scoreWorkbook(grid, { mode: "score", profile, fileName: "t.xlsx", lang: "en" }));
    expect(o.findings[0]).toBe(
      'QUALITATIVE_REVIEW G11: the grade "合格", below the "良好" the target asks, is partly achieved: 70%×90 = 63.00; please confirm',
    );
  });
});

// 达到合格标准 and 合格工程 against 优良 or 优良工程, and 合格 against 优质, had full marks: the kind after the grade (标准, 工程)
// hid it, and 优质 (a 优良 work) was no grade (优质 as the completed value went to a person).
describe("a grade with its kind after it, and 优质", () => {
  test("达到合格标准 against 优良: 部分达成, 63 of 90 (was 90), the grades named", () => {
    expect(run("优良", "达到合格标准").findings[0]).toBe(
      "QUALITATIVE_REVIEW G11: 等次“合格”低于年度指标值要求的“优良”，“达到合格标准”判为部分达成，按70%×90计63.00分，请人工确认",
    );
  });

  test.each([
    ["优良", "达到合格标准", 63],
    ["优良工程", "合格工程", 63],
    ["优质", "合格", 63],
    ["优秀", "优质", 63],
    ["优良", "优质", 90],
    ["合格标准", "优质", 90],
  ])("%s, completed %s: %s of 90", (target, actual, score) => {
    expect(run(target, actual).score).toBe(score);
  });
});

describe("what is a grade", () => {
  test.each([
    ["考核结果为良好", "良好", false],
    ["良好及以上", "良好", true],
    ["≥B级", "B级", true],
    ["被评为优秀等次", "优秀", false],
    ["二等奖", "二等奖", false],
  ])("%s is the grade %s (at least: %s)", (text, word, atLeast) => {
    expect(gradeOf(text)).toMatchObject({ word, atLeast });
  });

  test.each(["优秀率85%", "A类", "良好，部分指标待改进", "三级甲等", "合格率"])("%s is no grade", (text) => {
    expect(gradeOf(text)).toBeNull();
  });

  test.each([
    ["优秀", "A级"],
    ["良好", "差"],
  ])("%s against %s: no comparison (another ladder, or the lowest asked)", (actual, target) => {
    expect(compareGrades(actual, target)).toBeNull();
  });
});

// 水质达到Ⅱ类 against 水质达到Ⅲ类 and 劣Ⅴ类 against Ⅲ类 went to a person: water quality classes are a ladder (Ⅰ cleanest)
describe("water quality classes", () => {
  test.each([
    ["水质达到Ⅲ类", "水质达到Ⅱ类", 90],
    ["地表水Ⅲ类", "III类", 90],
    ["Ⅲ类及以上", "Ⅳ类", 63],
    ["Ⅲ类", "劣Ⅴ类", 0],
  ])("%s, completed %s: %s of 90", (target, actual, score) => {
    expect(run(target, actual).score).toBe(score);
  });

  test("a class below the one asked is named in the review", () => {
    expect(run("Ⅲ类及以上", "Ⅳ类").findings[0]).toBe(
      "QUALITATIVE_REVIEW G11: 等次“Ⅳ类”低于年度指标值要求的“Ⅲ类”，判为部分达成，按70%×90计63.00分，请人工确认",
    );
  });

  test.each(["Ⅲ类地区", "3类", "一类"])("%s is no water class", (text) => {
    expect(gradeOf(text)).toBeNull();
  });
});

// 4A级 was unreadable (a figure and no unit), even against 4A级; AAAA级 against AAA级, 国家级 against 省级 and 四星级
// against 三星级 went to a person. A-levels, stars and the level of a title are ladders, more A's or stars the better.
describe("A-levels, stars and levels of a title", () => {
  test.each([
    ["4A级", "4A级", 90],
    ["4A级景区", "5A级景区", 90],
    ["≥3A", "4A", 90],
    ["4A级", "3A级", 63],
    ["AAAA级", "AAA级", 63],
    ["5A级", "3A级", 0],
    ["四星级", "三星级", 63],
    ["4星级", "五星级", 90],
    ["国家级", "省级", 63],
    ["省级以上", "国家级", 90],
    ["市级及以上", "省级", 90],
    ["国家级", "县级", 0],
  ])("%s, completed %s: %s of 90", (target, actual, score) => {
    expect(run(target, actual).score).toBe(score);
  });

  test("a single A级 stays the letter grade (A above B), not a count of A's", () => {
    expect(gradeOf("A级")).toMatchObject({ ladder: "ABCDE", rank: 0 });
    expect(gradeOf("AAA级")).toMatchObject({ ladder: "5432", rank: 2 });
  });

  test.each(["5G", "4K", "1A级"])("%s is no A-level", (text) => {
    expect(gradeOf(text)).toBeNull();
  });
});

// A grade word against a figure under a rate's name that counts a grade (合格 against 工程优良率 ≥80%) had full marks,
// said only in blue as 达成 by its words; and 延期完成 against ≥ a figure was said 达成 by its words though scored in part.
describe("a grade against the grade a rate's name counts", () => {
  const rate = (level3: string, target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual, reason: "" }));
  test("合格 against 工程优良率 ≥80%: one grade below, 部分达成, 63 of 90, no words-said 达成", () => {
    const r = rate("工程优良率", "≥80%", "合格");
    expect(r.score).toBe(63);
    expect(r.findings[0]).toBe(
      "QUALITATIVE_REVIEW G11: 等次“合格”低于年度指标值要求的“优良”，判为部分达成，按70%×90计63.00分，请人工确认",
    );
    expect(r.findings.some((f) => f.startsWith("SCORED_BY_WORDS"))).toBe(false);
  });
  test.each([
    ["工程优良率", "≥80%", "优良", 90],
    ["工程合格率", "100%", "合格", 90],
    ["优秀率", "≥90%", "良好", 63],
  ])("%s %s against %s: %d of 90", (level3, target, actual, score) => {
    expect(rate(level3, target, actual).score).toBe(score);
  });
});
