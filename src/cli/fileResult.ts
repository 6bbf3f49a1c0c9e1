// A finished file as the run writes it out: its entry of the JSON report, its lines of the printed summary and its
// compact aggregate. Made where the file was processed (a worker), so the main thread only writes text.
import type { FileReport } from "../core/report";
import { aggregateOf, type FileAggregate } from "./aggregate";
import { fileSummary } from "./summary";

/** One file, ready to be written out. */
export interface FileResult {
  /** The file's object in the report's "files" array, as JSON.stringify(report, null, 2) lays it out there (UTF-8
   *  bytes when it comes from a worker: encoded there, written as they are). */
  json: string | Uint8Array;
  /** What the run prints for the file. */
  lines: string;
  aggregate: FileAggregate;
}

/** The indentation of an element of the report's "files" array. */
const FILE_INDENT = "    ";

/** A file report as an element of the report's "files" array (every line indented to its depth there). */
export function fileJson(report: FileReport): string {
  return FILE_INDENT + JSON.stringify(report, null, 2).replace(/\n/g, "\n" + FILE_INDENT);
}

/** Said under a file scored before: how many of that run's marks this run took off (docs/DECISIONS.md). */
function clearedLine(n: number, lang: "zh" | "en"): string {
  return lang === "zh"
    ? `  i 此文件曾评过分：已去掉上次在${n}个单元格留下的颜色和批注（这些单元格本次没有问题）`
    : `  i Scored before: took last run's fill and note off ${n} cell(s) that are fine now`;
}

/** The result of one file from its report (and how many earlier marks the written copy lost). */
export function fileResult(report: FileReport, cleared: number, lang: "zh" | "en"): FileResult {
  const lines = fileSummary(report, lang) + (cleared ? "\n" + clearedLine(cleared, lang) : "");
  return { json: fileJson(report), lines, aggregate: aggregateOf(report) };
}
