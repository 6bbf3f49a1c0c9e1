// A file report that holds only a file-level problem (shared by the page and the worker; no heavy imports).
import type { FileErrorCode, FileReport } from "../core";

/** The report of a file that could not be processed: no tables, one error. */
export function failedReport(file: string, code: FileErrorCode, message: string): FileReport {
  return { file, output: null, tables: [], errors: [{ code, message }] };
}
