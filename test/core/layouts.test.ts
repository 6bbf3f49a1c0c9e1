// Families of layouts (spec §1 amendment 4): the same six indicators printed as counties print them must score the
// same. Column order, one- or two-row headers, block labels, subtotals, weights from block points, funding variants.
import fc from "fast-check";
import { builtInProfile, scoreWorkbook, type Plan, type TableReport } from "../../src/core";
import type { SheetGrid } from "../../src/core/grid";
import {
  layoutGrid,
  NATIONAL,
  perLevelWeights,
  SAMPLE,
  SAMPLE_FIGURES,
  TWO_ROW_SPLIT,
  type LayoutColumn,
  type LayoutOptions,
  type SampleRow,
} from "../helpers/layoutGrid";

const profile = builtInProfile("central-2020")!;
const plan = (sheet: SheetGrid, mode: "score" | "audit" | "check" = "score"): Plan =>
  scoreWorkbook({ name: "t", sheets: [sheet] }, { mode, profile, fileName: "t.xlsx" });
const only = (p: Plan): TableReport => {
  expect(p.report.tables).toHaveLength(1);
  return p.report.tables[0];
};
const col = (
  head: string,
  cell: (r: SampleRow) => string | number | null,
  extra: Partial<LayoutColumn> = {},
): LayoutColumn => ({ head, cell, ...extra });
const byHead = (cols: LayoutColumn[], head: string) => cols.find((c) => c.head === head)!;

function expectFigures(t: TableReport, funding = true): void {
  expect(t.mode).toBe("score");
  expect(t.indicators.map((i) => i.level3)).toEqual([
    "培训次数",
    "覆盖人数",
    "验收合格率",
    "人均培训成本",
    "政策知晓率",
    "参训人员满意度",
  ]);
  expect(t.indicators.map((i) => i.level1)).toEqual([
    "产出指标",
    "产出指标",
    "产出指标",
    "产出指标",
    "效益指标",
    "满意度指标",
  ]);
  expect(t.indicators.map((i) => i.level2)).toEqual([
    "数量指标",
    "数量指标",
    "质量指标",
    "成本指标",
    "社会效益指标",
    "服务对象满意度指标",
  ]);
  expect(t.indicators.map((i) => i.score)).toEqual(SAMPLE_FIGURES.scores);
  if (funding) expect(t.funding).toEqual(SAMPLE_FIGURES.funding);
  expect(t.total).toBe(SAMPLE_FIGURES.total);
  expect(t.grade).toBe("优");
}

test("the national template scores the sample's figures", () => {
  const t = only(plan(layoutGrid(NATIONAL)));
  expectFigures(t);
  expect(t.findings.map((f) => f.code)).not.toContain("HEADER_IGNORED");
});

const SPLIT_ONE_ROW: LayoutColumn[] = [
  ...NATIONAL.slice(0, 3),
  col("指标性质", (r) => r.cmp),
  col("指标值", (r) => r.value),
  col("度量单位", (r) => r.unit),
  col("实际完成值", (r) => r.actual),
  ...NATIONAL.slice(5),
];

const SYMBOL_VALUE_UNIT: LayoutColumn[] = [
  ...NATIONAL.slice(0, 3),
  col("年度指标值", (r) => r.cmp, { sub: "符号" }),
  col("年度指标值", (r) => r.value, { sub: "值" }),
  col("年度指标值", (r) => r.unit, { sub: "单位" }),
  col("实际完成值", (r) => (typeof r.actual === "number" ? r.actual : r.actual), { sub: "值" }),
  col("实际完成值", (r) => r.unit, { sub: "单位" }),
  ...NATIONAL.slice(5),
];

const WEIGHT_FIRST: LayoutColumn[] = [
  ...NATIONAL.slice(0, 3),
  byHead(NATIONAL, "分值"),
  byHead(NATIONAL, "年度指标值"),
  col("全年实际值", (r) => `${r.actual}${r.unit}`),
  byHead(NATIONAL, "偏差原因分析及改进措施"),
  byHead(NATIONAL, "得分"),
];

const HUBEI: LayoutColumn[] = [
  col("一级指标", (r) => `${r.level1}（${r.points}分）`, { level: true }),
  ...NATIONAL.slice(1, 3),
  col("年初目标值(A)", (r) => `${r.cmp}${r.value}${r.unit}`),
  col("实际完成值(B)", (r) => `${r.actual}${r.unit}`),
  col("得分", () => null),
  col("偏差原因分析及改进措施", () => null),
];

const families: [string, LayoutColumn[], LayoutOptions][] = [
  ["split into 指标性质 | 指标值 | 度量单位 on one header row", SPLIT_ONE_ROW, {}],
  ["a two-row header: 年度指标值 over 指标性质 | 指标值 | 度量单位", TWO_ROW_SPLIT, {}],
  ["a two-row header: 符号 | 值 | 单位 and 实际完成值 over 值 | 单位", SYMBOL_VALUE_UNIT, {}],
  [
    "分值 before 指标值, a merged 绩效指标 block label on the left, 全年实际值",
    WEIGHT_FIRST,
    { blockLabel: "绩效指标" },
  ],
  ["a block label with spaces inside (绩 效 指 标)", NATIONAL, { blockLabel: "绩 效 指 标" }],
  ["subtotal rows 一、产出指标 … 60 before each block", NATIONAL, { subtotals: true }],
  ["the Hubei funding block (预算数(A) | 执行数(B) | 执行率(B/A) | 得分(10分*执行率))", NATIONAL, { funding: "hubei" }],
  // the 年初 sub-column was read as the budget: 150/220 = 68.18% (6.82 for 7.5)
  ["a two-row funding header: 预算数 over 年初 | 全年 (全年 read)", NATIONAL, { funding: "two-row" }],
  ["a column offset and rows above", NATIONAL, { origin: { row: 5, col: 3 } }],
];

test.each(families)("%s: same figures", (_, cols, options) => {
  expectFigures(only(plan(layoutGrid(cols, options))));
});

test("header texts with line breaks, full-width brackets, spaces and annotations read the same", () => {
  const noisy = (s: string) => (s.length > 3 ? `${s.slice(0, 2)}\n${s.slice(2)}（分）` : s.split("").join(" "));
  expectFigures(only(plan(layoutGrid(NATIONAL, { headerText: noisy }))));
});

describe("weights only in block labels (Hubei-style: no 分值 column)", () => {
  test("the block points are divided equally, said once per block", () => {
    const t = only(plan(layoutGrid(HUBEI, { funding: "hubei" })));
    expectFigures(t);
    expect(t.indicators.map((i) => i.weight)).toEqual([15, 15, 15, 15, 20, 10]);
    const said = t.findings.filter((f) => f.code === "WEIGHTS_FROM_BLOCKS");
    expect(said.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["warning", null, "产出指标60分平均分配给4项指标，每项15分，请核对"],
      ["warning", null, "效益指标20分平均分配给1项指标，每项20分，请核对"],
      ["warning", null, "满意度指标10分平均分配给1项指标，每项10分，请核对"],
    ]);
  });

  test("a remainder goes to the last row of the block", () => {
    const cols = HUBEI.map((c) =>
      c.head === "一级指标"
        ? { ...c, cell: (r: SampleRow) => `${r.level1}（${r.level1 === "产出指标" ? 50 : r.points}分）` }
        : c,
    );
    const t = only(plan(layoutGrid(cols, { funding: "hubei" })));
    expect(t.indicators.slice(0, 4).map((i) => i.weight)).toEqual([12.5, 12.5, 12.5, 12.5]);
    const ten = HUBEI.map((c) =>
      c.head === "一级指标"
        ? { ...c, cell: (r: SampleRow) => `${r.level1}（${r.level1 === "产出指标" ? 10 : r.points}分）` }
        : c,
    );
    const t3 = only(plan(layoutGrid(ten, { funding: "hubei" })));
    expect(t3.indicators.slice(0, 4).map((i) => i.weight)).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(t3.findings.find((f) => f.code === "WEIGHTS_FROM_BLOCKS")!.message).toBe(
      "产出指标10分平均分配给4项指标，每项2.5分，请核对",
    );
  });

  test("uneven division: hundredths, the remainder on the last row", () => {
    const cols = HUBEI.map((c) =>
      c.head === "一级指标"
        ? { ...c, cell: (r: SampleRow) => `${r.level1}（${r.level1 === "产出指标" ? 50.01 : r.points}分）` }
        : c,
    );
    const t = only(plan(layoutGrid(cols, { funding: "hubei" })));
    expect(t.indicators.slice(0, 4).map((i) => i.weight)).toEqual([12.5, 12.5, 12.5, 12.51]);
    expect(t.findings.find((f) => f.code === "WEIGHTS_FROM_BLOCKS")!.message).toBe(
      "产出指标50.01分平均分配给4项指标，每项12.5分，末项12.51分，请核对",
    );
  });

  test("profile weights.fromBlockPoints off: the table stays check-only", () => {
    const off = { ...profile, weights: { fromBlockPoints: "off" as const } };
    const p = scoreWorkbook(
      { name: "t", sheets: [layoutGrid(HUBEI, { funding: "hubei" })] },
      { mode: "score", profile: off, fileName: "t" },
    );
    const t = only(p);
    expect(t.mode).toBe("check-only");
    expect(t.total).toBeNull();
    expect(p.writes.filter((w) => w.value !== undefined)).toEqual([]);
  });

  test("without block points the table stays check-only", () => {
    const t = only(
      plan(
        layoutGrid(
          HUBEI.map((c) => (c.head === "一级指标" ? { ...c, cell: (r: SampleRow) => r.level1 } : c)),
          { funding: "hubei" },
        ),
      ),
    );
    expect(t.mode).toBe("check-only");
    expect(t.findings.map((f) => f.code)).toContain("WEIGHT_MISSING");
  });
});

describe("block labels are not level columns", () => {
  test("a merged 绩效指标 label left of 二级指标 | 三级指标 does not become level-1", () => {
    const t = only(plan(layoutGrid(NATIONAL.slice(1), { blockLabel: "绩效指标" })));
    expect(t.indicators.map((i) => i.level1)).toEqual(["", "", "", "", "", ""]);
    expect(t.indicators.map((i) => i.level3)[0]).toBe("培训次数");
    expect(t.indicators.map((i) => i.score)).toEqual(SAMPLE_FIGURES.scores);
  });

  test("a repeated (unmerged) label text is a block label too", () => {
    const cols = [col("指标名称", () => "年度绩效指标（90分）"), ...NATIONAL.slice(1)];
    const t = only(plan(layoutGrid(cols)));
    expect(t.indicators.map((i) => i.level1)).toEqual(["", "", "", "", "", ""]);
    expect(t.indicators.map((i) => i.level2)[0]).toBe("数量指标");
  });

  test("an explicit 一级指标 column holding one text over every row keeps its role", () => {
    const cols = [col("一级指标", () => "产出指标", { level: true }), ...NATIONAL.slice(1)];
    const t = only(plan(layoutGrid(cols)));
    expect(t.indicators.every((i) => i.level1 === "产出指标")).toBe(true);
  });
});

// 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: the level-1 分值 column was taken as every row's weight (30 written into
// the 得分 of a 10-point row, WEIGHT_MISSING on the others) and the per-row column was ignored as a duplicate
describe("a 分值 column per level: the level-3 one weighs the rows, the others are their blocks' points", () => {
  test("分值 right of each level column: the sample's figures, no column ignored", () => {
    const t = only(plan(layoutGrid(perLevelWeights())));
    expectFigures(t);
    expect(t.indicators.map((i) => i.weight)).toEqual([15, 15, 15, 15, 20, 10]);
    expect(t.findings.map((f) => f.code)).not.toContain("HEADER_IGNORED");
    expect(t.findings.map((f) => f.code)).not.toContain("BLOCK_POINTS_DIFFER");
  });

  test("一级指标分值 | 二级指标分值 | 三级指标分值: the header names the level", () => {
    const cols = perLevelWeights({ named: true });
    expectFigures(only(plan(layoutGrid(cols))));
    // 一级指标分值 printed right of the names, before the per-row column: still the block's points
    const moved = [...NATIONAL.slice(0, 3), cols[1], ...NATIONAL.slice(3, 5), cols[5], ...NATIONAL.slice(6)];
    expectFigures(only(plan(layoutGrid(moved))));
  });

  test("a block's points that its rows' 分值 do not add up to are said on the points' cell; the rows' 分值 decide", () => {
    const t = only(plan(layoutGrid(perLevelWeights({ level1: (r) => (r.level1 === "产出指标" ? 70 : r.points) }))));
    expectFigures(t);
    expect(t.findings.filter((f) => f.code === "BLOCK_POINTS_DIFFER").map((f) => `${f.cell} ${f.message}`)).toEqual([
      "B9 “产出指标”注明70分，其下4项指标的分值合计60分；已按分值列计分，请核对",
    ]);
  });
});

test("subtotal rows are not indicators; their 得分 gets the block's sum", () => {
  const p = plan(layoutGrid(NATIONAL, { subtotals: true }));
  const t = only(p);
  expect(t.indicators).toHaveLength(6);
  const scoreCol = NATIONAL.findIndex((c) => c.head === "得分");
  const subtotalWrites = p.writes.filter(
    (w) => w.col === scoreCol && w.value !== undefined && [8, 13, 15].includes(w.row),
  );
  expect(subtotalWrites.map((w) => [w.address, w.value])).toEqual([
    ["G9", 55.64],
    ["G14", 20],
    ["G16", 9.44],
  ]);
  expect(t.findings.filter((f) => f.severity === "error")).toEqual([]);
});

// A row labelled 小计 in the 三级指标 column after each block was read as an indicator: TARGET_MISSING withheld the total
test("小计 rows after each block are subtotals too; their 得分 gets the block's sum", () => {
  const p = plan(layoutGrid(NATIONAL, { subtotals: "after" }));
  const t = only(p);
  expect(t.indicators).toHaveLength(6);
  expect(t.total).not.toBeNull();
  const scoreCol = NATIONAL.findIndex((c) => c.head === "得分");
  const subtotalWrites = p.writes.filter((w) => w.col === scoreCol && [12, 14, 16].includes(w.row));
  // the 小计 rows are 13, 15 and 17: the same block sums as the subtotal rows before each block
  expect(subtotalWrites.map((w) => [w.address, w.value])).toEqual([
    ["G13", 55.64],
    ["G15", 20],
    ["G17", 9.44],
  ]);
  expect(t.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("a subtotal whose 分值 is not its block's sum stays a row (its missing target is said)", () => {
  const sheet = layoutGrid(NATIONAL, { subtotals: true });
  sheet.values[8 - sheet.origin.row][5] = 59; // 一、产出指标 with 59 where the block sums to 60
  const t = only(plan(sheet));
  expect(t.indicators).toHaveLength(7);
  expect(t.findings.find((f) => f.cell === "D9")?.code).toBe("TARGET_MISSING");
});

describe("every header the reader did not place is reported", () => {
  test("an unknown header and a second column of the same role", () => {
    const cols = [...NATIONAL, col("备注", () => "—"), col("完成情况说明", () => "按计划完成")];
    const t = only(plan(layoutGrid(cols)));
    expectFigures(t);
    const f = t.findings.filter((x) => x.code === "HEADER_IGNORED");
    expect(f.map((x) => [x.severity, x.cell, x.message])).toEqual([
      [
        "info",
        null,
        "以下表头未能识别，这些列未参与评分：I列“备注”、J列“完成情况说明”（与其他列含义相同，已按另一列读取）",
      ],
    ]);
  });
});

test("an empty table (a header, no rows) is NO_INDICATORS, never 0.00 差", () => {
  const sheet = layoutGrid(NATIONAL);
  const header = 7;
  sheet.values = sheet.values.slice(0, header + 1);
  const p = plan(sheet);
  const t = only(p);
  expect(t).toMatchObject({ indicators: [], total: null, grade: null, funding: null });
  expect(t.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["NO_INDICATORS", "error", "C8"]]);
  expect(p.writes.filter((w) => w.value !== undefined)).toEqual([]);
});

// rt9 x58: a 合计 row printed right under the header (some counties print the total first) ended the table there:
// NO_INDICATORS "表头…下没有指标行" over six indicator rows, nothing scored or written.
describe("a total row printed above the indicators", () => {
  const header = 7;
  /** The national grid with its total row moved up under the header (after `blank` empty rows). */
  function totalFirst(blank = 0): SheetGrid {
    const sheet = layoutGrid(NATIONAL);
    const total = sheet.values.pop()!;
    const shift = 1 + blank;
    sheet.values.splice(header + 1, 0, ...Array.from({ length: blank }, () => []), total);
    sheet.merges = sheet.merges.map((m) => (m.r1 > header ? { ...m, r1: m.r1 + shift, r2: m.r2 + shift } : m));
    return sheet;
  }

  test.each([0, 1])("is the table's total row; the rows under it are read (%i blank rows above it)", (blank) => {
    const p = plan(totalFirst(blank));
    const t = only(p);
    expectFigures(t);
    expect(t.findings.map((f) => f.code)).not.toContain("NO_INDICATORS");
    const row = header + 2 + blank; // 1-based row of the total
    const written = (a: string) => p.writes.find((w) => w.address === a && w.value !== undefined)?.value;
    expect([written(`G${row}`), written(`H${row}`)]).toEqual([SAMPLE_FIGURES.total, "自评等级：优"]);
    expect(t.indicators.map((i) => i.row)).toEqual([1, 2, 3, 4, 5, 6].map((k) => row + k));
  });

  test("the header printed again after the third row (a page break) continues the table; without rows it is empty", () => {
    const sheet = totalFirst();
    const broken = Object.assign({}, sheet, { values: sheet.values.slice() });
    const at = header + 5;
    broken.values.splice(at, 0, sheet.values[header]);
    broken.merges = sheet.merges.map((m) =>
      m.r1 >= at ? { ...m, r1: m.r1 + 1, r2: m.r2 + 1 } : m.r2 >= at ? { ...m, r2: m.r2 + 1 } : m,
    );
    const t = only(plan(broken));
    expect([t.indicators.length, t.total, t.findings.map((f) => f.code)]).toEqual([
      6,
      SAMPLE_FIGURES.total,
      expect.arrayContaining(["HEADER_REPEATED"]),
    ]);
    sheet.values = sheet.values.slice(0, header + 2);
    sheet.merges = sheet.merges.filter((m) => m.r1 <= header + 1);
    const empty = only(plan(sheet));
    expect([empty.indicators.length, empty.total, empty.findings.map((f) => f.code)]).toEqual([
      0,
      null,
      ["NO_INDICATORS"],
    ]);
  });
});

describe("columns in any order, headers by rule (property)", () => {
  const VARIANTS: Record<string, string[]> = {
    年度指标值: ["年度指标值", "年初目标值(A)", "全年指标值", "预期目标值", "计划值", "年度目标"],
    实际完成值: ["实际完成值", "实际完成值(B)", "全年实际值", "实际完成情况", "完成数"],
    分值: ["分值", "分值（分）", "权重(%)", "指标分值", "满分值", "标准分"],
    得分: ["得分", "自评得分", "得分(20分*执行率)", "评分", "实际得分", "自评分"],
    偏差原因分析及改进措施: ["偏差原因分析及改进措施", "未完成原因", "偏差原因及改进措施", "原因分析", "改进措施"],
    三级指标: ["三级指标", "指标名称", "三级指标名称"],
  };
  const noise = fc.constantFrom(
    (s: string) => s,
    (s: string) => s.split("").join(" "),
    (s: string) => `${s.slice(0, 1)}\n${s.slice(1)}`,
    (s: string) => `${s}：`,
    (s: string) => s.replace(/\(/g, "（").replace(/\)/g, "）"),
  );
  test("any order of the value columns, any header variant, any noise: same figures", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(NATIONAL.slice(3), { minLength: 5, maxLength: 5 }),
        fc.record(Object.fromEntries(Object.entries(VARIANTS).map(([k, v]) => [k, fc.constantFrom(...v)]))),
        noise,
        (tail, pick, mess) => {
          const cols = [...NATIONAL.slice(0, 3), ...tail].map((c) => ({ ...c, head: pick[c.head] ?? c.head }));
          expectFigures(only(plan(layoutGrid(cols, { headerText: mess }))));
        },
      ),
      { seed: 20261204, numRuns: 150 },
    );
  });
});

/** The layout with each header printed twice side by side (or thrice) merged into one cell on its one header row, the
 *  text kept in the first cell only, as Excel keeps it. */
function spannedHeaders(cols: LayoutColumn[]): SheetGrid {
  const sheet = layoutGrid(cols);
  const r = sheet.values.findIndex((row) => row.includes(cols[0].head));
  const row = sheet.values[r];
  for (let c = 0; c < cols.length; c++) {
    let end = c;
    while (end + 1 < cols.length && cols[end + 1].head === cols[c].head) row[++end] = null;
    if (end > c) sheet.merges.push({ r1: r, c1: c, r2: r, c2: end });
    c = end;
  }
  return sheet;
}

// a one-row header merged across columns with no sub-header: the columns under it are read by their data. Before, only
// the first was read: the names read as 1…6, the level-2 column was lost (成本指标), 0.1 万人次 read as 0.1人次 (full
// marks, OVER_ACHIEVED), a comparator column left the target ≥ alone (TARGET_UNPARSEABLE)
const number = (r: SampleRow) => SAMPLE.indexOf(r) + 1;
const SPANNED: [string, LayoutColumn[]][] = [
  [
    "三级指标 over a number column and the names",
    [...NATIONAL.slice(0, 2), col("三级指标", number), ...NATIONAL.slice(2)],
  ],
  [
    "一级指标 over the level-1 and level-2 columns",
    [NATIONAL[0], { ...NATIONAL[1], head: "一级指标" }, ...NATIONAL.slice(2)],
  ],
  [
    "绩效指标 over the three level columns",
    [...NATIONAL.slice(0, 3).map((c) => ({ ...c, head: "绩效指标" })), ...NATIONAL.slice(3)],
  ],
  [
    "年度指标值 over the figure and its unit (0.1 | 万人次)",
    [
      ...NATIONAL.slice(0, 3),
      col("年度指标值", (r) => (r.unit === "人次" ? `${r.cmp}${r.value / 10000}` : `${r.cmp}${r.value}`)),
      col("年度指标值", (r) => (r.unit === "人次" ? "万人次" : r.unit)),
      ...NATIONAL.slice(4),
    ],
  ],
  [
    "年度指标值 over the comparator and the figure (≥ | 10次)",
    [
      ...NATIONAL.slice(0, 3),
      col("年度指标值", (r) => r.cmp),
      col("年度指标值", (r) => `${r.value}${r.unit}`),
      ...NATIONAL.slice(4),
    ],
  ],
];

test.each(SPANNED)("a one-row header merged across columns, %s: same figures", (_, cols) => {
  const t = only(plan(spannedHeaders(cols)));
  expectFigures(t);
  expect(t.findings.map((f) => f.code)).not.toEqual(expect.arrayContaining(["OVER_ACHIEVED"]));
});

test("the 评分说明 column this product adds in old Excel is not reported as unrecognised", () => {
  const t = only(plan(layoutGrid([...NATIONAL, col("评分说明", () => null)])));
  expect(t.findings.map((f) => f.code)).not.toContain("HEADER_IGNORED");
});

// An old header row left right above the real one (hidden) became a table of its own (NO_INDICATORS) and took the
// funding block: the real table was scored without it (86 良 for 95.5 优 in the red-team's file)
describe("a header row right above another is one header with it", () => {
  /** The national layout with an old header (one column more: 指标内容) in the blank row 7 above the header, row 8. */
  const withOldHeader = (hidden: number[], swap = false): SheetGrid => {
    const sheet = layoutGrid(NATIONAL);
    const old = ["一级指标", "二级指标", "三级指标", "指标内容", "年度指标值", "实际完成值", "分值", "得分"];
    sheet.values[6] = swap ? sheet.values[7] : old;
    if (swap) sheet.values[7] = old;
    return { ...sheet, hiddenRows: new Set(hidden) };
  };

  test.each([
    ["hidden above the header", [6], false],
    ["shown above the header", [], false],
    ["the right header shown, the old one hidden under it", [7], true],
  ] as [string, number[], boolean][])("%s: one table with its funding block", (_, hidden, swap) => {
    const t = only(plan(withOldHeader(hidden, swap)));
    expectFigures(t);
    expect(t.findings.map((f) => f.code)).not.toContain("NO_INDICATORS");
  });
});

test("two tables stacked on one sheet, the second with a funding block and no rows", () => {
  const first = layoutGrid(NATIONAL);
  const second = layoutGrid(NATIONAL);
  second.values = second.values.slice(0, 8); // title, funding block, header: no indicator rows
  const gap = first.values.length + 2;
  const sheet: SheetGrid = {
    ...first,
    values: [...first.values, [], [], ...second.values],
    merges: [
      ...first.merges,
      ...second.merges.filter((m) => m.r2 < 8).map((m) => ({ ...m, r1: m.r1 + gap, r2: m.r2 + gap })),
    ],
  };
  const p = plan(sheet);
  expect(p.report.tables).toHaveLength(2);
  expectFigures(p.report.tables[0]);
  expect(p.report.tables[1]).toMatchObject({ indicators: [], funding: null, total: null, grade: null });
  expect(p.report.tables[1].findings.map((f) => [f.code, f.cell])).toEqual([["NO_INDICATORS", `C${gap + 8}`]]);
  expect(p.writes.filter((w) => w.row >= gap && w.value !== undefined)).toEqual([]);
});

describe("the report says who and what (title block), the header row and each level-1 block's sums", () => {
  test("项目名称, 主管部门 and 实施单位 beside their labels; the year from the title", () => {
    const sheet = layoutGrid(NATIONAL, { origin: { row: 4, col: 0 } });
    sheet.origin = { row: 0, col: 0 };
    sheet.values = [
      ["项目名称", null, "机构编制实名制升级改造项目", null, null],
      ["主管部门", "省委编办", null, "实施单位", "省委编办信息中心"],
      [],
      [],
      ...sheet.values,
    ];
    sheet.merges = [{ r1: 0, c1: 0, r2: 0, c2: 1 }, ...sheet.merges.map((m) => ({ ...m, r1: m.r1 + 4, r2: m.r2 + 4 }))];
    const t = only(plan(sheet));
    expect(t.info).toEqual({
      project: "机构编制实名制升级改造项目",
      department: "省委编办",
      unit: "省委编办信息中心",
      year: 2021,
    });
    expect(t.headerRow).toBe(12);
  });

  test("without a title block every field but the year is null", () => {
    expect(only(plan(layoutGrid(NATIONAL))).info).toEqual({ project: null, department: null, unit: null, year: 2021 });
  });

  test("blocks: weight and score per level-1 in sheet order, summed in hundredths", () => {
    expect(only(plan(layoutGrid(NATIONAL))).blocks).toEqual([
      { level1: "产出指标", weight: 60, score: 55.64, waiting: 0 },
      { level1: "效益指标", weight: 20, score: 20, waiting: 0 },
      { level1: "满意度指标", weight: 10, score: 9.44, waiting: 0 },
    ]);
  });

  test("a block with a row waiting for a person counts it and sums the rest", () => {
    const cols = NATIONAL.map((c) =>
      c.head === "实际完成值"
        ? { ...c, cell: (r: SampleRow) => (r.level3 === "政策知晓率" ? "已提交调查报告" : `${r.actual}${r.unit}`) }
        : c,
    );
    expect(only(plan(layoutGrid(cols))).blocks.map((b) => [b.score, b.waiting])).toEqual([
      [55.64, 0],
      [0, 1],
      [9.44, 0],
    ]);
  });
});

test("each indicator carries its reason cell's text (null when empty or when the table has no reason column)", () => {
  const cols = NATIONAL.map((c) =>
    c.head === "偏差原因分析及改进措施"
      ? { ...c, cell: (r: SampleRow) => (r.level3 === "培训次数" ? "  受疫情影响，两期培训改为线上 " : null) }
      : c,
  );
  const t = only(plan(layoutGrid(cols)));
  expect(t.indicators.map((i) => i.reason)).toEqual(["受疫情影响，两期培训改为线上", null, null, null, null, null]);
  expect(t.indicators[0].findings).not.toContain("NOT_MET_NO_REASON");
  const noColumn = only(plan(layoutGrid(NATIONAL.filter((c) => c.head !== "偏差原因分析及改进措施"))));
  expect(noColumn.indicators.every((i) => i.reason === null)).toBe(true);
});

// Headers that say whose or which year's figures a column holds (amendment 4, by rule): a reviewer's 得分 beside the
// unit's own had the scores written over it; last year's figures, on the left, were scored; a target said adjusted
// was ignored unless headed exactly 调整指标值.
describe("whose and which year's column", () => {
  const [, , , target, actual, weight, score, reason] = NATIONAL;
  const levels = NATIONAL.slice(0, 3);
  /** The columns written on the indicator rows. */
  const writtenCols = (p: Plan) => {
    const rows = new Set(only(p).indicators.map((i) => i.row - 1));
    return [...new Set(p.writes.filter((w) => w.value !== undefined && rows.has(w.row)).map((w) => w.col))];
  };

  test.each([
    ["主管部门复核得分", "单位自评得分"],
    ["得分（复核）", "得分（自评）"],
    ["财政评审得分", "得分"],
  ])("a reviewer's score column %s is left alone; %s gets the scores", (theirs, ours) => {
    const cols = [...levels, target, actual, weight, col(theirs, () => 9), col(ours, () => null), reason];
    const p = plan(layoutGrid(cols));
    expectFigures(only(p));
    expect(writtenCols(p)).toEqual([7]);
    // it was said to be a header not recognised
    expect(only(p).findings.find((f) => f.code === "HEADER_IGNORED")?.message).toBe(
      `以下列未参与评分：G列“${theirs}”（复核、审核等他方的得分，不读取也不改写）`,
    );
  });

  test("in a two-row header, 得分 under 主管部门复核 is the reviewer's: 得分 under 单位自评 gets the scores", () => {
    const theirs = col("主管部门复核", () => 9, { sub: "得分" });
    const ours = col("单位自评", () => null, { sub: "得分" });
    const p = plan(layoutGrid([...levels, target, actual, weight, theirs, ours, reason]));
    expectFigures(only(p));
    expect(writtenCols(p)).toEqual([7]);
  });

  test.each([
    ["上年实际值", "本年实际值"],
    ["实际完成值（上年）", "实际完成值（本年）"],
    ["2020年完成值", "2021年完成值"],
  ])("this year's completed values are read, not last year's: %s | %s", (last, now) => {
    const cols = [...levels, target, col(last, () => 1), { head: now, cell: actual.cell }, weight, score, reason];
    expectFigures(only(plan(layoutGrid(cols))));
  });

  // A part of the year beside the whole year (rt9 x33c: 1-6月 | 1-12月 wrote 78.97 中 from the half-year figures)
  test.each([
    ["1-6月实际完成值", "1-12月实际完成值", true],
    ["上半年完成情况", "全年完成情况", true],
    ["截至6月底完成值", "年度完成值", true],
    ["全年完成情况", "实际完成值（1-6月）", false],
  ])("the whole year's completed values are read, not a part's: %s | %s", (first, second, partFirst) => {
    const [part, whole] = partFirst ? [first, second] : [second, first];
    const partCol = col(part, () => 1);
    const wholeCol = { head: whole, cell: actual.cell };
    const cols = [...levels, target, ...(partFirst ? [partCol, wholeCol] : [wholeCol, partCol]), weight, score, reason];
    const t = only(plan(layoutGrid(cols)));
    expectFigures(t);
    const letter = partFirst ? "E" : "F";
    expect(t.findings.filter((f) => f.code === "HEADER_IGNORED").map((f) => [f.severity, f.message])).toEqual([
      ["info", `以下列未参与评分：${letter}列“${part}”（年内部分期间的数值，已按全年的列读取）`],
    ]);
  });

  test.each([
    ["1-6月实际完成值", "7-12月实际完成值"],
    ["上半年完成值", "实际完成值"],
  ])("completed values none of which is the whole year's are not guessed: %s | %s", (a, b) => {
    const cols = [...levels, target, col(a, () => 1), { head: b, cell: actual.cell }, weight, score, reason];
    const p = plan(layoutGrid(cols));
    const t = only(p);
    expect([t.total, t.grade, t.indicators.some((i) => i.score !== null)]).toEqual([null, null, false]);
    expect(t.findings.filter((f) => f.code === "ACTUAL_MISSING").map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        `本表有2列实际完成值（E列“${a}”、F列“${b}”），都未注明是全年的，无法确定按哪一列评分，` +
          "请在全年数的表头注明“全年”或“1-12月”；只审核指标设置，不计算得分和总分",
      ],
    ]);
    expect(p.writes.filter((w) => w.value !== undefined)).toEqual([]);
  });

  test.each([
    ["年度指标值（调整前）", "年度指标值（调整后）"],
    ["年初目标值", "调整后目标值"],
    ["上年指标值", "本年指标值"],
  ])("the adjusted or this year's target is read: %s | %s", (before, after) => {
    const cols = [
      ...levels,
      col(before, () => "≥100000次"),
      { head: after, cell: target.cell },
      actual,
      weight,
      score,
      reason,
    ];
    expectFigures(only(plan(layoutGrid(cols))));
  });
});

// A 指标方向 column against the comparator written in the target (小于等于 beside ≥10次, 反向 beside ≥10次) was resolved
// by the target without a word: one of the two is a slip, and the reviewer is told which was read.
test.each(["小于等于", "反向"])(
  "a direction column %s against the target's ≥ is a warning; the target is read",
  (dir) => {
    const [l1, l2, l3, target, ...rest] = NATIONAL;
    const direction = col("指标方向", (r) => (r.level3 === "培训次数" ? dir : null));
    const t = only(plan(layoutGrid([l1, l2, l3, direction, target, ...rest])));
    expectFigures(t);
    expect(t.findings.filter((f) => f.code === "DIRECTION_SUSPECT").map((f) => f.message)).toEqual([
      `指标方向列为“${dir}”，年度指标值“≥10次”却设了下限，两者不一致，按年度指标值计分，请核实`,
    ]);
  },
);
