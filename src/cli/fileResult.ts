// A finished file as the run writes it out: its entry of the JSON report, its lines of the printed summary and its
// compact aggregate. Made where the file was processed (a worker), so the main thread only writes text.
import type { FileReport } from "../core";
import { aggregateOf, type FileAggregate } from "./aggregate";
import { PIECE_ITEMS, prettyPieces, stringifyAt } from "../reports/prettyJson";
import { cliText } from "./args";
import { fileSummary } from "./summary";

/** A file's entry of the report in pieces, read in turn (and again, if asked): text, or UTF-8 bytes from a worker.
 *  An object (a string, iterable by character, is not one). */
export type ReportEntry = Iterable<string | Uint8Array> & object;

/** One file, ready to be written out. */
export interface FileResult {
  /** The file's object in the report's "files" array, as JSON.stringify(report, null, 2) lays it out there, in
   *  pieces (stringified as they are written; UTF-8 bytes when it comes from a worker: encoded there, written as they
   *  are); null when the run makes no report. */
  json: ReportEntry | null;
  /** What the run prints for the file. */
  lines: string;
  aggregate: FileAggregate;
}

/** A file report as an element of the report's "files" array (depth 2: its line indented four spaces), in pieces:
 *  stringified at its depth there by JSON.stringify itself (not re-indented after), long arrays a slice at a time. */
export function fileEntry(report: FileReport): ReportEntry {
  return { [Symbol.iterator]: () => entryPieces(report) };
}

function* entryPieces(report: FileReport): Generator<string> {
  // the usual report (tens of indicators) is stringified whole, one piece, without looking for long arrays first
  const rows = report.tables.reduce((n, t) => n + t.indicators.length + t.findings.length, report.errors.length);
  if (rows <= PIECE_ITEMS) {
    yield "    " + stringifyAt(report, 2);
    return;
  }
  yield "    ";
  yield* prettyPieces(report, 2);
}

/** The result of one file from its report (and how many earlier marks the written copy lost); its report entry
 *  only when `entry` (a run without --json does not pay for stringifying every file). */
export function fileResult(report: FileReport, cleared: number, lang: "zh" | "en", entry: boolean): FileResult {
  // said under a file scored before: how many of that run's marks this run took off (docs/DECISIONS.md)
  const lines = fileSummary(report, lang) + (cleared ? "\n" + cliText(lang).cleared({ n: cleared }) : "");
  return { json: entry ? fileEntry(report) : null, lines, aggregate: aggregateOf(report) };
}
