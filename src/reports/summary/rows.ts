// The rows of the summary workbook: one per table (one per file that has none), from each file's compact aggregate
// (the command line keeps no report), sorted with those needing attention first (docs/DECISIONS.md).
import { messagesFor } from "../../core";
import type { TableReport } from "../../core";
import type { FileAggregate, TableAggregate } from "../aggregate";
import type { Attention } from "../tableFacts";
import type { SummaryStrings } from "./strings";

/** One file of the run as the summary sees it: its compact aggregate, the name to show, where its scored copy is. */
export interface SummarySource {
  aggregate: FileAggregate;
  /** The file's name as the reviewer knows it, with its folder (单位A/自评表.xlsx): two units' files stay apart. */
  label: string;
  /** Link to the scored copy (relative to the summary's folder), or null when none was written. */
  link: string | null;
}

/** One row of the summary sheet. */
export interface SummaryRow {
  label: string;
  link: string | null;
  /** The table's sheet (with its range when the sheet holds two tables); null for a file without tables. */
  sheet: string | null;
  attention: Attention;
  unit: string | null;
  project: string | null;
  year: number | null;
  kind: TableReport["kind"] | null;
  checkOnly: boolean;
  total: number | null;
  grade: TableReport["grade"];
  /** Budget execution rate as a fraction (0.768), as in the report. */
  rate: number | null;
  errors: number;
  warnings: number;
  notMet: number;
  withoutReason: number;
  /** One line per error or warning (file problems first). */
  problems: string[];
}

const RANK: Record<Attention, number> = { failed: 0, errors: 1, warnings: 2, clean: 3 };

/** The problem lines of a table: "K18 形成调研报告数量：未完成但未填写偏差原因". */
function problemLines(table: TableAggregate, lang: "zh" | "en", words: SummaryStrings): string[] {
  const titles = messagesFor(lang).titles;
  const colon = lang === "zh" ? "：" : ": ";
  return table.problems.map(
    (p) => `${[p.cell ?? words.tableLevel, p.indicator].filter(Boolean).join(" ")}${colon}${titles[p.code]}`,
  );
}

/** The attention a table of a file needs (errors also when the file had a problem of its own). */
function attentionOf(file: FileAggregate, table: TableAggregate): Attention {
  if (table.errors > 0 || file.failed) return "errors";
  return table.warnings > 0 ? "warnings" : "clean";
}

function tableRow(source: SummarySource, table: TableAggregate, lang: "zh" | "en", words: SummaryStrings): SummaryRow {
  const file = source.aggregate;
  return {
    label: source.label,
    link: source.link,
    sheet:
      file.tables.filter((t) => t.sheet === table.sheet).length > 1 ? `${table.sheet}!${table.range}` : table.sheet,
    attention: attentionOf(file, table),
    unit: table.unit ?? table.department,
    project: table.project,
    year: table.year,
    kind: table.kind,
    checkOnly: table.mode === "check-only",
    total: table.total,
    grade: table.grade,
    rate: table.rate,
    errors: table.errors + file.errors.length,
    warnings: table.warnings,
    notMet: table.notMet,
    withoutReason: table.withoutReason,
    problems: [...file.errors.map((e) => e.message), ...problemLines(table, lang, words)],
  };
}

function fileRow(source: SummarySource, words: SummaryStrings): SummaryRow {
  const problems = source.aggregate.errors.map((e) => e.message);
  return {
    label: source.label,
    link: source.link,
    sheet: null,
    attention: "failed",
    unit: null,
    project: null,
    year: null,
    kind: null,
    checkOnly: false,
    total: null,
    grade: null,
    rate: null,
    errors: problems.length,
    warnings: 0,
    notMet: 0,
    withoutReason: 0,
    problems: problems.length ? problems : [words.noTable],
  };
}

/** Needing attention first; within a group the lowest total first (none before any), then by name, then sheet order. */
function compareRows(a: { row: SummaryRow; at: number }, b: { row: SummaryRow; at: number }): number {
  const byRank = RANK[a.row.attention] - RANK[b.row.attention];
  if (byRank !== 0) return byRank;
  const ta = a.row.total ?? -Infinity;
  const tb = b.row.total ?? -Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  const byName = a.row.label.localeCompare(b.row.label, "zh-CN");
  return byName !== 0 ? byName : a.at - b.at;
}

/** The summary's rows, sorted (see compareRows). */
export function summaryRows(sources: readonly SummarySource[], lang: "zh" | "en", words: SummaryStrings): SummaryRow[] {
  const rows = sources.flatMap((s) =>
    s.aggregate.tables.length === 0 ? [fileRow(s, words)] : s.aggregate.tables.map((t) => tableRow(s, t, lang, words)),
  );
  return rows
    .map((row, at) => ({ row, at }))
    .sort(compareRows)
    .map((r) => r.row);
}
