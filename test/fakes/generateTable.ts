// Generated 项目支出绩效自评表 grids of any size, laid out like the shared Gansu fixture, for scale tests.
import type { CellValue, MergedArea, WorkbookGrid } from "../../src/core/grid";

const PATTERNS: [string, string, string][] = [
  // [level-3 stem, target, completed value]
  ["服务机构数", "≥3家", "3家"],
  ["调研次数", "≥24次", "26次"],
  ["培训人数", "≥1000人次", "1000多人次"],
  ["调研报告数量", "≥15篇", "11篇"],
  ["设备正常运转率", "≥95%", "98%"],
  ["网站运维保障率", "100%", "100%"],
  ["费用缴纳及时性", "及时", "及时"],
  ["成本控制数", "≤320万元", "245.77万元"],
  ["政策建议采纳次数", "≥20次", "20余次"],
  ["满意度", "≥90%", "92%"],
];

/** A project table with `indicators` rows (weight 3 each), funding 320 / 245.77, on one sheet at column `colOffset`. */
export function generateProjectGrid(
  indicators: number,
  options: { sheet?: string; name?: string; colOffset?: number } = {},
): WorkbookGrid {
  const off = options.colOffset ?? 0;
  const pad = (row: CellValue[]): CellValue[] => [...Array<CellValue>(off).fill(null), ...row];
  const values: CellValue[][] = [
    pad(["生成的项目支出绩效自评表"]),
    pad(["（2021年度）"]),
    [],
    pad(["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
    pad([null, "年度资金总额", 320, 320, 245.77, 10, null, null]),
    pad([null, "其中：当年财政拨款", 320, 320, 245.77, "—"]),
    [],
    pad(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
  ];
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  formats[4][off + 6] = "0.00%";
  const first = values.length;
  for (let i = 0; i < indicators; i++) {
    const [stem, target, actual] = PATTERNS[i % PATTERNS.length];
    const level1 = i === 0 ? "产出指标" : null;
    const level2 = i === 0 ? "数量指标" : null;
    values.push(pad([level1, level2, `${stem}${i + 1}`, target, actual, 3, null, null]));
    formats.push(values[values.length - 1].map(() => null));
  }
  values.push(pad(["总分", null, null, null, null, 10 + 3 * indicators, null, null]));
  formats.push(values[values.length - 1].map(() => null));
  const merges: MergedArea[] = [
    { r1: 0, c1: off, r2: 0, c2: off + 7 },
    { r1: 1, c1: off, r2: 1, c2: off + 7 },
    { r1: first, c1: off, r2: first + indicators - 1, c2: off },
    { r1: first, c1: off + 1, r2: first + indicators - 1, c2: off + 1 },
  ];
  return {
    name: options.name ?? `generated-${indicators}.xlsx`,
    sheets: [{ name: options.sheet ?? "自评表", values, formats, merges, origin: { row: 0, col: 0 } }],
  };
}
