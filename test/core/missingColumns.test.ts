// A self-evaluation table whose 实际完成值 or 分值 column is missing or headed in words the rules do not read (spec §1
// amendment 4: a header that fits no role is ignored, never guessed): it is not scored, and it says so as an error
// naming the headers it did not read, with a next step that does not point at a cell it does not have. A 绩效目标表
// (no 得分 column, no 自评 title) stays a targets-only table without that error.
import { builtInProfile, messagesFor, nextSteps, nextStepsLine, scoreWorkbook, type Plan } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import type { TableReport } from "../../src/core/report";
import { layoutGrid, NATIONAL, SAMPLE, type LayoutColumn } from "../helpers/layoutGrid";

const profile = builtInProfile("central-2020")!;
const plan = (sheet: SheetGrid, mode: "score" | "audit" | "check" = "score", lang: "zh" | "en" = "zh"): Plan =>
  scoreWorkbook({ name: "t", sheets: [sheet] }, { mode, profile, fileName: "t.xlsx", lang });
const only = (p: Plan): TableReport => {
  expect(p.report.tables).toHaveLength(1);
  return p.report.tables[0];
};
/** The national columns with one header renamed (or the column dropped when `to` is null). */
const renamed = (from: string, to: string | null): LayoutColumn[] =>
  NATIONAL.flatMap((c) => (c.head !== from ? [c] : to === null ? [] : [{ ...c, head: to }]));
const errors = (t: TableReport) => t.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell]);
const valuesWritten = (p: Plan) => p.writes.filter((w) => w.value !== undefined);

describe("实际完成值 headed in words the rules do not read (执行情况)", () => {
  const sheet = () => layoutGrid(renamed("实际完成值", "执行情况"));

  test("a project table, not scored, one table-level error naming the column", () => {
    const p = plan(sheet());
    const t = only(p);
    expect([t.kind, t.mode, t.total, t.grade, t.funding]).toEqual(["project", "check-only", null, null, null]);
    expect(t.indicators.map((i) => i.status)).toEqual(Array(6).fill("check-only"));
    expect(errors(t)).toEqual([["ACTUAL_MISSING", null]]);
    expect(t.findings.find((f) => f.code === "ACTUAL_MISSING")!.message).toBe(
      "本表没有可识别的实际完成值列（表头应含“实际”“完成值”“完成数”或“完成情况”）；未识别的表头：E列“执行情况”；只审核指标设置，不计算得分和总分",
    );
    expect(valuesWritten(p)).toEqual([]);
  });

  test("the next step asks for the column, in both languages", () => {
    const t = only(plan(sheet()));
    expect(nextSteps(t)).toEqual([{ action: "fill-actual", severity: "error", cells: [] }]);
    expect(nextStepsLine(nextSteps(t), messagesFor("zh"))).toBe(
      "为本表写明实际完成值列（表头如“实际完成值”）；填好后重新评分",
    );
    expect(nextStepsLine(nextSteps(t), messagesFor("en"))).toBe(
      'Give the table a completed-value column (headed e.g. "实际完成值"); then score again',
    );
  });

  test("in English the message names the column too", () => {
    const f = only(plan(sheet(), "score", "en")).findings.find((x) => x.code === "ACTUAL_MISSING")!;
    expect(f.message).toBe(
      'The table has no recognisable completed-value column (its header should contain "实际", "完成值", "完成数" or "完成情况"); headers not recognised: column E "执行情况"; targets checked only, no scores or total',
    );
  });

  test("an audit run says so too; a check run (targets only) does not ask for completed values", () => {
    expect(errors(only(plan(sheet(), "audit")))).toEqual([["ACTUAL_MISSING", null]]);
    expect(errors(only(plan(sheet(), "check")))).toEqual([]);
  });

  test("renamed back, the same sheet scores (the control)", () => {
    const t = only(plan(layoutGrid(NATIONAL)));
    expect([t.mode, t.total, errors(t)]).toEqual(["score", 92.58, []]);
  });
});

test("no 实际完成值 column at all, a 得分 column: the error has no list of unread headers", () => {
  const t = only(plan(layoutGrid(renamed("实际完成值", null))));
  expect([t.kind, t.mode]).toEqual(["project", "check-only"]);
  expect(t.findings.find((f) => f.code === "ACTUAL_MISSING")!.message).toBe(
    "本表没有可识别的实际完成值列（表头应含“实际”“完成值”“完成数”或“完成情况”）；只审核指标设置，不计算得分和总分",
  );
});

test("a 自评 title alone (no 得分 column) marks a self-evaluation table too", () => {
  const t = only(plan(layoutGrid(renamed("得分", null).filter((c) => c.head !== "实际完成值"))));
  expect([t.kind, errors(t)]).toEqual(["project", [["ACTUAL_MISSING", null]]]);
});

test("a 绩效目标表 (no 得分 column, no 自评 title) stays targets-only, without ACTUAL_MISSING", () => {
  const sheet = layoutGrid(renamed("得分", null).filter((c) => c.head !== "实际完成值"));
  sheet.values[0] = ["2021年度项目绩效目标表"];
  const t = only(plan(sheet));
  expect([t.kind, t.mode, errors(t)]).toEqual(["targets-only", "check-only", []]);
});

describe("分值 headed in words the rules do not read (参考分)", () => {
  test("the table-level WEIGHT_MISSING names the column; the next step has no empty cell list", () => {
    const t = only(plan(layoutGrid(renamed("分值", "参考分"))));
    expect([t.mode, t.total, errors(t)]).toEqual(["check-only", null, [["WEIGHT_MISSING", null]]]);
    expect(t.findings.find((f) => f.code === "WEIGHT_MISSING")!.message).toBe(
      "本表没有分值（权重）列（表头应含“分值”“权重”或“满分”）；未识别的表头：F列“参考分”；不计算得分和总分，只核对完成情况：6项可比较的指标中3项已达到年度指标值",
    );
    expect(nextStepsLine(nextSteps(t), messagesFor("zh"))).toBe(
      "为本表写明分值列（表头如“分值”或“权重”）；填好后重新评分",
    );
  });

  test("with neither column, both errors, and no count of comparable rows there is none of", () => {
    const t = only(plan(layoutGrid(renamed("分值", "参考分").filter((c) => c.head !== "实际完成值"))));
    expect(errors(t)).toEqual([
      ["ACTUAL_MISSING", null],
      ["WEIGHT_MISSING", null],
    ]);
    expect(t.findings.find((f) => f.code === "WEIGHT_MISSING")!.message).toBe(
      "本表没有分值（权重）列（表头应含“分值”“权重”或“满分”）；未识别的表头：E列“参考分”；不计算得分和总分",
    );
  });
});

describe("no table found: the header that lacks only its 年度指标值 column is named", () => {
  const sheet = () => layoutGrid(renamed("年度指标值", "年度计划数"));

  test("the row, what a target header should be, and the header not read", () => {
    const p = plan(sheet());
    expect(p.report.tables).toEqual([]);
    expect(p.report.errors).toEqual([
      {
        code: "NO_TABLE_FOUND",
        message:
          "未找到绩效指标表：工作表“自评表”第8行像是指标表的表头，但没有可识别的年度指标值列（表头应以“目标值”“指标值”“目标”或“计划值”结尾）；未识别的表头：D列“年度计划数”",
      },
    ]);
    expect(plan(sheet(), "score", "en").report.errors[0].message).toBe(
      'No indicator table found: row 8 of sheet "自评表" looks like an indicator header but has no recognisable target column (its header should end in "目标值", "指标值", "目标" or "计划值"); headers not recognised: column D "年度计划数"',
    );
  });

  test("a header with one role read and the rest unread (预期值, 实际值, 参考分, 核定分, 备注) is named with them all", () => {
    const to = ["预期值", "实际值", "参考分", "核定分", "备注"];
    const cols = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].reduce(
      (c, from, i) => c.map((x) => (x.head === from ? { ...x, head: to[i] } : x)),
      NATIONAL,
    );
    expect(plan(layoutGrid(cols)).report.errors.map((e) => e.message)).toEqual([
      "未找到绩效指标表：工作表“自评表”第8行像是指标表的表头，但没有可识别的年度指标值列（表头应以“目标值”“指标值”“目标”或“计划值”结尾）；未识别的表头：D列“预期值”、F列“参考分”、G列“核定分”、H列“备注”",
    ]);
  });

  test("a sheet with no such header gets the general message", () => {
    const g = sheet();
    g.values = g.values.map((row) => row.map((v) => (typeof v === "string" && v.endsWith("指标") ? "项目" : v)));
    expect(plan(g).report.errors.map((e) => e.message)).toEqual([
      "未找到绩效指标表：需要有“三级指标”（或“绩效指标”）和“年度指标值”等表头",
    ]);
  });
});

describe("三级指标 headed in words the rules do not read (考核内容)", () => {
  test("the merged 二级指标 column names the rows; its merged cells are not duplicates of themselves", () => {
    const p = plan(layoutGrid(renamed("三级指标", "考核内容")));
    const t = only(p);
    expect(t.indicators.map((i) => i.level3)).toEqual(SAMPLE.map((r) => r.level2));
    expect(t.findings.map((f) => f.code)).not.toContain("DUPLICATE_INDICATOR");
    expect(t.findings.find((f) => f.code === "HEADER_IGNORED")!.message).toBe(
      "以下表头未能识别，这些列未参与评分：C列“考核内容”",
    );
    expect(t.total).toBe(92.58);
  });

  test("a name typed again in a cell of its own is still a duplicate", () => {
    const sheet = layoutGrid(renamed("三级指标", "考核内容"));
    sheet.merges = sheet.merges.filter((m) => m.c1 !== 1); // 数量指标 in B9 and again in B10, unmerged
    sheet.values[9][1] = "数量指标";
    const t = only(plan(sheet));
    expect(t.findings.filter((f) => f.code === "DUPLICATE_INDICATOR").map((f) => [f.cell, f.message])).toEqual([
      ["B10", "三级指标“数量指标”在本表第9行已出现，请合并或改名"],
    ]);
  });

  test("指标内容, 具体指标 and the like end or hold 指标 and are read as the 三级指标 column (指标内容 was not)", () => {
    for (const head of ["指标内容", "具体指标"]) {
      const t = only(plan(layoutGrid(renamed("三级指标", head))));
      expect(t.indicators.map((i) => i.level3)).toEqual(SAMPLE.map((r) => r.level3));
      expect(t.findings.map((f) => f.code)).not.toContain("HEADER_IGNORED");
      expect(t.total).toBe(92.58);
    }
  });
});

describe("得分 headed in words the rules do not read (核定分)", () => {
  const sheet = () => layoutGrid(renamed("得分", "核定分"));

  test("scored, but nothing to write the scores into: a warning says they are in the report only", () => {
    const p = plan(sheet());
    const t = only(p);
    expect([t.mode, t.total, t.grade]).toEqual(["score", 92.58, "优"]);
    expect(valuesWritten(p).map((w) => w.kind)).toEqual(["funding-rate", "funding-score"]);
    const f = t.findings.filter((x) => x.code === "SCORE_COLUMN_MISSING");
    expect(f.map((x) => [x.severity, x.cell, x.message])).toEqual([
      [
        "warning",
        null,
        "本表没有可识别的得分列（表头应含“得分”）；未识别的表头：G列“核定分”；各项得分和总分已算出，只列在报告中，未写入工作簿",
      ],
    ]);
    expect(nextStepsLine(nextSteps(t), messagesFor("zh"))).toBe(
      "为本表写明得分列（表头如“得分”），以便写入各项得分和总分；在H9、H12、H14填写偏差原因；填好后重新评分",
    );
  });

  test("an audit or check run does not say it; a table with its 得分 column does not either", () => {
    expect(only(plan(sheet(), "audit")).findings.map((f) => f.code)).not.toContain("SCORE_COLUMN_MISSING");
    expect(only(plan(sheet(), "check")).findings.map((f) => f.code)).not.toContain("SCORE_COLUMN_MISSING");
    expect(only(plan(layoutGrid(NATIONAL))).findings.map((f) => f.code)).not.toContain("SCORE_COLUMN_MISSING");
  });
});

describe("no total row: the total has nowhere to go", () => {
  /** The national layout with its 总分 row emptied (the table ends at its last indicator); `gradeLabel` puts 自评等级
   *  at the right of the funding block's header row, where some templates print it. */
  const sheet = (gradeLabel = false) => {
    const g = layoutGrid(NATIONAL);
    g.values[g.values.length - 1] = [];
    if (gradeLabel) {
      const funding = g.values.findIndex((row) => row.includes("年初预算数"));
      g.values[funding][9] = "自评等级";
    }
    return g;
  };

  test("scored, the scores written, one warning that the total and grade are in the report only", () => {
    const p = plan(sheet());
    const t = only(p);
    expect([t.total, t.grade]).toEqual([92.58, "优"]);
    expect(valuesWritten(p).filter((w) => w.kind === "score")).toHaveLength(6);
    expect(valuesWritten(p).filter((w) => w.kind === "total" || w.kind === "grade")).toEqual([]);
    expect(
      t.findings.filter((x) => x.code === "TOTAL_NOT_WRITTEN").map((x) => [x.severity, x.cell, x.message]),
    ).toEqual([
      [
        "warning",
        null,
        "本表没有总分行（指标下方首列写“总分”或“合计”的行），总分92.58分和等级“优”只列在报告中，未写入工作簿",
      ],
    ]);
    expect(nextStepsLine(nextSteps(t), messagesFor("zh"))).toBe(
      "在本表指标下方加一行，首列写“总分”，以便写入总分；在H9、H12、H14填写偏差原因；填好后重新评分",
    );
    expect(only(plan(sheet(), "score", "en")).findings.find((x) => x.code === "TOTAL_NOT_WRITTEN")!.message).toBe(
      'The table has no total row (a row under the indicators starting with 总分 or 合计): the total 92.58 and the grade "优" are in the report only, not written into the workbook',
    );
  });

  test("a 自评等级 label takes the grade; the warning then names the total only", () => {
    const p = plan(sheet(true));
    const t = only(p);
    expect(
      valuesWritten(p)
        .filter((w) => w.kind === "grade")
        .map((w) => w.value),
    ).toEqual(["优"]);
    expect(t.findings.find((x) => x.code === "TOTAL_NOT_WRITTEN")!.message).toBe(
      "本表没有总分行（指标下方首列写“总分”或“合计”的行），总分92.58分只列在报告中，未写入工作簿",
    );
  });

  test("not in an audit or check run, nor with a total row or without a 得分 column (SCORE_COLUMN_MISSING says that)", () => {
    const codes = (p: Plan) => only(p).findings.map((f) => f.code);
    expect(codes(plan(sheet(), "audit"))).not.toContain("TOTAL_NOT_WRITTEN");
    expect(codes(plan(sheet(), "check"))).not.toContain("TOTAL_NOT_WRITTEN");
    expect(codes(plan(layoutGrid(NATIONAL)))).not.toContain("TOTAL_NOT_WRITTEN");
    expect(codes(plan(layoutGrid(renamed("得分", "核定分"))))).not.toContain("TOTAL_NOT_WRITTEN");
  });
});

describe("no total row, labels above the table: 自评得分 | ▢ | 自评等级 | ▢", () => {
  /** The national layout without its 总分 row, an info row (row 3) above the funding block: 项目名称 in A3, each label
   *  of `labels` in its column (E3 and G3 by default) and the `cells` right of them as given. */
  const sheet = (
    labels: Record<number, string> = { 4: "自评得分", 6: "自评等级" },
    cells: Record<number, CellValue> = {},
  ) => {
    const g = layoutGrid(NATIONAL);
    g.values[g.values.length - 1] = [];
    const row: CellValue[] = ["项目名称", "职业技能培训", null, null, null, null, null, null];
    for (const [c, v] of Object.entries(labels)) row[Number(c)] = v;
    for (const [c, v] of Object.entries(cells)) row[Number(c)] = v;
    g.values[2] = row;
    return g;
  };
  const totalAndGrade = (p: Plan) =>
    valuesWritten(p)
      .filter((w) => w.kind === "total" || w.kind === "grade")
      .map((w) => [w.address, w.kind, w.value, w.numFmt ?? null]);
  const said = (p: Plan, code: string) =>
    only(p)
      .findings.filter((f) => f.code === code)
      .map((f) => [f.cell, f.message]);

  // the labelled cells were left empty: TOTAL_NOT_WRITTEN said 本表没有总分行…只列在报告中
  test("the total and the grade go into the empty cells right of the labels, and the warning says where", () => {
    const p = plan(sheet());
    expect(totalAndGrade(p)).toEqual([
      ["F3", "total", 92.58, "0.00"],
      ["H3", "grade", "优", null],
    ]);
    expect(said(p, "TOTAL_NOT_WRITTEN")).toEqual([
      [
        "F3",
        "本表没有总分行（指标下方首列写“总分”或“合计”的行），总分92.58分写在“自评得分”右侧的F3；等级“优”写在“自评等级”右侧的H3",
      ],
    ]);
    // no row to add: the next steps are the reasons only
    expect(nextStepsLine(nextSteps(only(p)), messagesFor("zh"))).toBe("在H9、H12、H14填写偏差原因；填好后重新评分");
    // with its total row, a table writes there as before: the labels above are not used
    const g = sheet();
    g.values[g.values.length - 1] = layoutGrid(NATIONAL).values[g.values.length - 1];
    expect(totalAndGrade(plan(g)).filter((w) => w[0] === "F3" || w[0] === "H3")).toEqual([]);
    expect(said(plan(g), "TOTAL_NOT_WRITTEN")).toEqual([]);
    expect(said(plan(sheet(), "score", "en"), "TOTAL_NOT_WRITTEN")[0][1]).toBe(
      'The table has no total row (a row under the indicators starting with 总分 or 合计): the total 92.58 is in F3, right of "自评得分"; the grade "优" is in H3, right of "自评等级"',
    );
  });

  test.each([
    ["总得分", "评价等级"],
    ["自评总分：", "等级"],
    ["综合评分", "绩效等级"],
    ["总分（100分）", "自评等级"],
  ])("labelled by rule: %s and %s", (total, grade) => {
    expect(totalAndGrade(plan(sheet({ 4: total, 6: grade })))).toEqual([
      ["F3", "total", 92.58, "0.00"],
      ["H3", "grade", "优", null],
    ]);
  });

  test("filled cells are not overwritten: another total is compared (SCORE_DIFFERS), another grade is said", () => {
    const p = plan(sheet(undefined, { 5: 90, 7: "良" }));
    expect(totalAndGrade(p)).toEqual([]);
    expect(said(p, "SCORE_DIFFERS")).toEqual([["F3", "原总分90分，按规则应为92.58分"]]);
    expect(said(p, "TOTAL_NOT_WRITTEN")).toEqual([
      [
        "F3",
        "本表没有总分行（指标下方首列写“总分”或“合计”的行），“自评得分”右侧的F3已填“90”，未改写，总分92.58分只列在报告中；" +
          "“自评等级”右侧的H3已填“良”，未改写，等级“优”只列在报告中",
      ],
    ]);
  });

  test("cells already holding this total and grade (a scored copy scored again): said as before, nothing written", () => {
    const first = plan(sheet());
    const again = plan(sheet(undefined, { 5: 92.58, 7: "优" }));
    expect(totalAndGrade(again)).toEqual([]);
    expect(only(again).findings).toEqual(only(first).findings);
    expect(said(again, "TOTAL_NOT_WRITTEN")[0][1]).toContain("总分92.58分写在“自评得分”右侧的F3");
  });

  test("ambiguous or unusable labels take nothing: two total labels, a label whose cell is covered by a merge", () => {
    const twice = plan(sheet({ 2: "总分", 4: "自评得分", 6: "自评等级" }));
    expect(totalAndGrade(twice)).toEqual([["H3", "grade", "优", null]]);
    expect(said(twice, "TOTAL_NOT_WRITTEN")[0]).toEqual([
      null,
      "本表没有总分行（指标下方首列写“总分”或“合计”的行），总分92.58分只列在报告中，未写入工作簿；等级“优”写在“自评等级”右侧的H3",
    ]);
    const covered = sheet();
    covered.merges.push({ r1: 1, c1: 5, r2: 2, c2: 5 });
    expect(totalAndGrade(plan(covered))).toEqual([["H3", "grade", "优", null]]);
  });
});
