// A page result in the shape the shared result components (RunResult) take from the Excel host.
import type { RunOutcome } from "../host/types";
import type { ScoredFile } from "./protocol";

/** File-level codes that mean "read and scored, but the workbook could not be written". */
const REFUSAL_CODES = new Set(["SHEET_PROTECTED", "WRITE_FAILED"]);

/** What was written, whether writing was refused (moved out of the file errors), notes as Excel notes. */
export function outcomeOf(result: ScoredFile, notices: string[] = []): RunOutcome {
  const refusal =
    result.report.tables.length > 0 ? result.report.errors.find((e) => REFUSAL_CODES.has(e.code)) : undefined;
  const report = refusal
    ? { ...result.report, errors: result.report.errors.filter((e) => e !== refusal) }
    : result.report;
  return {
    report,
    plan: null,
    written: result.written,
    noteMode: result.notes ? "notes" : "none",
    refused: refusal ? { code: refusal.code, message: refusal.message } : null,
    notices,
  };
}
