// A file report that holds only a file-level problem: the one shape every host gives a file it could not process.
import type { FileErrorCode, FileReport } from "./report";

/** The report of a file that could not be processed: no tables, no copy, one error. */
export function failedReport(file: string, code: FileErrorCode, message: string): FileReport {
  return { file, output: null, tables: [], errors: [{ code, message }] };
}
