// Building RunOutcome values: finished runs, refusals, and the one-line summary the ribbon command logs.
import type { Plan } from "../core";
import type { FileErrorCodeSchema, FileReport } from "../core";
import type { NoteMode, RunOutcome } from "../host/types";
import type { z } from "zod/mini";

type FileErrorCode = z.infer<typeof FileErrorCodeSchema>;

/** RunOutcome plus what the Excel host measured (the UI may show the notices). */
export interface ExcelRunOutcome extends RunOutcome {
  /** context.sync() round trips of this run. */
  syncs: number;
  /** Write batches (1 unless the 5 MB limit forced chunking). */
  writeChunks: number;
  /** Chinese notes for the user: chunked writes, merged areas skipped, undo kept in memory only ... */
  notices: string[];
  /** The run's inverse was saved in the workbook (undo works after reopening). */
  undoSaved: boolean;
  /** Set when a write batch failed part-way: which sheets were written and which not (the undo record covers them). */
  partial?: string | null;
}

/** An empty file report for runs that stopped before the core produced one. */
export function emptyReport(file: string): FileReport {
  return { file, output: null, tables: [], errors: [] };
}

/** A refusal: nothing was written; the report (if any) carries the reason as a file error. */
export function refusedOutcome(
  report: FileReport,
  plan: Plan | null,
  code: string,
  message: string,
  errorCode: FileErrorCode,
  extra: { syncs: number; notices: string[] },
): ExcelRunOutcome {
  return {
    report: { ...report, output: null, errors: [...report.errors, { code: errorCode, message }] },
    plan,
    written: 0,
    noteMode: "none",
    refused: { code, message },
    syncs: extra.syncs,
    writeChunks: 0,
    notices: extra.notices,
    undoSaved: false,
  };
}

/** A finished run. */
export function finishedOutcome(
  plan: Plan,
  fileName: string,
  written: number,
  noteMode: NoteMode,
  extra: { syncs: number; writeChunks: number; notices: string[]; undoSaved: boolean },
): ExcelRunOutcome {
  return {
    report: { ...plan.report, output: written > 0 ? fileName : null },
    plan,
    written,
    noteMode,
    refused: null,
    ...extra,
  };
}

/** One line for a log after a run, e.g. "绩效评分：1个表，写入62个单元格，总分96.88（优）". */
export function summarizeOutcome(outcome: RunOutcome): string {
  if (outcome.refused) return `绩效评分未写入：${outcome.refused.message}`;
  const tables = outcome.report.tables;
  const totals = tables
    .filter((t) => t.total !== null)
    .map((t) => `${t.sheet} 总分${t.total!.toFixed(2)}${t.grade ? `（${t.grade}）` : ""}`);
  const parts = [`${tables.length}个表`, `写入${outcome.written}个单元格`, ...totals];
  if (tables.length === 0 && outcome.report.errors.length > 0) parts.push(outcome.report.errors[0].message);
  return `绩效评分：${parts.join("，")}`;
}
