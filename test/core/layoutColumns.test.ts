// Columns read by what they hold or which figures they give (spec §1 amendment 4): a 指标类型 column is a level column
// when it holds level names and a type column when it holds 定量 / 定性 (it was a header not recognised, and the
// level-2 names under it were lost); a completed-value column of part of the year alone, or a forecast of the year
// (全年预计完成值), was scored as the year's completed values without a word (92.58 优 from half-year figures).
import { builtInProfile, scoreWorkbook, type Plan, type TableReport } from "../../src/core";
import type { SheetGrid } from "../../src/core/grid";
import {
  layoutGrid,
  NATIONAL,
  SAMPLE,
  SAMPLE_FIGURES,
  TWO_ROW_SPLIT,
  type LayoutColumn,
  type SampleRow,
} from "../helpers/layoutGrid";

const profile = builtInProfile("central-2020")!;
const plan = (sheet: SheetGrid): Plan =>
  scoreWorkbook({ name: "t", sheets: [sheet] }, { mode: "score", profile, fileName: "t.xlsx" });
const only = (p: Plan): TableReport => {
  expect(p.report.tables).toHaveLength(1);
  return p.report.tables[0];
};
const col = (head: string, cell: (r: SampleRow) => string | number | null, extra: Partial<LayoutColumn> = {}) => ({
  head,
  cell,
  ...extra,
});
const messages = (t: TableReport, code: string) =>
  t.findings.filter((f) => f.code === code).map((f) => [f.severity, f.message]);
/** The columns written on the indicator rows. */
const writtenCols = (p: Plan) => {
  const rows = new Set(only(p).indicators.map((i) => i.row - 1));
  return [...new Set(p.writes.filter((w) => w.value !== undefined && rows.has(w.row)).map((w) => w.col))];
};
const [level1, level2, level3, target, actual, weight, score, reason] = NATIONAL;

/** The sample's figures: every row's score, the total and the grade, the score column written. */
function expectSampleScored(p: Plan, scoreCol: number): TableReport {
  const t = only(p);
  expect(t.indicators.map((i) => i.score)).toEqual(SAMPLE_FIGURES.scores);
  expect([t.total, t.grade]).toEqual([SAMPLE_FIGURES.total, "优"]);
  expect(writtenCols(p)).toEqual([scoreCol]);
  return t;
}

describe("a 指标类型 column is read by what it holds", () => {
  const level2s = SAMPLE.map((r) => r.level2);
  // before: B列“指标类型” not recognised, every row's level-2 empty, and 产出指标 said to lack all four level-2 names
  test.each([
    ["指标类型, merged", [level1, { ...level2, head: "指标类型" }, ...NATIONAL.slice(2)], 6],
    ["指标类型, not merged", [level1, { ...level2, head: "指标类型", level: false }, ...NATIONAL.slice(2)], 6],
    ["指标类别, merged", [level1, { ...level2, head: "指标类别" }, ...NATIONAL.slice(2)], 6],
    ["指标类型 in a two-row header", [level1, { ...level2, head: "指标类型" }, ...TWO_ROW_SPLIT.slice(2)], 8],
  ] as [string, LayoutColumn[], number][])("level-2 names: %s", (_name, cols, scoreCol) => {
    const t = expectSampleScored(plan(layoutGrid(cols)), scoreCol);
    expect(t.indicators.map((i) => i.level2)).toEqual(level2s);
    expect(messages(t, "HEADER_IGNORED")).toEqual([]);
    expect(messages(t, "LEVEL2_MISSING")).toEqual([["info", "产出指标缺少二级指标：时效指标"]]);
  });

  test.each([true, false])("level-1 names (merged: %s) are level 1", (merged) => {
    const cols = [{ ...level1, head: "指标类型", level: merged }, ...NATIONAL.slice(1)];
    const t = expectSampleScored(plan(layoutGrid(cols)), 6);
    expect(t.indicators.map((i) => i.level1)).toEqual(SAMPLE.map((r) => r.level1));
    expect(t.indicators.map((i) => i.level2)).toEqual(level2s);
    expect(messages(t, "HEADER_IGNORED")).toEqual([]);
    expect(messages(t, "WEIGHTS_DIFFER_FROM_PROFILE")).toEqual([
      ["info", "一级指标分值与评分方案不同：产出指标60分（方案50分），效益指标20分（方案30分）；按表中分值计算"],
    ]);
  });

  test("level-2 names beside a 二级指标 column are that column's: the 二级指标 one is read", () => {
    const typeCol = { ...level2, head: "指标类型", cell: (r: SampleRow) => r.level2.replace("数量", "质量") };
    const t = expectSampleScored(plan(layoutGrid([level1, level2, typeCol, ...NATIONAL.slice(2)])), 7);
    expect(t.indicators.map((i) => i.level2)).toEqual(level2s);
    expect(messages(t, "HEADER_IGNORED")).toEqual([
      ["info", "以下列未参与评分：C列“指标类型”（与其他列含义相同，已按另一列读取）"],
    ]);
  });

  const kind = (words: [string, string]) => (r: SampleRow) => (r.level1 === "满意度指标" ? words[1] : words[0]);
  // before: D列“指标类型” (or B列, C列) not recognised; now a type column, not a level one, and nothing to say
  test.each([
    ["after the names, merged", 3, ["定量", "定性"], true],
    ["after the names, not merged", 3, ["定量指标", "定性指标"], false],
    ["between the levels, merged", 2, ["定量", "定性"], true],
    ["first, not merged", 0, ["定量指标", "定性"], false],
  ] as [string, number, [string, string], boolean][])("定量 / 定性 values: %s", (_name, at, words, merged) => {
    const cols: LayoutColumn[] = [...NATIONAL];
    cols.splice(at, 0, col("指标类型", kind(words), { level: merged }));
    const t = expectSampleScored(plan(layoutGrid(cols)), 7);
    expect(t.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual(
      SAMPLE.map((r) => [r.level1, r.level2, r.level3]),
    );
    expect(t.findings.map((f) => f.code)).not.toContain("HEADER_IGNORED");
    // the same column holding neither a type nor level names is still a header not recognised, and no level
    const other = [...NATIONAL];
    other.splice(at, 0, col("指标类型", kind(["共性指标", "个性指标"]), { level: merged }));
    const o = expectSampleScored(plan(layoutGrid(other)), 7);
    expect(o.indicators.map((i) => i.level2)).toEqual(level2s);
    expect(messages(o, "HEADER_IGNORED")).toEqual([
      ["info", `以下表头未能识别，这些列未参与评分：${"ABCD"[at]}列“指标类型”`],
    ]);
  });
});

/** A table with these completed-value columns in place of 实际完成值 (E, F, … from the left). */
const withActuals = (...cols: LayoutColumn[]) =>
  layoutGrid([level1, level2, level3, target, ...cols, weight, score, reason]);
const REFUSED = "不能按年度指标值评分；如填的是全年实际完成数，请将表头改为“实际完成值”或“1-12月实际完成值”";

/** Nothing scored or written: the table is checked only, and ACTUAL_MISSING says why with the listed columns. */
function expectRefused(p: Plan, listed: string): void {
  const t = only(p);
  expect([t.total, t.grade, t.indicators.some((i) => i.score !== null)]).toEqual([null, null, false]);
  expect(messages(t, "ACTUAL_MISSING")).toEqual([
    ["error", `本表没有全年的实际完成值列：${listed}，${REFUSED}；只审核指标设置，不计算得分和总分`],
  ]);
  expect(messages(t, "HEADER_IGNORED")).toEqual([["info", `以下列未参与评分：${listed}`]]);
  expect(p.writes.filter((w) => w.value !== undefined)).toEqual([]);
}

describe("a completed-value column of part of the year, or a forecast, is not the year's", () => {
  const PART = "（年内部分期间的数值，不是全年的实际完成值）";
  const FORECAST = "（预计数，不是实际完成值）";
  // before: 92.58 优 written, the half-year figures read as the year's with no finding
  test.each(["1-6月实际完成值", "上半年完成值", "截至9月底完成值", "实际完成值（1-6月）", "前三季度完成情况"])(
    "the only completed value, %s, is not scored",
    (head) => expectRefused(plan(withActuals({ ...actual, head })), `E列“${head}”${PART}`),
  );

  test.each(["全年预计完成值", "预计完成值", "预计全年完成数", "全年预期完成情况"])(
    "a forecast alone, %s, is not scored",
    (head) => expectRefused(plan(withActuals({ ...actual, head })), `E列“${head}”${FORECAST}`),
  );

  // before: 全年预计完成值 read as the year's completed value (全年), the half-year column left out
  test("a monitoring layout (1-6月实际完成值 | 全年预计完成值) is not scored", () => {
    const p = plan(
      withActuals(
        { ...actual, head: "1-6月实际完成值" },
        col("全年预计完成值", () => 1),
      ),
    );
    expectRefused(p, `E列“1-6月实际完成值”${PART}、F列“全年预计完成值”${FORECAST}`);
  });

  // before: the forecast on the left was read when both headers are key terms (1 of 10次 scored 1.50 …); beside a
  // synonym it was said to mean the same as the column read
  test.each([
    ["全年预计完成值", "本年完成情况", true],
    ["预计完成数", "实际完成数", true],
    ["全年预计完成值", "实际完成值", true],
    ["实际完成值", "全年预计完成值", false],
    ["完成情况", "预计全年完成情况", false],
  ])("a forecast beside the completed value: %s | %s reads the completed value", (first, second, forecastFirst) => {
    const [forecast, real] = forecastFirst ? [first, second] : [second, first];
    const f = col(forecast, () => 1);
    const a = { ...actual, head: real };
    const t = expectSampleScored(plan(withActuals(...(forecastFirst ? [f, a] : [a, f]))), 7);
    expect(messages(t, "HEADER_IGNORED")).toEqual([
      [
        "info",
        `以下列未参与评分：${forecastFirst ? "E" : "F"}列“${forecast}”（预计数，不是实际完成值，已按实际完成值列读取）`,
      ],
    ]);
  });

  test("1-6月 | 1-12月 | 全年预计: the whole year's completed values are read", () => {
    const p = plan(
      withActuals(
        col("1-6月实际完成值", () => 1),
        { ...actual, head: "1-12月实际完成值" },
        col("全年预计完成值", () => 2),
      ),
    );
    const t = expectSampleScored(p, 8);
    expect(messages(t, "HEADER_IGNORED")).toEqual([
      [
        "info",
        "以下列未参与评分：E列“1-6月实际完成值”（年内部分期间的数值，已按全年的列读取）、" +
          "G列“全年预计完成值”（预计数，不是实际完成值，已按实际完成值列读取）",
      ],
    ]);
  });
});
