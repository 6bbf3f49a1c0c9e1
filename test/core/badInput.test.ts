// Bad input at the grid level: error values, formulas, dates, merged score cells, text weights, weight sums.
import { builtInProfile, scoreWorkbook, type TableReport, type WorkbookGrid } from "../../src/core";
import { seedGrid, type SeedCase } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const base = (): SeedCase => ({
  title: "2021年度项目支出绩效自评表",
  kind: "project",
  funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
  rows: Array.from({ length: 9 }, (_, i) => ({
    level1: "产出指标",
    level2: "数量指标",
    level3: `培训次数${i + 1}`,
    target: "≥10次",
    actual: "10次",
    weight: 10,
    reason: "",
  })),
});
const run = (g: WorkbookGrid, mode: "score" | "audit" = "score") =>
  scoreWorkbook(g, { mode, profile, fileName: "t.xlsx" });
const tableOf = (g: WorkbookGrid): TableReport => run(g).report.tables[0];
/** The values of the first finding of `code` in the first table (what its message says: messages.test.ts tests the words). */
const paramsOf = (g: WorkbookGrid, code: string, mode: "score" | "audit" = "score") =>
  run(g, mode).issues![0].find((i) => i.code === code)?.params;
const ROW = 10; // first indicator row (0-based), columns: D target 3, E actual 4, F weight 5, G score 6, H reason 7

test("the clean table scores 100", () => {
  expect(tableOf(seedGrid(base())).total).toBe(100);
});

// an error value pasted as text is not a target: the completed share no longer makes it 部分达成 (63) or 达成 (90)
test.each(["#VALUE!", "#DIV/0!", "######"])("%s written as text in a target: not scored, total withheld", (text) => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][3] = text;
  g.sheets[0].values[ROW][4] = "60%";
  const t = tableOf(g);
  expect(t.indicators[0]).toMatchObject({ status: "unreadable", score: null, findings: ["TARGET_UNPARSEABLE"] });
  expect(t.total).toBeNull();
});

test("#DIV/0! in a completed value: not scored, total withheld with the partial sum", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][4] = "#DIV/0!";
  g.sheets[0].errors = new Set([`${ROW},4`]);
  const t = tableOf(g);
  expect(t.indicators[0]).toMatchObject({ status: "unreadable", score: null, findings: ["ACTUAL_UNPARSEABLE"] });
  expect(paramsOf(g, "ACTUAL_UNPARSEABLE")).toEqual({
    text: "#DIV/0!",
    reason: { code: "ERROR_VALUE", value: "#DIV/0!" },
  });
  expect(t.total).toBeNull();
  expect(t.grade).toBeNull();
  const inc = t.findings.find((f) => f.code === "TOTAL_INCOMPLETE")!;
  expect(inc.cell).toBe("G20");
  expect(paramsOf(g, "TOTAL_INCOMPLETE")).toEqual({
    partial: 90,
    waiting: [{ row: 11, name: "培训次数1", weight: 10 }],
  });
  expect(run(g).writes.find((w) => w.address === "G20")!.value).toBeUndefined(); // no total written, only the mark
});

test("a formula target uses its cached value; one without a cached value is unreadable", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][3] = 10;
  g.sheets[0].formulas = [];
  g.sheets[0].formulas[ROW] = [];
  g.sheets[0].formulas[ROW][3] = "B1*2";
  g.sheets[0].formulas[ROW + 1] = [];
  g.sheets[0].formulas[ROW + 1][3] = "B2*2";
  g.sheets[0].values[ROW + 1][3] = null;
  const t = tableOf(g);
  expect(t.indicators[0].score).toBe(10);
  expect(t.indicators[1]).toMatchObject({ status: "unreadable", findings: ["TARGET_UNPARSEABLE"] });
  expect(paramsOf(g, "TARGET_UNPARSEABLE")).toEqual({ text: "=B2*2", reason: { code: "FORMULA_NO_RESULT" } });
});

/** The seed's first row as a 时效指标 row with a real date (an Excel serial under yyyy-mm-dd) in column `col`. */
function withDateCell(target: string, actual: string, col: number, serial: number) {
  const s = base();
  s.rows[0] = { ...s.rows[0], level2: "时效指标", level3: "完成时间", target, actual };
  const g = seedGrid(s);
  g.sheets[0].values[ROW][col] = serial;
  g.sheets[0].formats = [];
  g.sheets[0].formats[ROW] = [];
  g.sheets[0].formats[ROW][col] = "yyyy-mm-dd";
  return g;
}

test("a date cell as a deadline in a 时效指标 row: met when finished earlier", () => {
  const t = tableOf(withDateCell("", "2021年10月", 3, 44561)); // 2021-12-31
  expect(t.indicators[0]).toMatchObject({ score: 10, status: "scored" });
  // the report shows the date, not its serial (it showed 44561)
  expect(t.indicators[0].target).toBe("2021年12月31日");
});

test("a date cell as the completed value is shown as its date in the report", () => {
  const t = tableOf(withDateCell("2021年12月底前", "", 4, 44484)); // 2021-10-15
  expect(t.indicators[0]).toMatchObject({ actual: "2021年10月15日", score: 10, status: "scored" });
});

test("merged score cells across two indicators: flagged, not written, reported", () => {
  const g = seedGrid(base());
  g.sheets[0].merges.push({ r1: ROW, c1: 6, r2: ROW + 1, c2: 6 });
  const plan = run(g);
  const t = plan.report.tables[0];
  expect(t.findings.filter((f) => f.code === "MERGED_SCORE_CELL").map((f) => f.cell)).toEqual(["G11"]);
  expect(plan.writes.find((w) => w.address === "G11")).toMatchObject({ mark: { severity: "error" } });
  expect(plan.writes.find((w) => w.address === "G11")!.value).toBeUndefined();
  expect(plan.writes.some((w) => w.address === "G12")).toBe(false);
  expect(t.indicators[0].score).toBe(10); // still in the report
});

test.each<[number | null, boolean]>([
  [86, true],
  [null, true],
  [100, false],
])(
  "a total cell holding a formula (result %s) is left as it is; said when its result is not the total: %s",
  (cached, said) => {
    const g = seedGrid(base());
    const total = ROW + 9;
    g.sheets[0].values[total][6] = cached;
    g.sheets[0].formulas = [];
    g.sheets[0].formulas[total] = [];
    g.sheets[0].formulas[total][6] = "SUM(G11:G19)";
    const plan = run(g);
    expect(plan.writes.find((w) => w.address === "G20")?.value).toBeUndefined();
    const expected = { old: cached, text: "", computed: 100, kept: true, formula: true, total: true };
    const noResult = { text: "=SUM(G11:G19)", noResult: true };
    expect(paramsOf(g, "SCORE_DIFFERS")).toEqual(
      said ? Object.assign(expected, cached === null ? noResult : {}) : undefined,
    );
  },
);

// rt9 x50b/x61: score formulas saved without results (a generator, WPS) were kept with no finding, so the copy's rows
// (=F11 … giving full marks once calculated) and the total written beside them disagreed unseen.
test.each<"score" | "audit">(["score", "audit"])(
  "score cells holding formulas without a result are kept and said, like one with a result (%s)",
  (mode) => {
    const s = base();
    s.rows[1] = Object.assign({}, s.rows[1], { actual: "8次", reason: "推迟" });
    const g = seedGrid(s);
    g.sheets[0].formulas = [];
    for (const r of [ROW, ROW + 1]) {
      g.sheets[0].values[r][6] = null;
      g.sheets[0].formulas[r] = [];
      g.sheets[0].formulas[r][6] = `F${r + 1}`;
    }
    const plan = run(g, mode);
    const t = plan.report.tables[0];
    const said = t.findings.filter((f) => f.code === "SCORE_DIFFERS");
    expect(said.map((f) => [f.cell, f.severity, f.message])).toEqual([
      [
        "G11",
        "warning",
        "原得分的公式“=F11”没有计算结果（请在Excel中重新计算并保存），按规则应为10.00分（单元格为公式，未改动）",
      ],
      [
        "G12",
        "warning",
        "原得分的公式“=F12”没有计算结果（请在Excel中重新计算并保存），按规则应为8.00分（单元格为公式，未改动）",
      ],
    ]);
    expect(plan.writes.filter((w) => ["G11", "G12"].includes(w.address) && w.value !== undefined)).toEqual([]);
    expect(t.total).toBe(98);
  },
);

test("a template's unfilled rows (指标1：, 指标 2) are no indicators (they withheld the total as WEIGHT_MISSING)", () => {
  const s = base();
  s.rows.push(
    { level1: "", level2: "", level3: "指标1：", target: "", actual: "", weight: null, reason: "" },
    { level1: "", level2: "", level3: "指标 2", target: "", actual: "", weight: null, reason: "" },
  );
  s.rows.splice(8, 1);
  const t = tableOf(seedGrid(s));
  expect([t.indicators.length, t.total]).toEqual([8, 90]);
});

test("a template's numbered name with a target is read (and waits for its weight)", () => {
  const s = base();
  s.rows[8] = Object.assign({}, s.rows[8], { level3: "指标1：", weight: null });
  const t = tableOf(seedGrid(s));
  expect([t.indicators.length, t.indicators[8].status, t.total]).toEqual([9, "no-weight", null]);
});

describe("the grade cell", () => {
  const total = ROW + 9;
  const gradeWrite = (g: WorkbookGrid) =>
    run(g)
      .writes.filter((w) => w.value === "优" || w.value === "自评等级：优")
      .map((w) => `${w.address}=${w.value}`);

  test("with no label it is the blank cell right of the total, with the label written in", () => {
    expect(gradeWrite(seedGrid(base()))).toEqual(["H20=自评等级：优"]);
  });

  // a copy scored again wrote a second 自评等级：优 into the next blank cell (I20, a 备注 column's)
  test("a grade an earlier run wrote there is where the grade goes again, not the next blank cell", () => {
    const g = seedGrid(base());
    g.sheets[0].values[total][7] = "自评等级：良";
    expect(gradeWrite(g)).toEqual(["H20=自评等级：优"]);
  });

  test("a cell of the user's own beginning with the same words is not taken for the product's grade", () => {
    const g = seedGrid(base());
    g.sheets[0].values[total][7] = "自评等级：见附件说明";
    expect(gradeWrite(g)).toEqual([]); // never over it; the table has no other cell right of the total
    expect(tableOf(g).grade).toBe("优");
  });

  test("a 自评等级 row under the total row takes the grade right of its merged label (it went into H20)", () => {
    const g = seedGrid(base());
    g.sheets[0].values[total + 1] = ["自评等级"];
    g.sheets[0].merges.push({ r1: total + 1, c1: 0, r2: total + 1, c2: 5 });
    expect(gradeWrite(g)).toEqual(["G21=优"]);
  });

  // the cell right of a 自评等级 row under the table was written over whatever it held (项目实施效果良好… lost)
  test.each(["自评等级", "自评结论"])(
    "a %s row whose next cell holds the user's text: kept, the grade beside the total",
    (label) => {
      const g = seedGrid(base());
      g.sheets[0].values[total + 1] = [label, "项目实施效果良好，达到预期目标"];
      expect(gradeWrite(g)).toEqual(["H20=自评等级：优"]);
      expect(run(g).writes.filter((w) => w.row === total + 1 && w.value !== undefined)).toEqual([]);
    },
  );

  test.each([
    ["自评结论", null],
    ["绩效评价等次", "良"],
  ])("a %s row under the total, its next cell %p: the grade goes there", (label, held) => {
    const g = seedGrid(base());
    g.sheets[0].values[total + 1] = [label, held];
    expect(gradeWrite(g)).toEqual(["B21=优"]);
  });

  test("a label in the total row is not written again (it was 自评等级：优 beside 自评等级)", () => {
    const g = seedGrid(base());
    g.sheets[0].values[total][7] = "自评等级";
    expect(gradeWrite(g)).toEqual(["I20=优"]);
  });

  // 自评等级 heading a column: the grade was written right of the header cell, over 偏差原因分析及改进措施 (I10)
  test("a 自评等级 column in the header takes the grade in its total-row cell, never a header cell", () => {
    const g = seedGrid(base());
    const v = g.sheets[0].values;
    for (const row of v.slice(ROW - 1, total + 1)) row.splice(7, 0, null);
    v[ROW - 1][7] = "自评等级";
    expect(gradeWrite(g)).toEqual(["H20=优"]);
    expect(run(g).writes.filter((w) => w.row === ROW - 1)).toEqual([]);
    // the column is read for the grade: no header left unread
    expect(tableOf(g).findings.filter((f) => f.code === "HEADER_IGNORED")).toEqual([]);
  });

  test("a label under other text below the table is another table's, not this one's", () => {
    const g = seedGrid(base());
    g.sheets[0].values[total + 1] = ["填表人：张三"];
    g.sheets[0].values[total + 2] = ["自评等级"];
    expect(gradeWrite(g)).toEqual(["H20=自评等级：优"]);
  });
});

test("a target merged across the completed-value cell: the row has no completed value (it had full marks)", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][3] = "100%";
  g.sheets[0].values[ROW][4] = null;
  g.sheets[0].merges.push({ r1: ROW, c1: 3, r2: ROW, c2: 4 });
  const t = tableOf(g);
  expect([t.indicators[0].score, t.indicators[0].status, t.total]).toEqual([null, "unreadable", null]);
  expect(paramsOf(g, "ACTUAL_MISSING")).toEqual({ kind: "row", target: "100%" });
});

test("a target and a completed value each merged over two rows: both scored by them, the shared value said", () => {
  const g = seedGrid(base());
  g.sheets[0].merges.push({ r1: ROW, c1: 3, r2: ROW + 1, c2: 3 }, { r1: ROW, c1: 4, r2: ROW + 1, c2: 4 });
  expect(tableOf(g).indicators[1]).toMatchObject({ score: 10, status: "scored" });
  expect(paramsOf(g, "QUALITATIVE_REVIEW")).toEqual({
    kind: "shared-actual",
    range: "E11:E12",
    count: 2,
    actual: "10次",
  });
});

// An 已完成 merged down from a 按时完成 row over a ≤310元 row scored the second by words with only a blue note
test("a completed value merged down over the next indicator is said on its cell (a warning), each row scored by it", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW + 1][4] = null;
  g.sheets[0].merges.push({ r1: ROW, c1: 4, r2: ROW + 1, c2: 4 });
  const t = tableOf(g);
  expect(t.findings.filter((f) => f.code === "QUALITATIVE_REVIEW").map((f) => [f.severity, f.cell, f.message])).toEqual(
    [
      [
        "warning",
        "E11",
        "实际完成值单元格E11:E12跨行合并，2项指标共用“10次”，已按各行分别计分，请核对是否每项都如此，或拆分单元格分别填写",
      ],
    ],
  );
});

test("a weight cell merged over two indicators: both rows wait, the total is withheld (each row had read 20 of it)", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][5] = 20;
  g.sheets[0].values[ROW + 1][5] = null;
  g.sheets[0].merges.push({ r1: ROW, c1: 5, r2: ROW + 1, c2: 5 });
  const t = tableOf(g);
  expect(t.indicators.slice(0, 3).map((r) => [r.score, r.status])).toEqual([
    [null, "no-weight"],
    [null, "no-weight"],
    [10, "scored"],
  ]);
  expect(t.total).toBeNull();
  expect(paramsOf(g, "WEIGHT_MISSING")).toEqual({ kind: "row", text: "20", merged: "F11:F12" });
});

test.each<[string | number, string]>([
  [-5, "-5"],
  ["-5分", "-5分"],
])(
  "a weight below 0 (%s) is WEIGHT_MISSING, said as negative (it scored -5 and took 5 off the total)",
  (cell, text) => {
    const g = seedGrid(base());
    g.sheets[0].values[ROW][5] = cell;
    const t = tableOf(g);
    expect(t.indicators[0]).toMatchObject({ status: "no-weight", score: null, weight: null });
    expect(paramsOf(g, "WEIGHT_MISSING")).toEqual({ kind: "row", text, negative: true });
    expect(t.findings.find((f) => f.code === "WEIGHT_MISSING")!.message).toBe(`分值“${text}”为负数，本行不计分`);
    expect(t.total).toBeNull();
  },
);

test("—— in a weight: WEIGHT_MISSING, the row is not scored and the total waits for it (was 90 of 90)", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][5] = "——";
  const t = tableOf(g);
  expect(t.indicators[0]).toMatchObject({ status: "no-weight", score: null, weight: null });
  expect(t.findings.find((f) => f.code === "WEIGHT_MISSING")).toMatchObject({ cell: "F11" });
  expect(paramsOf(g, "WEIGHT_MISSING")).toEqual({ kind: "row", text: "——" });
  expect(paramsOf(g, "WEIGHTS_NOT_FULL")).toEqual({ sum: 90, full: 100 });
  expect(t.total).toBeNull();
  expect(t.grade).toBeNull();
  expect(paramsOf(g, "TOTAL_INCOMPLETE")).toMatchObject({ waiting: [{ row: 11, weight: null }] });
  expect(t.findings.find((f) => f.code === "TOTAL_INCOMPLETE")!.message).toMatch(/第11行“.+”（缺少分值）$/);
});

test("weights that are no numbers in every row: no total of 0.00 差, the total waits", () => {
  const g = seedGrid(base());
  for (const row of g.sheets[0].values.slice(ROW)) if (typeof row?.[5] === "number") row[5] = "待定";
  const t = tableOf(g);
  expect(t.indicators.every((i) => i.status === "no-weight")).toBe(true);
  expect(t.total).toBeNull();
  expect(t.grade).toBeNull();
});

test("weights that add up to 95: a WEIGHTS_NOT_FULL warning on the total cell", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][5] = 5;
  const t = tableOf(g);
  expect(t.findings.find((f) => f.code === "WEIGHTS_NOT_FULL")).toMatchObject({ severity: "warning", cell: "G20" });
  expect(t.total).toBe(95);
});

// weights adding up to 110 (the execution rate counted in the block and as a row) gave 105.00 and 优
test("a total above the full mark is written without a grade, and the warning says why", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][5] = 15;
  const p = run(g);
  const t = p.report.tables[0];
  expect([t.total, t.grade]).toEqual([105, null]);
  expect(t.findings.find((f) => f.code === "WEIGHTS_NOT_FULL")!.message).toBe(
    "分值合计105分（含预算执行率），不等于满分100分；总分105分超过满分，暂不评定等级，请核对分值",
  );
  expect(p.writes.filter((w) => w.kind === "grade")).toEqual([]);
  expect(p.writes.find((w) => w.kind === "total")!.value).toBe(105);
});

test("not-applicable rows are left out and the total rescaled", () => {
  const s = base();
  s.rows[0] = { ...s.rows[0], target: "/", actual: "不适用" };
  const t = tableOf(seedGrid(s));
  expect(t.indicators[0].status).toBe("not-applicable");
  expect(t.total).toBe(100);
  expect(paramsOf(seedGrid(s), "NOT_APPLICABLE_RESCALED")).toEqual({
    rows: 1,
    sum: 90,
    applicable: 90,
    full: 100,
    total: 100,
  });
});

// a mark on one side only (≥15篇 against 不适用, / against 5次) said the other cell was empty
test.each([
  [
    "≥15篇",
    "不适用",
    "ACTUAL_MISSING",
    "年度指标值为“≥15篇”，实际完成值却写“不适用”，不计分；本项确不适用时，请把年度指标值也标为“不适用”",
  ],
  ["/", "5次", "TARGET_MISSING", "年度指标值写“/”，实际完成值却有“5次”，本行（3分）不计分；请填写年度指标值"],
])("%s against %s: %s names the mark", (target, actual, code, message) => {
  const s = base();
  s.rows[0] = { ...s.rows[0], target, actual, weight: 3 };
  const t = tableOf(seedGrid(s));
  expect(t.indicators[0].status).toBe("unreadable");
  expect(t.findings.filter((f) => f.code === code).map((f) => f.message)).toEqual([message]);
});

test("a qualitative result that matches no band waits for a person", () => {
  const s = base();
  s.rows[0] = { ...s.rows[0], level2: "质量指标", level3: "档案规范性", target: "规范", actual: "正在整改中" };
  const t = tableOf(seedGrid(s));
  expect(t.indicators[0]).toMatchObject({ status: "qualitative", score: null, findings: ["QUALITATIVE_REVIEW"] });
  expect(t.total).toBeNull();
});

test("units from different families are not compared", () => {
  const s = base();
  s.rows[0] = { ...s.rows[0], target: "≥10次", actual: "10万元" };
  const t = tableOf(seedGrid(s));
  expect(t.indicators[0]).toMatchObject({ status: "unreadable", findings: ["UNIT_MISMATCH"] });
});

test("score mode replaces an existing score and keeps the old value in the message; audit keeps it", () => {
  const g = seedGrid(base());
  g.sheets[0].values[ROW][6] = 8;
  expect(paramsOf(g, "SCORE_DIFFERS")).toEqual({ old: 8, text: "", computed: 10, kept: false, formula: false });
  const audit = run(g, "audit");
  expect(paramsOf(g, "SCORE_DIFFERS", "audit")).toEqual({ old: 8, text: "", computed: 10, kept: true, formula: false });
  expect(audit.writes.every((w) => w.value === undefined)).toBe(true);
});

describe("amendment 4: what cannot be read is said on the cell that holds it", () => {
  test.each(["M.8万元", "到0次"])(
    "a target %j holding a figure that cannot be read: TARGET_UNPARSEABLE on the target cell",
    (target) => {
      const g = seedGrid(base());
      g.sheets[0].values[ROW][3] = target;
      g.sheets[0].values[ROW][4] = "0.8万元";
      const t = tableOf(g);
      expect(t.indicators[0]).toMatchObject({ status: "unreadable", score: null, findings: ["TARGET_UNPARSEABLE"] });
      const f = t.findings.find((x) => x.code === "TARGET_UNPARSEABLE")!;
      expect(f).toMatchObject({ severity: "error", cell: "D11" });
      expect(t.indicators[0].findings).toEqual(["TARGET_UNPARSEABLE"]);
      expect(paramsOf(g, "TARGET_UNPARSEABLE")).toEqual({ text: target, reason: { code: "FIGURE_IN_WORDS" } });
      expect(t.findings.some((x) => x.code === "QUALITATIVE_REVIEW")).toBe(false);
    },
  );

  test("a word target holding a figure is still decided by its words when they match", () => {
    const g = seedGrid(base());
    g.sheets[0].values[ROW][3] = "实现100%全覆盖";
    g.sheets[0].values[ROW][4] = "实现100%全覆盖";
    expect(tableOf(g).indicators[0]).toMatchObject({ status: "qualitative", score: 10, findings: [] });
  });

  test.each([
    ["完成", 0, 10],
    ["基本完成", 1, 7],
  ])("words only (%s) under a number target: SCORED_BY_WORDS says the band (%i)", (actual, band, score) => {
    const g = seedGrid(base());
    g.sheets[0].values[ROW][4] = actual;
    const t = tableOf(g);
    expect(t.indicators[0].score).toBe(score);
    expect(t.indicators[0].findings).toContain("SCORED_BY_WORDS");
    expect(t.findings.find((x) => x.code === "SCORED_BY_WORDS")).toMatchObject({ severity: "info", cell: "E11" });
    expect(paramsOf(g, "SCORED_BY_WORDS")).toEqual({ actual, band });
  });

  test("a figure in the completed value is not SCORED_BY_WORDS", () => {
    const g = seedGrid(base());
    g.sheets[0].values[ROW][4] = "8次";
    expect(tableOf(g).findings.some((x) => x.code === "SCORED_BY_WORDS")).toBe(false);
  });

  test("audit: an empty 得分 cell is not SCORE_DIFFERS; a wrong one is", () => {
    const g = seedGrid(base());
    g.sheets[0].values[ROW + 1][6] = 7;
    const t = run(g, "audit").report.tables[0];
    expect(t.findings.filter((x) => x.code === "SCORE_DIFFERS").map((x) => x.cell)).toEqual(["G12"]);
  });
});
