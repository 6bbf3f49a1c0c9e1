// What a run keeps of each file once its report is written out: a compact aggregate, one row per table, enough for
// the run's closing summary and for the reviewer's summary table (汇总表: file, copy, unit/project/year, kind, total,
// grade, funding rate, counts, the indicators not met or without a reason, the problems), never the full report.
// The command line makes it in its workers (memory flat in the number of files); the page from its reports.
import type { FileReport, FindingCode, Severity, TableReport } from "../core";
import { tableFacts } from "./tableFacts";

/** One warning or error of a table, as the summary lists it. */
export interface ProblemAggregate {
  code: FindingCode;
  severity: Exclude<Severity, "info">;
  /** The cell it is about ("K18"), or null for the table as a whole. */
  cell: string | null;
  /** The 三级指标 of the indicator on that cell's row when the finding is that indicator's (listed in its codes), or
   *  null: a label's over several rows (BLOCK_POINTS_DIFFER), a merged cell's, a table's. */
  indicator: string | null;
}

/** One table of a file, as the summary needs it. */
export interface TableAggregate {
  sheet: string;
  range: string;
  /** 项目名称, 主管部门, 实施单位 and 年度 from the title block (null where the table does not say). */
  project: string | null;
  department: string | null;
  unit: string | null;
  year: number | null;
  kind: TableReport["kind"];
  mode: TableReport["mode"];
  total: number | null;
  grade: TableReport["grade"];
  /** Budget execution rate as a fraction (0.768), null without a funding block. */
  rate: number | null;
  indicators: number;
  errors: number;
  warnings: number;
  /** Indicators scored below their weight. */
  notMet: number;
  /** Indicators flagged NOT_MET_NO_REASON (below the weight, reason cell empty). */
  withoutReason: number;
  problems: ProblemAggregate[];
}

/** One file of a run, as the summary needs it. */
export interface FileAggregate {
  file: string;
  /** The scored copy, or null when nothing was written. */
  output: string | null;
  /** File-level problems (the file could not be read, written, or has no table). */
  errors: { code: FileReport["errors"][number]["code"]; message: string }[];
  tables: TableAggregate[];
  /** True when a file-level error other than NO_TABLE_FOUND means the file was not processed completely. */
  failed: boolean;
}

function tableAggregate(t: TableReport): TableAggregate {
  const facts = tableFacts(t);
  const byRow = new Map(t.indicators.map((i) => [i.row, i]));
  const problems: ProblemAggregate[] = facts.problems.map((f) => {
    const row = f.cell === null ? NaN : Number(/\d+$/.exec(f.cell)?.[0]);
    const on = byRow.get(row);
    return {
      code: f.code,
      severity: f.severity as ProblemAggregate["severity"],
      cell: f.cell,
      indicator: on && on.findings.includes(f.code) ? on.level3 : null,
    };
  });
  const { project, department, unit, year } = t.info;
  const rate = t.funding ? t.funding.rate : null;
  return {
    sheet: t.sheet,
    range: t.range,
    project,
    department,
    unit,
    year,
    kind: t.kind,
    mode: t.mode,
    total: t.total,
    grade: t.grade,
    rate,
    indicators: t.indicators.length,
    errors: facts.errors,
    warnings: facts.warnings,
    notMet: facts.notMet.length,
    withoutReason: facts.withoutReason.length,
    problems,
  };
}

/** The aggregate of one file's report. */
export function aggregateOf(report: FileReport): FileAggregate {
  return {
    file: report.file,
    output: report.output,
    errors: report.errors.map((e) => ({ code: e.code, message: e.message })),
    tables: report.tables.map(tableAggregate),
    failed: report.errors.some((e) => e.code !== "NO_TABLE_FOUND"),
  };
}
