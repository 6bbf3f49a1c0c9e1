// What the command line says: usage errors, the per-file summary, the run's notices, the summary workbook and draft
// lines, the operating system's errors — one typed table per language (cli.zh.ts, cli.en.ts), apart from the
// finding messages so that the add-in's bundles do not carry them.
import { cliEn } from "./cli.en";
import { cliZh } from "./cli.zh";

/** The command line's texts in a language. */
export function cliMessagesFor(lang: "zh" | "en"): CliMessages {
  return lang === "en" ? cliEn : cliZh;
}

/** A table's line in the printed summary, as values. */
export interface TableLine {
  sheet: string;
  range: string;
  indicators: number;
  /** The funding block's rate (fraction) and score, when the table has one. */
  funding: { rate: number; score: number } | null;
  /** The total and grade ("" when a total above the full mark has none); "check-only" for a table not scored,
   *  "withheld" while a row waits for a person. */
  result: { total: number; grade: string } | "check-only" | "withheld";
  counts: { error: number; warning: number; info: number };
}

/** Every text of the command line. */
export interface CliMessages {
  help: string;
  reportHelp: string;
  unknownCommand: (p: { command: string }) => string;
  needsValue: (p: { flag: string }) => string;
  langValue: () => string;
  jobsValue: () => string;
  unknownOption: (p: { option: string }) => string;
  noInputs: () => string;
  inPlaceWithOut: () => string;
  auditInPlace: () => string;
  checkWrites: () => string;
  reportInPlace: () => string;
  summaryNotXlsx: () => string;
  cleanWithAudit: () => string;
  profileNotFound: (p: { spec: string; ids: string[] }) => string;
  profileNotJson: (p: { spec: string; reason: string }) => string;
  /** A profile file that could not be opened or read (the system's reason). */
  profileUnreadable: (p: { spec: string; reason: string }) => string;
  /** A profile file far larger than any profile: refused before it is read. */
  profileTooLarge: (p: { spec: string; bytes: number; limitBytes: number }) => string;
  profileInvalid: (p: { spec: string; problems: { path: string; message: string }[] }) => string;
  profileLine: (p: { id: string; name: string; isDefault: boolean }) => string;
  tableLine: (t: TableLine) => string;
  nextSteps: (p: { line: string }) => string;
  /** Under a table's first error and warning lines when it has more (all are in the copy's notes and the report). */
  moreFindings: (p: { n: number }) => string;
  missing: (p: { path: string }) => string;
  unreadableFolder: (p: { path: string; reason: string }) => string;
  /** A link to a folder met in a folder walk, not followed. */
  skippedLink: (p: { path: string }) => string;
  skippedOutput: (p: { path: string }) => string;
  notProcessed: (p: { reason: string }) => string;
  processed: (p: { files: number; failed: number }) => string;
  reportFailed: (p: { file: string; reason: string }) => string;
  readFailed: (p: { reason: string }) => string;
  writeFailed: (p: { target: string; reason: string }) => string;
  cleared: (p: { n: number }) => string;
  lockedOut: (p: { pid: number; since: string }) => string;
  summaryWritten: (p: { file: string; rows: number }) => string;
  summaryFailed: (p: { file: string; reason: string }) => string;
  draftWritten: (p: { file: string }) => string;
  draftFailed: (p: { file: string; reason: string }) => string;
  noDrafts: () => string;
  /** An operating-system error by its code (ENOENT, ENOSPC …), or named after its detail when unknown. */
  system: (p: { code: string | null; detail: string }) => string;
}
