import { ReportSchema } from "../../src/core/report";
import { blockReports } from "../../src/core/score/blocks";
import {
  buildReport,
  chartRows,
  fileSeverityCounts,
  formatRate,
  formatScore,
  reportFileName,
  severityCounts,
} from "../../src/ui/reportView";
import { departmentTable, fileReport, projectTable } from "./fakes";

describe("reportView", () => {
  test("chart rows of the project table: funding 7.68/10, 产出 62.20/63, 效益 24/24, 满意度 3/3", () => {
    expect(chartRows(projectTable())).toEqual([
      { category: null, weight: 10, score: 7.68 },
      { category: "产出指标", weight: 63, score: 62.2 },
      { category: "效益指标", weight: 24, score: 24 },
      { category: "满意度指标", weight: 3, score: 3 },
    ]);
    const sum = chartRows(projectTable()).reduce((s, r) => s + r.score, 0);
    expect(formatScore(sum)).toBe("96.88");
  });

  test("the chart shows the core's block sums: rows without a weight left out, a row waiting adds nothing yet", () => {
    const table = projectTable();
    table.funding = null;
    table.indicators[0] = { ...table.indicators[0], weight: null, score: null, status: "no-weight" };
    table.indicators[1] = { ...table.indicators[1], score: null, status: "unreadable" };
    table.blocks = blockReports(table.indicators);
    expect(table.blocks[0]).toEqual({ level1: "产出指标", weight: 60, score: 56.2, waiting: 1 });
    expect(chartRows(table)[0]).toEqual({ category: "产出指标", weight: 60, score: 56.2 });
  });

  test("severity counts per table and per file", () => {
    expect(severityCounts(projectTable().findings)).toEqual({ error: 0, warning: 1, info: 3 });
    expect(fileSeverityCounts(fileReport([projectTable(), departmentTable()]))).toEqual({
      error: 1,
      warning: 3,
      info: 3,
    });
  });

  test("rates and scores print with two decimals", () => {
    expect(formatRate(0.768)).toBe("76.80%");
    expect(formatRate(0.5943)).toBe("59.43%");
    expect(formatScore(2.2)).toBe("2.20");
  });

  test("the exported report passes the report schema and names its file after the workbook", () => {
    const report = buildReport(fileReport([projectTable()]), "sichuan");
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({ reportVersion: 8, profile: "sichuan", generator: "selfeval 0.1.0" });
    expect(reportFileName("project-gansu-2021.xlsx")).toBe("project-gansu-2021.report.json");
    expect(reportFileName("自评表.XLSM")).toBe("自评表.report.json");
    expect(reportFileName("")).toBe("selfeval.report.json");
  });
});
