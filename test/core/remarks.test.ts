// Reading what units write around their figures: a remark after the figure (spec §2 "never guess silently": the figure is
// compared, the remark is said, and a remark that says the opposite of the result asks a person to confirm); a range.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { parseValue } from "../../src/core/parse";
import { splitRemark } from "../../src/core/parse/remark";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const table = (target: string, actual: string, reason = ""): WorkbookGrid =>
  seedGrid({
    title: "2021年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "产出指标", level2: "数量指标", level3: "形成调研报告数量", target, actual, weight: 90, reason }],
  });
const OTHER = ["WEIGHTS_DIFFER_FROM_PROFILE", "LEVEL2_MISSING", "DIRECTION_INFERRED"];
/** The row's score and status, its findings as "CODE cell", and their values (what the messages say: tested once in messages.test.ts). */
const scored = (target: string, actual: string, reason = "") => {
  const plan = scoreWorkbook(table(target, actual, reason), { mode: "score", profile, fileName: "t.xlsx" });
  const t = plan.report.tables[0];
  const row = plan.issues![0].filter((i) => !OTHER.includes(i.code));
  return {
    score: t.indicators[0].score,
    status: t.indicators[0].status,
    findings: row.map((f) => `${f.code} ${f.cell}`),
    params: row.map((f) => f.params),
  };
};

describe("splitRemark", () => {
  test.each([
    ["11篇(受疫情影响)", "11篇", "受疫情影响"],
    ["11篇,未达标", "11篇", "未达标"],
    ["98.5%【满意】", "98.5%", "满意"],
    ["11篇(含(2篇)专题)", "11篇", "含(2篇)专题"],
    ["11篇;已完成。", "11篇", "已完成"],
  ])("%s → %s + %s", (text, head, note) => expect(splitRemark(text)).toEqual({ head, note }));

  test.each(["1,000人次", "11篇", "(受疫情影响)", "11篇,", "2个集体、2名同志"])("%s has no remark", (text) => {
    expect(splitRemark(text)).toBeNull();
  });
});

describe("parseValue keeps the whole text and reads the figure", () => {
  test("a bracketed remark after a count", () => {
    expect(parseValue("11篇（受疫情影响）")).toMatchObject({
      kind: "quantity",
      value: 11,
      text: "11篇（受疫情影响）",
      remark: { figure: "11篇", note: "受疫情影响" },
    });
  });
  test("a remark after a comma, a thousands separator kept", () => {
    expect(parseValue("1,000人次（含线上），均已完成")).toMatchObject({
      kind: "quantity",
      value: 1000,
      remark: { figure: "1,000人次", note: "含线上，均已完成" },
    });
  });
  test("a deadline with a remark (in a 时效 row)", () => {
    expect(parseValue("2023年11月（已完成）", { timeliness: true })).toMatchObject({
      kind: "deadline",
      year: 2023,
      month: 11,
      remark: { note: "已完成" },
    });
  });
  test("a 指标性质 column saying 定性 keeps the whole cell as words", () => {
    expect(parseValue("6件，均及时处置", { comparatorColumn: "定性" })).toEqual({
      kind: "qualitative",
      text: "6件，均及时处置",
    });
  });
  test("a not-applicable mark with a remark is not applicable", () => {
    expect(parseValue("—（本年度未开展）").kind).toBe("not-applicable");
  });
  test("words with a figure after them: the figure is read, the words are the remark", () => {
    expect(parseValue("已完成（11篇）")).toMatchObject({
      kind: "quantity",
      value: 11,
      remark: { figure: "11篇", note: "已完成" },
    });
    expect(parseValue("按期完成（12月底）", { timeliness: true })).toMatchObject({
      kind: "deadline",
      month: 12,
      remark: { note: "按期完成" },
    });
  });
  test("words with words stay words; a suffix the reader knows is no remark", () => {
    expect(parseValue("按期完成（见附件）")).toEqual({ kind: "qualitative", text: "按期完成（见附件）" });
    expect(parseValue("11篇(含)")).not.toHaveProperty("remark");
  });
});

describe("scoring a figure with a remark", () => {
  test("the figure is compared and the remark said (it used to be read as words, unscored)", () => {
    const r = scored("≥15篇", "11篇（受疫情影响）");
    expect(r.score).toBe(66);
    expect(r.status).toBe("scored");
    expect(r.findings).toEqual(["REMARK_IGNORED E11", "NOT_MET_NO_REASON H11"]);
    expect(r.params[0]).toEqual({ side: "actual", text: "11篇（受疫情影响）", figure: "11篇", note: "受疫情影响" });
  });

  test("a remark that claims done when the figure falls short is a warning, not full marks", () => {
    const r = scored("≥15篇", "11篇（已完成）", "受疫情影响");
    expect(r.score).toBe(66);
    expect(r.findings).toEqual(["QUALITATIVE_REVIEW E11"]);
    expect(r.params[0]).toEqual({ kind: "remark-contradicts", text: "11篇（已完成）", figure: "11篇", note: "已完成" });
  });

  test("a 满意 remark under a short percentage is scored by the figure (was 90 of 90)", () => {
    const r = scored("≥95%", "90%（满意）", "样本偏少");
    expect(r.score).toBe(85.26);
    expect(r.findings).toEqual(["QUALITATIVE_REVIEW E11"]);
  });

  test("a remark that agrees with the result is an info finding only", () => {
    expect(scored("≥95%", "98.5%（满意）")).toMatchObject({ score: 90, findings: ["REMARK_IGNORED E11"] });
    expect(scored("≥15篇", "11篇，未达标", "受疫情影响")).toMatchObject({
      score: 66,
      findings: ["REMARK_IGNORED E11"],
    });
  });

  test("a target's remark is said on the target cell", () => {
    expect(scored("≥15篇（含专题报告）", "16篇")).toMatchObject({ score: 90, findings: ["REMARK_IGNORED D11"] });
  });

  test("words first and the figure after them: the figure is compared (已完成（11篇）, 已完成，共11篇 were full marks)", () => {
    expect(scored("≥15篇", "已完成（11篇）", "受疫情影响")).toMatchObject({
      score: 66,
      findings: ["QUALITATIVE_REVIEW E11"],
    });
    expect(scored("≥15篇", "已完成，共11篇", "受疫情影响")).toMatchObject({
      score: 66,
      findings: ["QUALITATIVE_REVIEW E11"],
    });
  });

  test("full marks by words for a text whose figure cannot be compared are a warning, never silent", () => {
    const r = scored("≥15篇", "完成3期专题，均已发表");
    expect(r).toMatchObject({ score: 90, status: "qualitative", findings: ["QUALITATIVE_REVIEW E11"] });
    expect(r.params[0]).toEqual({ kind: "figure-by-words", actual: "完成3期专题，均已发表", target: "≥15篇" });
    expect(scored("100%", "6件，均及时处置")).toMatchObject({ score: 90, findings: ["QUALITATIVE_REVIEW E11"] });
  });

  test("the one figure in the target's unit among words decides, with a review (11篇已完成 was full marks by 完成)", () => {
    const r = scored("≥15篇", "11篇已完成");
    expect(r).toMatchObject({
      score: 66,
      status: "scored",
      findings: ["QUALITATIVE_REVIEW E11", "NOT_MET_NO_REASON H11"],
    });
    expect(r.params[0]).toEqual({ kind: "figure-in-unit", actual: "11篇已完成", figure: "11篇", target: "≥15篇" });
    expect(scored("≥90%", "完成900人，占比80%", "受疫情影响")).toMatchObject({ score: 80, status: "scored" });
    expect(scored("≥15篇", "共计完成3批次11篇", "受疫情影响")).toMatchObject({ score: 66, status: "scored" });
    expect(scored("≥15篇", "完成3期专题，11篇", "受疫情影响")).toMatchObject({ score: 66, status: "scored" });
    // figures apart stay apart: not 10011篇
    expect(scored("≥15篇", "总分100 11篇", "受疫情影响").params[0]).toMatchObject({ figure: "11篇" });
  });

  test("two different figures in the target's unit among words wait for a person (10篇中的8篇 was a reversed range)", () => {
    for (const actual of ["11篇已完成，4篇未完成", "已完成10篇中的8篇"]) {
      const r = scored("≥15篇", actual);
      expect(r).toMatchObject({ score: null, status: "qualitative" });
      expect(r.findings).toEqual(["QUALITATIVE_REVIEW E11", "TOTAL_INCOMPLETE G12"]);
      expect(r.params[0]).toMatchObject({ kind: "figures-differ", actual, target: "≥15篇" });
    }
    expect(scored("≥15篇", "已完成10篇中的8篇").params[0]).toMatchObject({ figures: ["10篇", "8篇"] });
  });

  // 11篇已发表，4篇在审 was scored by 4篇: the words after the first figure were taken for words before the second
  test("a figure with words after it, then another, waits for a person (it was scored by the second)", () => {
    const r = scored("≥15篇", "11篇已发表，4篇在审");
    expect(r).toMatchObject({ score: null, status: "qualitative" });
    expect(r.params[0]).toMatchObject({ kind: "figures-differ", figures: ["11篇", "4篇"] });
  });

  test("two labelled figures: the first is counted and a person confirms (上半年95%，下半年97% was an info finding)", () => {
    const r = scored("≥15篇", "期刊11篇，报纸6篇", "按年度合计17篇");
    expect(r).toMatchObject({ score: 66, status: "scored", findings: ["QUALITATIVE_REVIEW E11"] });
    expect(r.params[0]).toEqual({
      kind: "two-figures",
      text: "期刊11篇，报纸6篇",
      figure: "期刊11篇",
      other: "报纸6篇",
    });
  });

  // 上年98%，本年96% was scored by last year's figure (two figures, the first counted)
  test.each([
    ["上年14篇，本年16篇", "本年16篇", "上年14篇"],
    ["本年16篇，上年14篇", "本年16篇", "上年14篇"],
    ["16篇，上年同期14篇", "16篇", "上年同期14篇"],
    ["去年16篇，今年14篇", "今年14篇", "去年16篇"],
  ])("an earlier year's figure is a comparison: %s is scored by %s", (actual, figure, note) => {
    const r = scored("≥15篇", actual);
    expect(r.findings).toEqual(
      figure.includes("14") ? ["REMARK_IGNORED E11", "NOT_MET_NO_REASON H11"] : ["REMARK_IGNORED E11"],
    );
    expect(r.params[0]).toEqual({ side: "actual", text: actual, figure, note });
  });

  test.each([
    ["16篇，其中核心期刊3篇"],
    ["16篇，另有3篇在审"],
    ["发表16篇，印发资料300份"],
    ["共发表16篇，其中核心期刊3篇"],
    ["发表16篇，含外文2篇"],
  ])("a part, an addition or another kind of count after the figure is a remark: %s", (actual) => {
    expect(scored("≥15篇", actual)).toMatchObject({ score: 90, findings: ["REMARK_IGNORED E11"] });
  });

  test("against a word target the whole text still decides", () => {
    expect(scored("获得表彰", "2个集体，2名同志获得表彰")).toMatchObject({ score: 90, status: "qualitative" });
  });
});

describe("above a range target", () => {
  test("full marks, and the warning measures from the upper bound (was from the lower: 6次 'above 3次 by 100%')", () => {
    const plan = scoreWorkbook(table("3-5次", "6次"), { mode: "score", profile, fileName: "t.xlsx" });
    expect(plan.report.tables[0].indicators[0].score).toBe(90);
    expect(plan.issues![0].filter((i) => i.code === "OVER_ACHIEVED").map((i) => i.params)).toEqual([
      { kind: "range", actual: "6次", range: "3-5次", high: "5次", percent: expect.closeTo(20, 9) },
    ]);
  });
});

test("a completed value given as a range counts as its lower bound, and says so", () => {
  const r = scored("≥10次", "8-12次", "样本");
  expect(r).toMatchObject({ score: 72, findings: ["APPROXIMATE_VALUE E11"] });
  expect(r.params[0]).toEqual({ kind: "range", text: "8-12次", counted: "8次" });
});

test.each([
  ["≥15篇", "≥15篇", 90, "15篇"],
  ["≥15篇", "≥11篇", 66, "11篇"],
])(
  "a completed value written as a bound (%s against %s) counts as its figure and says so",
  (target, actual, score, counted) => {
    const r = scored(target, actual, "样本");
    expect(r).toMatchObject({ score, findings: ["APPROXIMATE_VALUE E11"] });
    expect(r.params[0]).toEqual({ kind: "bound", text: actual, counted });
  },
);

describe("words before the target's comparator (开展培训≥3次)", () => {
  test("scored on the figure: 2次 against 开展培训≥3次 is 2/3 of the weight (was TARGET_UNPARSEABLE, not scored)", () => {
    expect(scored("开展培训≥3次", "2次")).toMatchObject({ score: 60, findings: ["NOT_MET_NO_REASON H11"] });
    expect(scored("覆盖≥500户", "520户")).toMatchObject({ score: 90, findings: [] });
  });

  test("words before a completed value's figure are its remark: scored on the figure, the words said", () => {
    const r = scored("≥500户", "覆盖480户", "受天气影响");
    expect(r).toMatchObject({ score: 86.4, findings: ["REMARK_IGNORED E11"] });
    expect(r.params[0]).toEqual({ side: "actual", text: "覆盖480户", figure: "480户", note: "覆盖" });
    // words saying the figure was not done make it no figure reached (未完成3次 had full marks with a review)
    const undone = scored("≥3次", "未完成3次");
    expect(undone).toMatchObject({ score: null, findings: ["QUALITATIVE_REVIEW E11", "TOTAL_INCOMPLETE G12"] });
    expect(undone.params[0]).toEqual({ kind: "undone", actual: "未完成3次", label: "未完成", target: "≥3次" });
  });
});

describe("a figure said not to be done waits for a person", () => {
  // 未完成10个, 10个未完成 and 尚有10个未完成 had full marks against ≥10个 (with a review)
  test.each([
    ["未完成10篇", "未完成"],
    ["10篇未完成", "未完成"],
    ["尚有10篇未完成", "未完成"],
    ["没有完成10篇", "没有完成"],
    ["10篇尚未验收", "尚未验收"],
    // 没能, 没, 无法 and 难以 before 完成 had full marks with a review that did not name them
    ["没能完成10篇", "没能完成"],
    ["没完成10篇", "没完成"],
    ["无法完成10篇", "无法完成"],
    ["难以完成10篇", "难以完成"],
  ])("%s", (actual, label) => {
    const r = scored("≥10篇", actual);
    expect(r).toMatchObject({ score: null, status: "qualitative" });
    expect(r.params[0]).toEqual({ kind: "undone", actual, label, target: "≥10篇" });
  });

  test("a figure done beside one not done is scored by the first (完成8篇，2篇未完成)", () => {
    expect(scored("≥10篇", "完成8篇，2篇未完成")).toMatchObject({
      score: 72,
      findings: ["REMARK_IGNORED E11", "NOT_MET_NO_REASON H11"],
    });
  });
});

// 到位90% against 资金到位率 100% and 合格95% against 验收合格率 were reviewed as words contradicting the result (到位, 合格
// are 达成 words): before the figure they only name what the row's rate counts
describe("the row's own measure before its figure", () => {
  const rate = (level3: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target: "≥100%", actual, reason: "" }));

  test.each([
    ["资金到位率", "到位90%", "到位"],
    ["验收合格率", "合格95%", "合格"],
    ["验收合格率", "实际合格95%", "实际合格"],
  ])("%s, completed %s: the label not scored, no review", (level3, actual, note) => {
    const figure = actual.slice(note.length);
    expect(rate(level3, actual).findings[0]).toBe(
      `REMARK_IGNORED E11: 实际完成值“${actual}”按${figure}计分，说明“${note}”未参与计分`,
    );
  });

  test.each([
    ["验收合格率", "95%（合格）"],
    ["资金到位率", "到位90%，已全部到位"],
    ["培训完成率", "合格95%"],
  ])("%s, completed %s: still reviewed (after the figure, or another measure)", (level3, actual) => {
    expect(rate(level3, actual).findings[0]).toMatch(/^QUALITATIVE_REVIEW E11: .*与计分结果不符/);
  });
});
