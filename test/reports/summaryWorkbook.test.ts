// The summary workbook read back with ExcelJS: one row per table, the report's figures, number formats, the frozen
// bold header and autofilter, links, widths that fit Chinese text, the sort order, English without Chinese words.
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/core/report";
import { aggregateOf } from "../../src/reports/aggregate";
import { buildSummaryWorkbook, type SummarySource } from "../../src/reports/summary/summaryWorkbook";
import { textWidth } from "../../src/reports/xlsx/textWidth";
import { workbook } from "../helpers/fixtures";
import { failedFile, scoredReport } from "./helpers";

const CREATED = new Date("2024-03-01T08:00:00Z");

/** The summary's sources (each file's aggregate), with the report beside each for the assertions. */
function sources(lang: "zh" | "en" = "zh"): (SummarySource & { report: FileReport })[] {
  const source = (report: FileReport, label: string, link: string | null) => ({
    aggregate: aggregateOf(report),
    label,
    link,
    report,
  });
  return [
    source(
      scoredReport(workbook("project-gansu-2021.xlsx"), "单位A/自评表.xlsx", lang),
      "单位A/自评表.xlsx",
      "out/单位A/自评表.xlsx",
    ),
    source(
      scoredReport(workbook("project-gansu-2021-submitted.xlsx"), "单位B/自评表.xlsx", lang),
      "单位B/自评表.xlsx",
      "out/单位B/自评表.xlsx",
    ),
    source(
      scoredReport(workbook("department-gansu-2021.xlsx"), undefined, lang),
      "department-gansu-2021.xlsx",
      "out/department-gansu-2021.xlsx",
    ),
    source(scoredReport(workbook("targets-hengshui-2021.xlsx"), undefined, lang), "targets-hengshui-2021.xlsx", null),
    source(failedFile("旧版.xls"), "旧版.xls", null),
  ];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The sheet's rows as plain values (hyperlink cells as their text), header first. */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= 15; c++) {
      const v = row.getCell(c).value;
      cells.push(v !== null && typeof v === "object" && "text" in v ? (v as { text: string }).text : (v ?? null));
    }
    out.push(cells);
  });
  return out;
}

test("one row per table (one per failed file), figures equal to the report, sorted with those needing attention first", async () => {
  const files = sources();
  const { bytes } = buildSummaryWorkbook({
    report: { generator: "selfeval 0.1.0", profile: "central-2020" },
    files,
    lang: "zh",
    created: CREATED,
  });
  const ws = (await load(bytes)).getWorksheet("汇总表")!;
  const rows = values(ws);
  expect(rows[0]).toEqual([
    "文件",
    "工作表",
    "状态",
    "单位",
    "项目",
    "年度",
    "类型",
    "总分",
    "等级",
    "预算执行率",
    "错误",
    "警告",
    "未达标指标",
    "未说明原因",
    "需处理的问题",
  ]);
  const tables = files.reduce((n, f) => n + Math.max(1, f.report.tables.length), 0);
  expect(rows.length - 1).toBe(tables);
  expect(tables).toBe(6);
  expect(rows.slice(1).map((r) => `${r[0]} ${r[1] ?? ""} ${r[2]} ${r[7] ?? "—"}`)).toEqual([
    "旧版.xls  未能处理 —",
    "targets-hengshui-2021.xlsx 绩效自评表1!A4:E18 有警告 —",
    "targets-hengshui-2021.xlsx 绩效自评表1!A25:E34 有警告 —",
    "department-gansu-2021.xlsx 绩效自评表 有警告 90.56",
    "单位A/自评表.xlsx 绩效自评表 有警告 96.88",
    "单位B/自评表.xlsx Sheet 无问题 96.88",
  ]);
  const byLabel = new Map(rows.slice(1).map((r) => [r[0] as string, r]));
  for (const f of files.filter((s) => s.report.tables.length === 1)) {
    const t = f.report.tables[0];
    const row = byLabel.get(f.label)!;
    expect(row[7]).toBe(t.total);
    expect(row[8]).toBe(t.grade);
    expect(row[9]).toBe(t.funding?.rate);
    expect(row[10]).toBe(t.findings.filter((x) => x.severity === "error").length);
    expect(row[11]).toBe(t.findings.filter((x) => x.severity === "warning").length);
    expect(row[12]).toBe(
      t.indicators.filter((i) => i.score !== null && i.weight !== null && i.score < i.weight).length,
    );
    expect(row[13]).toBe(t.indicators.filter((i) => i.findings.includes("NOT_MET_NO_REASON")).length);
  }
  expect(byLabel.get("单位A/自评表.xlsx")!.slice(9, 15)).toEqual([
    0.768,
    0,
    1,
    1,
    1,
    "H17 形成调研报告数量：未完成但未填写偏差原因",
  ]);
  expect(byLabel.get("单位B/自评表.xlsx")!.slice(12, 15)).toEqual([1, 0, null]);
  expect(byLabel.get("旧版.xls")![14]).toBe("文件是旧版Excel 97-2003(.xls)格式，请另存为 .xlsx 后再评分");
  expect(byLabel.get("department-gansu-2021.xlsx")![14]).toBe(
    ["H11 基本支出预算执行率", "H12 项目支出预算执行率", "H14 结转结余变动率"]
      .map((s) => `${s}：未完成但未填写偏差原因`)
      .join("\n") + "\nH32 为民办实事件数：超额完成较多，需说明原因",
  );
});

test("frozen bold header, autofilter over every row, 0.00 and 0.00% formats, links to the scored copies, prints one page wide", async () => {
  const { bytes } = buildSummaryWorkbook({
    report: { generator: "selfeval 0.1.0", profile: "central-2020" },
    files: sources(),
    lang: "zh",
    created: CREATED,
  });
  const ws = (await load(bytes)).getWorksheet("汇总表")!;
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
  expect(ws.autoFilter).toBe("A1:O7");
  expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  const a = ws.getRow(6);
  expect(a.getCell(1).value).toEqual({ text: "单位A/自评表.xlsx", hyperlink: "out/单位A/自评表.xlsx" });
  expect(a.getCell(8).numFmt).toBe("0.00");
  expect(a.getCell(10).numFmt).toBe("0.00%");
  expect(ws.getRow(2).getCell(1).value).toBe("旧版.xls");
  expect(ws.pageSetup).toMatchObject({
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  });
});

test("columns fit their Chinese text (CJK counts 2), capped; multi-line problems get taller rows", async () => {
  const { bytes } = buildSummaryWorkbook({
    report: { generator: "selfeval 0.1.0", profile: "central-2020" },
    files: sources(),
    lang: "zh",
    created: CREATED,
  });
  const ws = (await load(bytes)).getWorksheet("汇总表")!;
  expect(textWidth("单位A/自评表.xlsx")).toBe(17);
  expect(ws.getColumn(1).width).toBe(28); // targets-hengshui-2021.xlsx (26) + 2
  expect(ws.getColumn(3).width).toBe(10); // 未能处理 = 8 + 2
  expect(ws.getColumn(14).width).toBe(12); // 未说明原因 = 10 + 2
  expect(ws.getColumn(15).width).toBe(60); // capped, wraps
  expect(ws.getRow(5).height).toBe(68); // department: 4 problem lines × 17 pt
  expect(ws.getRow(6).height).toBeUndefined();
});

test("the same input gives the same bytes; an About sheet says the order and the links", async () => {
  const input = {
    report: { generator: "selfeval 0.1.0", profile: "central-2020" },
    files: sources(),
    lang: "zh" as const,
    created: CREATED,
  };
  const a = buildSummaryWorkbook(input).bytes;
  expect(Buffer.from(buildSummaryWorkbook(input).bytes).equals(Buffer.from(a))).toBe(true);
  const about = values((await load(a)).getWorksheet("说明")!);
  expect(about.map((r) => r[0])).toEqual([
    "绩效自评汇总表",
    "生成工具",
    "评分方案",
    "文件数",
    "指标表数",
    "排序",
    "链接",
    "各列",
  ]);
  expect(about.slice(3, 5).map((r) => r[1])).toEqual([5, 5]);
});

test("English: sheet, headers, statuses, kinds and problem titles have no Chinese (cell texts and names aside)", async () => {
  const { bytes } = buildSummaryWorkbook({
    report: { generator: "selfeval 0.1.0", profile: "central-2020" },
    files: sources("en"),
    lang: "en",
    created: CREATED,
  });
  const wb = await load(bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "About"]);
  const rows = values(wb.getWorksheet("Summary")!);
  const cjk = /[\u4e00-\u9fff（）：，]/;
  expect(rows[0].filter((h) => cjk.test(String(h)))).toEqual([]);
  for (const r of rows.slice(1)) for (const c of [2, 6]) expect(String(r[c])).not.toMatch(cjk);
  const a = rows.find((r) => r[0] === "单位A/自评表.xlsx")!;
  expect(a[8]).toBe("优 Excellent");
  expect(String(a[14]).replace(/形成调研报告数量/, "")).not.toMatch(cjk);
  expect(
    values(wb.getWorksheet("About")!)
      .flat()
      .filter((v) => cjk.test(String(v))),
  ).toEqual([]);
});
