// The fixtures README's right-hand column as checks over a JSON report of its workbooks (the same checks as
// ../shared/tools/check-fixtures.mjs, written here so a clone without ../shared checks the project's copies too).
import type { FileReport, Report, TableReport } from "../../src/core/report";

/** How many checks held, and a line per check that did not. */
export interface FigureChecks {
  held: number;
  misses: string[];
}

const near = (a: number | null | undefined, b: number) => typeof a === "number" && Math.abs(a - b) < 0.005;
const rowOf = (t: TableReport | undefined, name: string) => t?.indicators.find((i) => i.level3.includes(name));
const codesOf = (t: TableReport | undefined, name: string): string[] => rowOf(t, name)?.findings ?? [];

class Checker implements FigureChecks {
  held = 0;
  misses: string[] = [];
  check(ok: unknown, what: string): void {
    if (ok) this.held++;
    else this.misses.push(what);
  }
}

/** Only the -submitted copies carry the seed's reason for 形成调研报告数量; its reason cell is empty in the others. */
function project(c: Checker, t: TableReport | undefined, where: string): void {
  c.check(t && near(t.total, 96.88) && t.grade === "优", `${where}: total 96.88 优 (got ${t?.total} ${t?.grade})`);
  c.check(near(t?.funding?.score, 7.68), `${where}: funding 7.68`);
  c.check(near(rowOf(t, "形成调研报告数量")?.score, 2.2), `${where}: 形成调研报告数量 2.20`);
  const reasonFilled = where.includes("-submitted");
  c.check(
    t && codesOf(t, "形成调研报告数量").includes("NOT_MET_NO_REASON") !== reasonFilled,
    `${where}: NOT_MET_NO_REASON on 形成调研报告数量 ${reasonFilled ? "absent" : "present"}`,
  );
}

function department(c: Checker, t: TableReport | undefined, where: string): void {
  c.check(t && near(t.total, 90.56) && t.grade === "优", `${where}: total 90.56 优 (got ${t?.total} ${t?.grade})`);
  c.check(near(t?.funding?.score, 5.94), `${where}: funding 5.94`);
  for (const [name, score] of [
    ["基本支出预算执行率", 2.98],
    ["项目支出预算执行率", 0.64],
    ["结转结余变动率", 0],
  ] as const) {
    c.check(near(rowOf(t, name)?.score, score), `${where}: ${name} ${score.toFixed(2)}`);
  }
  c.check(
    codesOf(t, "基本支出预算执行率").includes("NOT_MET_NO_REASON"),
    `${where}: NOT_MET_NO_REASON on 基本支出预算执行率`,
  );
  c.check(codesOf(t, "为民办实事件数").includes("OVER_ACHIEVED"), `${where}: OVER_ACHIEVED on 为民办实事件数`);
}

function targetsAndNoWeights(c: Checker, files: Map<string, FileReport>): void {
  const tables = files.get("targets-hengshui-2021.xlsx")?.tables ?? [];
  c.check(tables.length === 2, `targets-hengshui: two stacked tables (got ${tables.length})`);
  c.check(
    tables.length > 0 && tables.every((t) => t.mode === "check-only" && t.total == null),
    "targets-hengshui: check-only, no total",
  );
  const has = (name: string, code: string) => tables.some((t) => codesOf(t, name).includes(code));
  c.check(has("采购计划完成率", "DIRECTION_SUSPECT"), "targets-hengshui: DIRECTION_SUSPECT on 采购计划完成率");
  for (const n of ["召开会议次数", "培训期数", "会议次数", "培训次数"])
    c.check(has(n, "QUANTITY_CAPPED"), `targets-hengshui: QUANTITY_CAPPED on ${n}`);
  const cost =
    tables.some((t) => rowOf(t, "受训人均成本")) &&
    !has("受训人均成本", "QUANTITY_CAPPED") &&
    !has("受训人均成本", "DIRECTION_SUSPECT");
  c.check(cost, "targets-hengshui: 受训人均成本 ≤330元 read, no false flag");
  const nw = files.get("no-weights-xiqu-2021.xlsx")?.tables[0];
  c.check(nw && nw.mode === "check-only" && nw.total == null, "no-weights: check-only, no total");
  c.check(nw && nw.indicators.every((i) => i.score == null), "no-weights: no invented scores");
  c.check(
    nw && nw.findings.some((x) => x.cell == null || /权重|分值/.test(x.message)),
    "no-weights: a table-level finding about missing weights",
  );
}

const byName = (report: Report) => new Map(report.files.map((f) => [f.file.split(/[\\/]/).pop()!, f]));

/** The README's figures for a scoring run over its eleven workbooks (72 checks). */
export function readmeFigures(report: Report): FigureChecks {
  const c = new Checker();
  const files = byName(report);
  for (const name of [
    "project-gansu-2021.xlsx",
    "project-gansu-2021-submitted.xlsx",
    "project-gansu-2021-split.xlsx",
    "project-gansu-2021-openpyxl.xlsx",
    "project-gansu-2021-libreoffice.xlsx",
  ]) {
    c.check(files.get(name)?.tables.length === 1, `${name}: one table found`);
    project(c, files.get(name)?.tables[0], name);
  }
  for (const name of [
    "department-gansu-2021.xlsx",
    "department-gansu-2021-submitted.xlsx",
    "department-gansu-2021-split.xlsx",
  ]) {
    c.check(files.get(name)?.tables.length === 1, `${name}: one table found`);
    department(c, files.get(name)?.tables[0], name);
  }
  const two = files.get("two-sheets-gansu-2021.xlsx")?.tables ?? [];
  c.check(two.length === 2, "two-sheets: two tables found");
  project(c, two.find((t) => near(t.total, 96.88)) ?? two[0], "two-sheets project");
  department(c, two.find((t) => near(t.total, 90.56)) ?? two[0], "two-sheets department");
  targetsAndNoWeights(c, files);
  return c;
}

/** The README's audit figures for an --audit run over the two -submitted copies (4 checks). */
export function readmeAuditFigures(report: Report): FigureChecks {
  const c = new Checker();
  const files = byName(report);
  for (const name of ["project-gansu-2021-submitted.xlsx", "department-gansu-2021-submitted.xlsx"]) {
    const tables = files.get(name)?.tables ?? [];
    c.check(tables.length === 1, `${name}: one table`);
    const diffs = tables.flatMap((t) => t.findings.filter((x) => x.code === "SCORE_DIFFERS"));
    c.check(files.has(name) && diffs.length === 0, `${name}: audit finds no SCORE_DIFFERS (found ${diffs.length})`);
  }
  return c;
}
