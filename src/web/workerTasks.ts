// The work the page's Web Worker does, as pure functions: score one workbook's bytes, pack files into a zip.
import { zipSync, type Zippable } from "fflate";
import { scoreWorkbook, type MarkPolicy } from "../core";
import { unmarkedCells } from "../core/plan";
import type { Profile } from "../core/profile";
import type { RunMode } from "../host/types";
import { applyPlan, readXlsx, XlsxError } from "../xlsx";
import { failedReport } from "./failedReport";
import { scoredName } from "./fileTypes";
import { buildPreviews } from "./previewModel";
import type { ScoredFile } from "./protocol";

/** What a run asks for one file. */
export interface ScoreFileOptions {
  mode: RunMode;
  profile: Profile;
  lang: "zh" | "en";
  /** Which findings mark the workbook (default errors and warnings; "none" downloads a clean copy). */
  marks?: MarkPolicy;
}

/** The message of anything thrown, in the run's language (XlsxError carries both). */
function messageOf(err: unknown, lang: "zh" | "en"): string {
  if (err instanceof XlsxError) return lang === "en" ? err.messageEn : err.message;
  const text = err instanceof Error ? err.message : String(err);
  return lang === "en" ? `Error while reading the workbook: ${text}` : `读取工作簿时出错：${text}`;
}

/** Reads, scores and (unless mode is check) writes one workbook; problems become file errors, never throws. */
export function scoreFileBytes(bytes: Uint8Array, name: string, options: ScoreFileOptions): ScoredFile {
  const started = Date.now();
  const done = (result: Omit<ScoredFile, "millis">): ScoredFile => ({ ...result, millis: Date.now() - started });
  let workbook;
  let plan;
  try {
    workbook = readXlsx(bytes, name);
    plan = scoreWorkbook(workbook.grid, { mode: options.mode, profile: options.profile, fileName: name, lang: options.lang, marks: options.marks });
  } catch (err) {
    const code = err instanceof XlsxError ? err.code : "FILE_UNREADABLE";
    return done({ report: failedReport(name, code, messageOf(err, options.lang)), output: null, written: 0, notes: false, previewJson: "[]" });
  }
  const report = plan.report;
  const previewJson = JSON.stringify(buildPreviews(workbook.grid, plan, options.lang));
  if (options.mode === "check" || report.tables.length === 0 || plan.writes.length === 0) {
    return done({ report, output: null, written: 0, notes: false, previewJson });
  }
  try {
    const output = applyPlan(workbook, plan.writes);
    report.output = scoredName(name);
    return done({ report, output, written: plan.writes.length, notes: plan.writes.some((w) => w.mark), cleared: unmarkedCells(plan), previewJson });
  } catch (err) {
    const code = err instanceof XlsxError ? err.code : "WRITE_FAILED";
    report.errors.push({ code, message: messageOf(err, options.lang) });
    return done({ report, output: null, written: 0, notes: false, previewJson });
  }
}

/** Packs named files into one zip: workbooks stored as they are (already compressed), text deflated. */
export function zipFiles(entries: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) files[e.name] = [e.bytes, { level: /\.(xlsx|xlsm)$/i.test(e.name) ? 0 : 6 }];
  return zipSync(files);
}
