// The words of the summary workbook (汇总表.xlsx), Chinese first; the English table has the same shape.
import type { TableReport } from "../../core";
import type { Attention } from "../tableFacts";

/** The columns of the summary sheet, in order. */
export const SUMMARY_COLUMNS = [
  "file",
  "sheet",
  "status",
  "unit",
  "project",
  "year",
  "kind",
  "total",
  "grade",
  "rate",
  "errors",
  "warnings",
  "notMet",
  "withoutReason",
  "problems",
] as const;

/** A column of the summary sheet. */
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

const zh = {
  fileName: "汇总表.xlsx",
  sheetName: "汇总表",
  aboutSheetName: "说明",
  headers: {
    file: "文件",
    sheet: "工作表",
    status: "状态",
    unit: "单位",
    project: "项目",
    year: "年度",
    kind: "类型",
    total: "总分",
    grade: "等级",
    rate: "预算执行率",
    errors: "错误",
    warnings: "警告",
    notMet: "未达标指标",
    withoutReason: "未说明原因",
    problems: "需处理的问题",
  } satisfies Record<SummaryColumn, string>,
  status: { failed: "未能处理", errors: "有错误", warnings: "有警告", clean: "无问题" } satisfies Record<
    Attention,
    string
  >,
  kind: { project: "项目支出", department: "部门整体支出", "targets-only": "绩效目标表" } satisfies Record<
    TableReport["kind"],
    string
  >,
  checkOnly: "（只检查，不计分）",
  noTable: "未找到指标表",
  tableLevel: "全表",
  about: {
    title: "绩效自评汇总表",
    generator: "生成工具",
    profile: "评分方案",
    files: "文件数",
    tables: "指标表数",
    order: "排序",
    orderText: "需要处理的在前：未能处理的文件，有错误的表，有警告的表，最后是无问题的表；同类中总分低的在前。",
    links: "链接",
    linksText: "“文件”列链接到评分后的副本，路径相对于本汇总表所在的文件夹。",
    columns: "各列",
    columnsText:
      "“未达标指标”为得分低于分值的指标数；“未说明原因”为其中偏差原因栏为空的指标数；总分、等级、执行率与JSON报告一致。",
  },
};

/** The summary's words in one language. */
export type SummaryStrings = typeof zh;

const en: SummaryStrings = {
  fileName: "summary.xlsx",
  sheetName: "Summary",
  aboutSheetName: "About",
  headers: {
    file: "File",
    sheet: "Sheet",
    status: "Status",
    unit: "Unit",
    project: "Project",
    year: "Year",
    kind: "Kind",
    total: "Total",
    grade: "Grade",
    rate: "Execution rate",
    errors: "Errors",
    warnings: "Warnings",
    notMet: "Below target",
    withoutReason: "No reason given",
    problems: "To fix",
  },
  status: { failed: "Not processed", errors: "Errors", warnings: "Warnings", clean: "No problems" },
  kind: { project: "Project spending", department: "Department spending", "targets-only": "Targets only" },
  checkOnly: " (checked, not scored)",
  noTable: "No indicator table found",
  tableLevel: "Table",
  about: {
    title: "Self-evaluation summary",
    generator: "Generator",
    profile: "Profile",
    files: "Files",
    tables: "Tables",
    order: "Order",
    orderText:
      "Needing attention first: files not processed, tables with errors, tables with warnings, then clean tables; lowest total first within each.",
    links: "Links",
    linksText: "The File column links to the scored copy, relative to this summary's folder.",
    columns: "Columns",
    columnsText:
      "Below target: indicators scored under their weight; No reason given: those of them with an empty reason cell; totals, grades and rates equal the JSON report.",
  },
};

/** The summary's words in `lang`. */
export function summaryStrings(lang: "zh" | "en"): SummaryStrings {
  return lang === "en" ? en : zh;
}
