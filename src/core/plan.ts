// The plan: what a run wants written into the workbook, and the report that explains it.
import { messagesFor, type Issue } from "./messages";
import type { FileReport, Finding, Severity } from "./report";

/** Why the scorer writes a cell; hosts use it for undo bookkeeping and the preview. */
export type WriteKind = "score" | "total" | "grade" | "funding-rate" | "funding-score" | "mark" | "unmark";

/** A fill and a note on a flagged cell (red error, amber warning, blue info). */
export interface CellMark {
  severity: Severity;
  /** The note text: every finding on this cell, one per line, each starting with 【绩效评分】. */
  note: string;
}

/** One cell the plan names. Absolute 0-based coordinates on `sheet`. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  /** A1 address of (row, col), for messages and the preview. */
  address: string;
  kind: WriteKind;
  /** When present, the new value; absent = the value is not touched (marks on input cells). */
  value?: number | string;
  /** Number format to set with the value ("0.00", "0.00%"). */
  numFmt?: string;
  /** When present, the fill and note to set. */
  mark?: CellMark;
  /** True: an earlier run flagged this cell and this one does not; the host removes that run's note and fill. */
  unmark?: boolean;
}

/** The output of the core for one workbook. Hosts apply `writes`, nothing else. */
export interface Plan {
  writes: CellWrite[];
  report: FileReport;
  /** Each table's findings as codes with their values, in the order of its report's findings (what the messages say). */
  issues?: Issue[][];
}

/** How many cells the plan takes an earlier run's marks off (what the hosts tell the user after re-scoring). */
export function unmarkedCells(plan: Plan): number {
  let n = 0;
  for (const w of plan.writes) if (w.unmark) n++;
  return n;
}

/** The fill colours of the three severities (ARGB). */
export const MARK_FILLS: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

/** The prefix that starts every note the scorer writes; hosts use it to recognise their own notes. */
export const NOTE_PREFIX = "【绩效评分】";

/** The note line of one finding, as the workbook and the preview show it: 【绩效评分】title：message. */
export function noteLine(finding: Finding, lang: "zh" | "en"): string {
  return `${NOTE_PREFIX}${messagesFor(lang).titles[finding.code]}${lang === "zh" ? "：" : ": "}${finding.message}`;
}

/** Where our text starts in a note: 【绩效评分】 at the start of a line (ours follow a user's text after "\n\n" in a
 *  file, after "\n" in Excel); -1 when there is none (a threaded comment's placeholder quotes it indented: not ours). */
export function ourTextStart(text: string): number {
  for (let i = text.indexOf(NOTE_PREFIX); i >= 0; i = text.indexOf(NOTE_PREFIX, i + 1)) {
    if (i === 0 || text[i - 1] === "\n") return i;
  }
  return -1;
}
