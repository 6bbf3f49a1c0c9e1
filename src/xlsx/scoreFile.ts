// One workbook's pipeline, for every host that holds bytes (the command line's workers, the page's worker): read →
// score → apply the plan → new bytes, with every problem a file error in the report. The hosts only fetch the bytes
// and store the result (a file on disk, a download).
import {
  failedReport,
  scoreWorkbook,
  unmarkedCells,
  type BandPick,
  type FileErrorCode,
  type FileReport,
  type MarkPolicy,
  type Plan,
  type Profile,
} from "../core";
import { applyPlan, applyPlanAsync } from "./applyPlan";
import type { ZipCodec } from "./codec";
import { XlsxError, xlsxError } from "./errors";
import { readXlsx, type XlsxWorkbook } from "./readWorkbook";
import type { PackedPart } from "./zipWrite";

/** What a run asks of one file. */
export interface FileRun {
  /** The file's own name (what the reader names in its messages). */
  name: string;
  /** The name the report lists (as the user gave it); `name` when absent. */
  display?: string;
  mode: "score" | "audit" | "check";
  profile: Profile;
  lang: "zh" | "en";
  /** Which findings mark the copy (default errors and warnings). */
  marks?: MarkPolicy;
  /** Bands a person picked for rows waiting for one (the page's band buttons). */
  picks?: readonly BandPick[];
  /** The zip codec to read and write with (Node's zlib on the command line). */
  codec?: ZipCodec;
}

/** A workbook read and scored, with the plan to apply. */
export interface ScoredWorkbook {
  workbook: XlsxWorkbook;
  plan: Plan;
}

/** One file's outcome: its report, and when a copy was made its bytes (not yet stored: `report.output` is null). */
export interface FileScore {
  report: FileReport;
  /** The workbook and plan, when it could be read (for previews); null for an unreadable file. */
  scored: ScoredWorkbook | null;
  /** The scored copy's bytes; null for target review, no table found, or a refused write. */
  output: Uint8Array | null;
  /** Cells an earlier run flagged and this one does not (their old fill and note are gone from the copy). */
  cleared: number;
}

/** The code and text of anything thrown while reading or writing, in the run's language. */
export function problemOf(
  err: unknown,
  lang: "zh" | "en",
  stage: "read" | "write",
): { code: FileErrorCode; message: string } {
  const reason = err instanceof Error ? err.message : String(err);
  const known =
    err instanceof XlsxError
      ? err
      : stage === "read"
        ? xlsxError("readFailed", { reason })
        : xlsxError("writeFailed", { failure: { kind: "structure", reason } });
  return { code: known.code, message: known.text(lang) };
}

/** Reads and scores; an unreadable file becomes a report with its file error. */
export function readAndScore(bytes: Uint8Array, run: FileRun): { report: FileReport; scored: ScoredWorkbook | null } {
  const display = run.display ?? run.name;
  try {
    const workbook = readXlsx(bytes, run.name, { codec: run.codec });
    const plan = scoreWorkbook(workbook.grid, {
      mode: run.mode,
      profile: run.profile,
      fileName: display,
      lang: run.lang,
      marks: run.marks,
      picks: run.picks,
    });
    return { report: plan.report, scored: { workbook, plan } };
  } catch (err) {
    const { code, message } = problemOf(err, run.lang, "read");
    return { report: failedReport(display, code, message), scored: null };
  }
}

/** True when the run writes a copy of this workbook: scoring or auditing a file where a table was found. */
export function writesCopy(run: FileRun, report: FileReport): boolean {
  return run.mode !== "check" && report.tables.length > 0;
}

/** The outcome once the copy is made by `write` (which returns its bytes or throws why it cannot be written). */
function withCopy(
  read: ReturnType<typeof readAndScore>,
  run: FileRun,
  write: (s: ScoredWorkbook) => Uint8Array,
): FileScore {
  const { report, scored } = read;
  if (!scored || !writesCopy(run, report)) return { report, scored, output: null, cleared: 0 };
  try {
    return { report, scored, output: write(scored), cleared: unmarkedCells(scored.plan) };
  } catch (err) {
    report.errors.push(problemOf(err, run.lang, "write"));
    return { report, scored, output: null, cleared: 0 };
  }
}

/** The whole pipeline with a synchronous writer. */
export function scoreFile(bytes: Uint8Array, run: FileRun): FileScore {
  return withCopy(readAndScore(bytes, run), run, (s) => applyPlan(s.workbook, s.plan.writes));
}

/** The whole pipeline, the changed parts packed by `pack` (the browser's CompressionStream). */
export async function scoreFileAsync(
  bytes: Uint8Array,
  run: FileRun,
  pack: (data: Uint8Array) => Promise<PackedPart>,
): Promise<FileScore> {
  const read = readAndScore(bytes, run);
  const packed =
    read.scored && writesCopy(run, read.report)
      ? await settle(applyPlanAsync(read.scored.workbook, read.scored.plan.writes, pack))
      : null;
  return withCopy(read, run, () => {
    if (!packed?.ok) throw packed?.error;
    return packed.value;
  });
}

async function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}
