// The fixtures README's figures, from the project's copies of its workbooks read by the xlsx host and scored by the core.
import { builtInProfile, scoreWorkbook, type FileReport, type TableReport } from "../../src/core";
import { readXlsx } from "../../src/xlsx/readWorkbook";
import { workbookBytes } from "../helpers/fixtures";

const profile = builtInProfile("central-2020")!;
const run = (name: string, mode: "score" | "audit" | "check" = "score"): FileReport =>
  scoreWorkbook(readXlsx(workbookBytes(name), name).grid, { mode, profile, fileName: name }).report;
const row = (t: TableReport, name: string) => t.indicators.find((i) => i.level3 === name)!;

const PROJECT = [
  "project-gansu-2021.xlsx",
  "project-gansu-2021-submitted.xlsx",
  "project-gansu-2021-split.xlsx",
  "foreign/project-gansu-2021-openpyxl.xlsx",
  "foreign/project-gansu-2021-libreoffice.xlsx",
];
const DEPARTMENT = [
  "department-gansu-2021.xlsx",
  "department-gansu-2021-submitted.xlsx",
  "department-gansu-2021-split.xlsx",
];

function expectProject(t: TableReport): void {
  expect(t.mode).toBe("score");
  expect(t.indicators).toHaveLength(30);
  expect(t.funding).toMatchObject({ budget: 320, executed: 245.77, rate: 0.768, weight: 10, score: 7.68 });
  expect(row(t, "形成调研报告数量").score).toBe(2.2);
  expect(t.indicators.filter((i) => i.score !== 3).map((i) => i.level3)).toEqual(["形成调研报告数量"]);
  expect(t.total).toBe(96.88);
  expect(t.grade).toBe("优");
}

function expectDepartment(t: TableReport): void {
  expect(t.kind).toBe("department");
  expect(t.indicators).toHaveLength(29);
  expect(t.funding).toMatchObject({ rate: 0.5943, score: 5.94 });
  expect(row(t, "基本支出预算执行率").score).toBe(2.98);
  expect(row(t, "项目支出预算执行率").score).toBe(0.64);
  expect(row(t, "结转结余变动率").score).toBe(0);
  expect(row(t, "单位获奖情况").score).toBe(3);
  expect(row(t, "基本支出预算执行率").findings).toContain("NOT_MET_NO_REASON");
  expect(row(t, "为民办实事件数").findings).toContain("OVER_ACHIEVED");
  const indicators = t.indicators.reduce((s, i) => s + Math.round(i.score! * 100), 0) / 100;
  expect(indicators).toBe(84.62);
  expect(t.total).toBe(90.56);
  expect(t.grade).toBe("优");
}

test.each(PROJECT)("%s: project figures", (name) => {
  const r = run(name);
  expect(r.errors).toEqual([]);
  expect(r.tables).toHaveLength(1);
  expectProject(r.tables[0]);
});

test.each(DEPARTMENT)("%s: department figures", (name) => {
  const r = run(name);
  expect(r.tables).toHaveLength(1);
  expectDepartment(r.tables[0]);
});

test("the reason cell decides NOT_MET_NO_REASON on 形成调研报告数量", () => {
  expect(row(run("project-gansu-2021-submitted.xlsx").tables[0], "形成调研报告数量").findings).not.toContain(
    "NOT_MET_NO_REASON",
  );
  const plain = run("project-gansu-2021.xlsx").tables[0];
  expect(row(plain, "形成调研报告数量").findings).toContain("NOT_MET_NO_REASON");
  const f = plain.findings.find((x) => x.code === "NOT_MET_NO_REASON")!;
  expect(f.cell).toBe("H17");
  expect(f.message).toBe("实际完成值11篇低于年度指标值15篇，按11/15×3计2.20分，请填写偏差原因");
});

test("two sheets: both tables found and scored", () => {
  const r = run("two-sheets-gansu-2021.xlsx");
  expect(r.tables.map((t) => t.sheet)).toEqual(["附件1", "附件2"]);
  expectProject(r.tables[0]);
  expectDepartment(r.tables[1]);
});

test("audit of the submitted copies: the printed scores follow the rules", () => {
  for (const name of ["project-gansu-2021-submitted.xlsx", "department-gansu-2021-submitted.xlsx"]) {
    const r = run(name, "audit");
    const codes = r.tables[0].findings.map((f) => f.code);
    expect(codes).not.toContain("SCORE_DIFFERS");
    expect(codes).not.toContain("TOTAL_DIFFERS");
  }
});

test("targets-hengshui: two stacked check-only tables with the review findings", () => {
  const r = run("targets-hengshui-2021.xlsx");
  expect(r.tables).toHaveLength(2);
  expect(r.tables.map((t) => [t.mode, t.kind, t.total, t.indicators.length])).toEqual([
    ["check-only", "targets-only", null, 14],
    ["check-only", "targets-only", null, 9],
  ]);
  const codes = (n: string) =>
    r.tables.flatMap((t) => t.indicators.filter((i) => i.level3 === n).flatMap((i) => i.findings));
  expect(codes("采购计划完成率")).toContain("DIRECTION_SUSPECT");
  for (const n of ["召开会议次数", "培训期数", "会议次数", "培训次数"]) expect(codes(n)).toContain("QUANTITY_CAPPED");
  expect(codes("受训人均成本")).toEqual([]);
});

test("no-weights: check-only, all three met, no invented scores", () => {
  const t = run("no-weights-xiqu-2021.xlsx").tables[0];
  expect(t.mode).toBe("check-only");
  expect(t.total).toBeNull();
  expect(t.indicators.map((i) => i.score)).toEqual([null, null, null]);
  const plan = scoreWorkbook(readXlsx(workbookBytes("no-weights-xiqu-2021.xlsx"), "n").grid, {
    mode: "score",
    profile,
    fileName: "n",
  });
  expect(plan.report.tables[0].findings.find((x) => x.code === "WEIGHT_MISSING")!.cell).toBeNull();
  expect(plan.issues![0].find((i) => i.code === "WEIGHT_MISSING")!.params).toEqual({
    kind: "table",
    comparable: 3,
    met: 3,
    terms: ["分值", "权重", "满分"],
    ignored: [],
  });
});
