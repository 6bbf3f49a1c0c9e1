// One small table written in the layouts counties print (spec §1 amendment 4): columns in any order, one- or two-row
// headers, a block label, subtotal rows, weights only in block labels, two funding-block styles. Grids only (no .xlsx),
// so the core's reader is tested on families of layouts, not on one file.
import type { CellValue, MergedArea, SheetGrid } from "../../src/core/grid";

/** One indicator of the sample table. */
export interface SampleRow {
  level1: string;
  points: number;
  level2: string;
  level3: string;
  cmp: string;
  value: number;
  unit: string;
  actual: number | string;
  weight: number;
}

/** Six indicators, weights equal within each level-1 block (so block points divide back into them). */
export const SAMPLE: readonly SampleRow[] = [
  {
    level1: "产出指标",
    points: 60,
    level2: "数量指标",
    level3: "培训次数",
    cmp: "≥",
    value: 10,
    unit: "次",
    actual: 8,
    weight: 15,
  },
  {
    level1: "产出指标",
    points: 60,
    level2: "数量指标",
    level3: "覆盖人数",
    cmp: "≥",
    value: 1000,
    unit: "人次",
    actual: "1000多",
    weight: 15,
  },
  {
    level1: "产出指标",
    points: 60,
    level2: "质量指标",
    level3: "验收合格率",
    cmp: "≥",
    value: 95,
    unit: "%",
    actual: 97,
    weight: 15,
  },
  {
    level1: "产出指标",
    points: 60,
    level2: "成本指标",
    level3: "人均培训成本",
    cmp: "≤",
    value: 300,
    unit: "元",
    actual: 330,
    weight: 15,
  },
  {
    level1: "效益指标",
    points: 20,
    level2: "社会效益指标",
    level3: "政策知晓率",
    cmp: "≥",
    value: 90,
    unit: "%",
    actual: 92,
    weight: 20,
  },
  {
    level1: "满意度指标",
    points: 10,
    level2: "服务对象满意度指标",
    level3: "参训人员满意度",
    cmp: "≥",
    value: 90,
    unit: "%",
    actual: 85,
    weight: 10,
  },
];

/** What a correct scorer makes of SAMPLE in every layout (central-2020). */
export const SAMPLE_FIGURES = {
  scores: [12, 15, 15, 13.64, 20, 9.44],
  funding: { budget: 200, executed: 150, rate: 0.75, weight: 10, score: 7.5 },
  total: 92.58,
  grade: "优",
};

/** A column of a layout: its header (a parent over a sub-header in two-row headers) and its cell on each row. */
export interface LayoutColumn {
  head: string;
  /** Sub-header in the second header row; columns with the same `head` and a `sub` share one merged parent. */
  sub?: string;
  /** Level columns are merged down over runs of equal texts. */
  level?: boolean;
  cell: (r: SampleRow) => CellValue;
}

/** Layout options beside the columns. */
export interface LayoutOptions {
  /** `two-row`: 预算数 merged over 年初 | 全年 (年初 220, 全年 200: the rate reads 全年). */
  funding?: "national" | "hubei" | "two-row" | "none";
  /** A block-label column on the left: its header merged down over every indicator row. */
  blockLabel?: string;
  /** Subtotal rows (一、产出指标 … 60) before each level-1 block, or (`after`) rows labelled 小计 in the 三级指标 column
   *  after each block; needs a 分值 column. */
  subtotals?: boolean | "after";
  origin?: { row: number; col: number };
  /** Header texts after they are laid out (noise: spaces, line breaks, brackets). */
  headerText?: (text: string) => string;
  /** The national funding block's label (default 项目资金（万元）), merged down over the block. */
  fundingLabel?: string;
  /** A row printed right under the header, one value per column (栏次 | 甲 | 乙 | 1 | 2 …). */
  underHeader?: CellValue[];
}

const cmpText = (r: SampleRow) => `${r.cmp}${r.value}${r.unit}`;
const actualText = (r: SampleRow) => `${r.actual}${r.unit}`;

/** The national template's columns: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因. */
export const NATIONAL: LayoutColumn[] = [
  { head: "一级指标", level: true, cell: (r) => r.level1 },
  { head: "二级指标", level: true, cell: (r) => r.level2 },
  { head: "三级指标", cell: (r) => r.level3 },
  { head: "年度指标值", cell: cmpText },
  { head: "实际完成值", cell: actualText },
  { head: "分值", cell: (r) => r.weight },
  { head: "得分", cell: () => null },
  { head: "偏差原因分析及改进措施", cell: () => null },
];

/** A two-row header: 年度指标值 over 指标性质 | 指标值 | 度量单位, the other headers merged over both rows. */
export const TWO_ROW_SPLIT: LayoutColumn[] = [
  ...NATIONAL.slice(0, 3),
  { head: "年度指标值", sub: "指标性质", cell: (r) => r.cmp },
  { head: "年度指标值", sub: "指标值", cell: (r) => r.value },
  { head: "年度指标值", sub: "度量单位", cell: (r) => r.unit },
  { head: "实际完成值", cell: (r) => r.actual },
  ...NATIONAL.slice(5),
];

/** A block's points on its first row only (the level-1 column merges them, as it merges its names). */
function firstOfBlock(key: (r: SampleRow) => string, points: (r: SampleRow) => number): (r: SampleRow) => CellValue {
  const seen = new Set<string>();
  return (r) => (seen.has(key(r)) ? null : (seen.add(key(r)), points(r)));
}

const level2Points = (r: SampleRow) =>
  SAMPLE.filter((x) => x.level1 === r.level1 && x.level2 === r.level2).reduce((sum, x) => sum + x.weight, 0);

/** A 分值 column per level: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因, or
 *  (`named`) 一级指标分值 | 二级指标分值 | 三级指标分值; the level-1 points (`level1`, the sample's by default) merged per
 *  block, the level-2 points on each block's first row. Made afresh per layout (the level-2 cells keep state). */
export function perLevelWeights(o: { level1?: (r: SampleRow) => number; named?: boolean } = {}): LayoutColumn[] {
  const { level1 = (r: SampleRow) => r.points, named = false } = o;
  return [
    NATIONAL[0],
    { head: named ? "一级指标分值" : "分值", level: true, cell: level1 },
    NATIONAL[1],
    { head: named ? "二级指标分值" : "分值", cell: firstOfBlock((r) => r.level1 + r.level2, level2Points) },
    NATIONAL[2],
    { head: named ? "三级指标分值" : "分值", cell: (r) => r.weight },
    ...NATIONAL.slice(3, 5),
    ...NATIONAL.slice(6),
  ];
}

class GridBuilder {
  readonly values: CellValue[][] = [];
  readonly merges: MergedArea[] = [];
  constructor(private readonly origin: { row: number; col: number }) {}

  set(row: number, col: number, v: CellValue): void {
    const r = (this.values[row] ??= []);
    r[col] = v;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r2 > r1 || c2 > c1)
      this.merges.push({
        r1: r1 + this.origin.row,
        c1: c1 + this.origin.col,
        r2: r2 + this.origin.row,
        c2: c2 + this.origin.col,
      });
  }

  sheet(name: string): SheetGrid {
    const values = Array.from({ length: this.values.length }, (_, i) =>
      Array.from({ length: this.values[i]?.length ?? 0 }, (_, j) => this.values[i]?.[j] ?? null),
    );
    return { name, values, merges: this.merges, origin: this.origin };
  }
}

/** A two-row funding header: 预算数 over 年初 | 全年, the other headers merged down over both rows. */
function twoRowFunding(g: GridBuilder): number {
  ["项目资金（万元）", null, "预算数", null, "执行数", "分值", "执行率", "得分"].forEach((v, c) => g.set(3, c, v));
  [null, null, "年初", "全年"].forEach((v, c) => g.set(4, c, v));
  [null, "年度资金总额", 220, 200, 150, 10, null, null].forEach((v, c) => g.set(5, c, v));
  [null, "其中：财政拨款", 220, 200, 150, null, null, null].forEach((v, c) => g.set(6, c, v));
  g.merge(3, 0, 4, 1);
  g.merge(3, 2, 3, 3);
  for (let c = 4; c < 8; c++) g.merge(3, c, 4, c);
  return 8;
}

/** Writes the funding block at row 3; returns the row the indicator header starts at. */
function writeFunding(g: GridBuilder, style: "national" | "hubei" | "two-row", label = "项目资金（万元）"): number {
  if (style === "two-row") return twoRowFunding(g);
  if (style === "national") {
    [label, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((v, c) => g.set(3, c, v));
    [null, "年度资金总额", 200, 200, 150, 10, null, null].forEach((v, c) => g.set(4, c, v));
    [null, "其中：财政拨款", 200, 200, 150, null, null, null].forEach((v, c) => g.set(5, c, v));
    g.merge(3, 0, 5, 0);
    return 7;
  }
  ["预算执行情况（10分）", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(10分*执行率)"].forEach((v, c) =>
    g.set(3, c, v),
  );
  [null, 200, 150, null, null].forEach((v, c) => g.set(4, c, v));
  g.merge(3, 0, 4, 0);
  return 6;
}

function writeHeader(g: GridBuilder, cols: LayoutColumn[], top: number, text: (s: string) => string): number {
  const twoRows = cols.some((c) => c.sub);
  for (let c = 0; c < cols.length; c++) {
    const col = cols[c];
    if (!col.sub) {
      g.set(top, c, text(col.head));
      if (twoRows) g.merge(top, c, top + 1, c);
      continue;
    }
    g.set(top + 1, c, text(col.sub));
    if (c > 0 && cols[c - 1].sub && cols[c - 1].head === col.head) continue;
    let end = c;
    while (end + 1 < cols.length && cols[end + 1].sub && cols[end + 1].head === col.head) end++;
    g.set(top, c, text(col.head));
    g.merge(top, c, top, end);
  }
  return twoRows ? top + 2 : top + 1;
}

/** The rows of the table body: subtotal rows first in each block when asked; level columns merged down. */
function writeBody(g: GridBuilder, cols: LayoutColumn[], first: number, subtotals: boolean | "after"): number {
  let r = first;
  const runs = new Map<number, { start: number; text: CellValue }>();
  const closeRuns = (until: number) => {
    for (const [c, run] of runs) g.merge(run.start, c, until, c);
    runs.clear();
  };
  let block = "";
  let ordinal = 0;
  let points: CellValue = null;
  const subtotalAfter = () => {
    closeRuns(r - 1);
    cols.forEach((col, c) => g.set(r, c, col.head === "三级指标" ? "小计" : col.head === "分值" ? points : null));
    r++;
  };
  for (const row of SAMPLE) {
    if (subtotals === "after" && row.level1 !== block) {
      if (block !== "") subtotalAfter();
      [block, points] = [row.level1, row.points];
    } else if (subtotals && row.level1 !== block) {
      closeRuns(r - 1);
      block = row.level1;
      cols.forEach((col, c) =>
        g.set(
          r,
          c,
          col.head === "一级指标" ? `${"一二三"[ordinal++]}、${row.level1}` : col.head === "分值" ? row.points : null,
        ),
      );
      r++;
    }
    cols.forEach((col, c) => {
      const v = col.cell(row);
      const run = runs.get(c);
      if (col.level && run && run.text === v) return;
      if (col.level) {
        if (run) g.merge(run.start, c, r - 1, c);
        runs.set(c, { start: r, text: v });
      }
      g.set(r, c, v);
    });
    r++;
  }
  if (subtotals === "after") subtotalAfter();
  closeRuns(r - 1);
  return r;
}

/** Lays SAMPLE out in `cols` with the options; the total row is labelled 总分 under the first column. */
export function layoutGrid(cols: LayoutColumn[], options: LayoutOptions = {}): SheetGrid {
  const g = new GridBuilder(options.origin ?? { row: 0, col: 0 });
  const offset = options.blockLabel ? 1 : 0;
  const all = options.blockLabel ? [{ head: options.blockLabel, cell: () => null } as LayoutColumn, ...cols] : cols;
  g.set(0, 0, "2021年度项目支出绩效自评表");
  g.set(1, 0, "（2021年度）");
  const style = options.funding ?? "national";
  const top = style === "none" ? 3 : writeFunding(g, style, options.fundingLabel);
  let first = writeHeader(g, all, top, options.headerText ?? ((s) => s));
  if (options.underHeader) options.underHeader.forEach((v, c) => g.set(first, c, v));
  if (options.underHeader) first++;
  const end = writeBody(g, all, first, options.subtotals ?? false);
  if (options.blockLabel) g.merge(top, 0, end - 1, 0);
  g.set(end, offset, "总分");
  const weightCol = all.findIndex((c) => c.head === "分值" || c.sub === "分值");
  if (weightCol >= 0) g.set(end, weightCol, 100);
  return g.sheet("自评表");
}
