// The errors the .xlsx host raises: a file problem as values (src/core/messages/files.ts) and its report code; the
// text comes from the file message tables in the run's language (files.zh.ts, files.en.ts).
import { fileMessage, type FileErrorCode, type FileProblem, type FileProblemKind, type ProblemOf } from "../core";

/** The report code of each kind of problem. */
const CODES: Record<FileProblemKind, FileErrorCode> = {
  empty: "FILE_UNREADABLE",
  notZip: "FILE_UNREADABLE",
  truncated: "FILE_UNREADABLE",
  corrupt: "FILE_UNREADABLE",
  zip64: "FILE_UNREADABLE",
  zipEncrypted: "FILE_ENCRYPTED",
  encrypted: "FILE_ENCRYPTED",
  legacyXls: "FILE_LEGACY_FORMAT",
  legacyOther: "FILE_LEGACY_FORMAT",
  oleNotWorkbook: "FILE_UNREADABLE",
  notWorkbook: "FILE_UNREADABLE",
  sheetTooLarge: "FILE_TOO_LARGE",
  fileTooLarge: "FILE_TOO_LARGE",
  fileSize: "FILE_TOO_LARGE",
  damaged: "FILE_UNREADABLE",
  malformedXml: "FILE_UNREADABLE",
  strict: "FILE_LEGACY_FORMAT",
  sheetProtected: "SHEET_PROTECTED",
  writeFailed: "WRITE_FAILED",
  workerStopped: "FILE_TOO_LARGE",
  workerCrashed: "FILE_UNREADABLE",
  readFailed: "FILE_UNREADABLE",
  processingFailed: "FILE_UNREADABLE",
};

/** A problem with a workbook file: `problem` holds its values, `message` its Chinese text (for logs and stacks). */
export class XlsxError extends Error {
  readonly code: FileErrorCode;

  constructor(readonly problem: FileProblem) {
    super(fileMessage(problem, "zh"));
    this.name = "XlsxError";
    this.code = CODES[problem.kind];
  }

  /** The problem's text in a language. */
  text(lang: "zh" | "en"): string {
    return fileMessage(this.problem, lang);
  }
}

/** The report code of a problem. */
export function fileProblemCode(problem: FileProblem): FileErrorCode {
  return CODES[problem.kind];
}

/** Builds the error of one kind of problem from its values (the kind is named once, the values type-checked). */
export function xlsxError<K extends FileProblemKind>(kind: K, values: Omit<ProblemOf<K>, "kind">): XlsxError {
  return new XlsxError({ kind, ...values } as unknown as FileProblem);
}
