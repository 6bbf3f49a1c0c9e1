// A finished file as the run writes it out: its entry of the JSON report, its lines of the printed summary and its
// compact aggregate. Made where the file was processed (a worker), so the main thread only writes text.
import type { FileReport } from "../core";
import { aggregateOf, type FileAggregate } from "./aggregate";
import { messagesFor } from "../core";
import { fileSummary } from "./summary";

/** One file, ready to be written out. */
export interface FileResult {
  /** The file's object in the report's "files" array, as JSON.stringify(report, null, 2) lays it out there (UTF-8
   *  bytes when it comes from a worker: encoded there, written as they are); null when the run makes no report. */
  json: string | Uint8Array | null;
  /** What the run prints for the file. */
  lines: string;
  aggregate: FileAggregate;
}

/** A report holding one file, as JSON.stringify(report, null, 2) lays it out: the text before and after the file. */
const FILES_HEAD = '{\n  "files": [\n';
const FILES_TAIL = "\n  ]\n}";

/** A file report as an element of the report's "files" array: stringified at its depth there (indented by
 *  JSON.stringify itself, not re-indented after, which copied the whole text once more). */
export function fileJson(report: FileReport): string {
  const wrapped = JSON.stringify({ files: [report] }, null, 2);
  return wrapped.slice(FILES_HEAD.length, wrapped.length - FILES_TAIL.length);
}

/** The result of one file from its report (and how many earlier marks the written copy lost); its report entry
 *  only when `entry` (a run without --json does not pay for stringifying every file). */
export function fileResult(report: FileReport, cleared: number, lang: "zh" | "en", entry: boolean): FileResult {
  // said under a file scored before: how many of that run's marks this run took off (docs/DECISIONS.md)
  const lines = fileSummary(report, lang) + (cleared ? "\n" + messagesFor(lang).cli.cleared({ n: cleared }) : "");
  return { json: entry ? fileJson(report) : null, lines, aggregate: aggregateOf(report) };
}
