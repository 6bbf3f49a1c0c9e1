// Scores one workbook file on disk: its bytes through the one pipeline (src/xlsx/scoreFile.ts), the copy then stored whole (src/cli/storeCopy.ts). Never touches the input unless in place.
import type { Stats } from "node:fs";
import * as path from "node:path";
import { failedReport, type FileReport, type MarkPolicy, type Profile } from "../core";
import { LIMITS, scoreFile, xlsxError } from "../xlsx";
import { nodeCodec } from "./nodeCodec";
import { cliText } from "./args";
import { fileStamp, readWithStats } from "./regularFile";
import { listedPathReason } from "./systemErrors";
import { storeCopy, type FileOutcome, type ScoredJob } from "./storeCopy";

/** How to process every file of this run (sent to each worker once). */
export interface JobSettings {
  inPlace: boolean;
  backup: boolean;
  mode: "score" | "audit" | "check";
  profile: Profile;
  lang: "zh" | "en";
  /** Which findings mark the copy (--info-marks: all; --clean: none). */
  marks: MarkPolicy;
  /** Whether each file's entry of the JSON report is made: for --json, or drafts that read it back. */
  reportEntries: boolean;
}

/** One file of the run. */
export interface JobFile {
  input: string;
  /** The name the report uses (as given on the command line). */
  display: string;
  /** Output path, or null for check (nothing written). */
  output: string | null;
}

/** How to process one file. */
export type FileJob = JobSettings & JobFile;

/** One file's job: the run's settings and the file's own fields, written out (a spread of the one given the other's
 *  fields outlives the young generation in Node 20's V8: docs/DECISIONS.md, "No object spread given more fields"). */
export function fileJob(s: JobSettings, f: JobFile): FileJob {
  const { inPlace, backup, mode, profile, lang, marks, reportEntries } = s;
  return {
    inPlace,
    backup,
    mode,
    profile,
    lang,
    marks,
    reportEntries,
    input: f.input,
    display: f.display,
    output: f.output,
  };
}

const MAX_BYTES = LIMITS.fileBytes;

/** Processes one file (src/xlsx/scoreFile.ts), then stores the copy; problems become file errors, never exceptions. */
export function processFile(job: FileJob): FileOutcome {
  return storeCopy(job, scoreJob(job));
}

/** Reads and scores one file, its copy made but not stored (storeCopy does that, here or in the main thread). */
export function scoreJob(job: FileJob): ScoredJob {
  const read = readInput(job);
  if (!("bytes" in read)) return { report: read, copy: null, cleared: 0, original: null, stamp: null };
  const run = {
    name: path.basename(job.input),
    display: job.display,
    mode: job.mode,
    profile: job.profile,
    lang: job.lang,
    marks: job.marks,
    codec: nodeCodec,
  };
  const { bytes, stats } = read;
  const { report, output, cleared } = scoreFile(bytes, run);
  const copy = job.output ? output : null;
  const inPlace = copy !== null && job.inPlace;
  return {
    report,
    copy,
    cleared: copy ? cleared : 0,
    original: inPlace && job.backup ? bytes : null,
    stamp: inPlace ? fileStamp(stats) : null,
  };
}

/** The input's bytes and status when opened (src/cli/regularFile.ts), or the report of why they cannot be read (too
 *  large, not readable). */
function readInput(job: FileJob): { bytes: Uint8Array; stats: Stats } | FileReport {
  try {
    const { read, stats } = readWithStats(job.input, MAX_BYTES);
    if (typeof read === "number") {
      const e = xlsxError("fileSize", { file: job.display, bytes: read, limitBytes: MAX_BYTES, host: "cli" });
      return failedReport(job.display, e.code, e.text(job.lang));
    }
    return { bytes: read, stats };
  } catch (e) {
    return failedReport(
      job.display,
      "FILE_UNREADABLE",
      cliText(job.lang).readFailed({ reason: listedPathReason(e, job.input, job.lang) }),
    );
  }
}
