// The work the page's Web Worker does, as pure functions: score one workbook's bytes, pack files into a zip.
import { zipSync, type Zippable } from "fflate";
import { scoreWorkbook, type MarkPolicy } from "../core";
import { unmarkedCells, type Plan } from "../core/plan";
import type { Profile } from "../core/profile";
import type { RunMode } from "../host/types";
import { applyPlan, applyPlanAsync, readXlsx, XlsxError, type PackedPart, type XlsxWorkbook } from "../xlsx";
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

/** A workbook read and scored, before its copy is written. */
interface Scored {
  workbook: XlsxWorkbook;
  plan: Plan;
  previewJson: string;
}

/** Reads and scores one workbook; returns the finished result instead when nothing is to be written. */
function readAndScore(bytes: Uint8Array, name: string, options: ScoreFileOptions, done: (r: Omit<ScoredFile, "millis">) => ScoredFile): Scored | ScoredFile {
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
  return { workbook, plan, previewJson };
}

/** The result once the copy is written (`write` returns its bytes or throws why it could not be written). */
function written(scored: Scored, name: string, options: ScoreFileOptions, done: (r: Omit<ScoredFile, "millis">) => ScoredFile, write: () => Uint8Array): ScoredFile {
  const { plan, previewJson } = scored;
  const report = plan.report;
  try {
    const output = write();
    report.output = scoredName(name);
    return done({ report, output, written: plan.writes.length, notes: plan.writes.some((w) => w.mark), cleared: unmarkedCells(plan), previewJson });
  } catch (err) {
    const code = err instanceof XlsxError ? err.code : "WRITE_FAILED";
    report.errors.push({ code, message: messageOf(err, options.lang) });
    return done({ report, output: null, written: 0, notes: false, previewJson });
  }
}

function timer(): (r: Omit<ScoredFile, "millis">) => ScoredFile {
  const started = Date.now();
  return (result) => ({ ...result, millis: Date.now() - started });
}

/** Reads, scores and (unless mode is check) writes one workbook; problems become file errors, never throws. */
export function scoreFileBytes(bytes: Uint8Array, name: string, options: ScoreFileOptions): ScoredFile {
  const done = timer();
  const scored = readAndScore(bytes, name, options, done);
  if (!("plan" in scored)) return scored;
  return written(scored, name, options, done, () => applyPlan(scored.workbook, scored.plan.writes));
}

/** scoreFileBytes, the changed parts packed by `pack` (the browser's CompressionStream, see pageCodec.ts). */
export async function scoreFileBytesAsync(bytes: Uint8Array, name: string, options: ScoreFileOptions, pack: (data: Uint8Array) => Promise<PackedPart>): Promise<ScoredFile> {
  const done = timer();
  const scored = readAndScore(bytes, name, options, done);
  if (!("plan" in scored)) return scored;
  let output: Uint8Array | unknown;
  let failed = false;
  try {
    output = await applyPlanAsync(scored.workbook, scored.plan.writes, pack);
  } catch (err) {
    [output, failed] = [err, true];
  }
  return written(scored, name, options, done, () => {
    if (failed) throw output;
    return output as Uint8Array;
  });
}

/** Packs named files into one zip: workbooks stored as they are (already compressed), text deflated. */
export function zipFiles(entries: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) files[e.name] = [e.bytes, { level: /\.(xlsx|xlsm)$/i.test(e.name) ? 0 : 6 }];
  return zipSync(files);
}
