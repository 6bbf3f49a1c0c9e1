// Scores one workbook file on disk: its bytes through the one pipeline (src/xlsx/scoreFile.ts), the copy written atomically. Never touches the input unless in place.
import * as fs from "node:fs";
import * as path from "node:path";
import { failedReport, type FileReport, type MarkPolicy, type Profile } from "../core";
import { LIMITS, scoreFile, xlsxError } from "../xlsx";
import { fitName, numbered } from "./files";
import { nodeCodec } from "./nodeCodec";
import { cliText } from "./args";
import { systemReason } from "./systemErrors";
import { replaceFile, writeTemp } from "./atomicFile";

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

/** One file's report, and on how many cells the written copy lost an earlier run's note and fill. */
export interface FileOutcome {
  report: FileReport;
  /** Cells flagged by an earlier run and not by this one, cleaned in the written copy. */
  cleared: number;
}

/** Processes one file (src/xlsx/scoreFile.ts), then stores the copy; problems become file errors, never exceptions. */
export function processFile(job: FileJob): FileOutcome {
  const bytes = readInput(job);
  if (!(bytes instanceof Uint8Array)) return { report: bytes, cleared: 0 };
  const run = {
    name: path.basename(job.input),
    display: job.display,
    mode: job.mode,
    profile: job.profile,
    lang: job.lang,
    marks: job.marks,
    codec: nodeCodec,
  };
  const { report, output, cleared } = scoreFile(bytes, run);
  if (!output || !job.output) return { report, cleared: 0 };
  try {
    writeAtomically(job, output, bytes);
    report.output = job.output;
    return { report, cleared };
  } catch (e) {
    report.errors.push({ code: "WRITE_FAILED", message: writeError(e as NodeJS.ErrnoException, job.output, job.lang) });
    return { report, cleared: 0 };
  }
}

/** The input's bytes, or the report of why they cannot be read (too large, not readable). */
function readInput(job: FileJob): Uint8Array | FileReport {
  try {
    const read = readBounded(job.input);
    if (typeof read === "number") {
      const e = xlsxError("fileSize", { file: job.display, bytes: read, limitBytes: MAX_BYTES, host: "cli" });
      return failedReport(job.display, e.code, e.text(job.lang));
    }
    return read;
  } catch (e) {
    return failedReport(
      job.display,
      "FILE_UNREADABLE",
      cliText(job.lang).readFailed({ reason: systemReason(e, job.lang) }),
    );
  }
}

/** The file's bytes, or its size when that passes the limit: its size from the file once open (no second lookup of
 *  the path), then as many bytes as it had then, read straight into the array the reader gets. */
function readBounded(file: string): Uint8Array | number {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    if (size > MAX_BYTES) return size;
    const bytes = new Uint8Array(size);
    let filled = 0;
    for (let n = 1; filled < size && n > 0; filled += n) n = fs.readSync(fd, bytes, filled, size - filled, null);
    return filled === size ? bytes : bytes.subarray(0, filled);
  } finally {
    fs.closeSync(fd);
  }
}

function writeError(e: NodeJS.ErrnoException, target: string, lang: "zh" | "en"): string {
  return cliText(lang).writeFailed({ target, reason: systemReason(e, lang) });
}

/** Moves a complete temporary file to `target` only if no file of that name exists (a hard link, which cannot
 *  replace; where links are not supported, a rename after a check). False when the name is taken. */
function placeNew(tmp: string, target: string): boolean {
  try {
    fs.linkSync(tmp, target);
    fs.rmSync(tmp, { force: true });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    if (fs.existsSync(target)) return false;
    fs.renameSync(tmp, target);
    return true;
  }
}

/** Keeps `original` (the input's bytes as read) in <name>.before-selfeval.xlsx, or, when that exists (an earlier
 * run's), in the next free <name>.before-selfeval（2）.xlsx …: no backup is ever replaced, so the original before the
 * first run stays. Nothing is kept when the newest backup already holds these very bytes (a re-run on an unchanged
 * file). The backup is written whole to a temporary file first, so a full disk or a kill never leaves half a backup. */
function keepBackup(input: string, original: Uint8Array): void {
  const ext = path.extname(input);
  const first = fitName(path.dirname(input), path.basename(input, ext), ".before-selfeval" + ext, "（99）");
  let n = 1;
  while (fs.existsSync(numbered(first, n))) n++;
  if (n > 1 && Buffer.from(original).equals(fs.readFileSync(numbered(first, n - 1)))) return;
  const tmp = writeTemp(path.dirname(input), original, true);
  try {
    while (!placeNew(tmp, numbered(first, n))) n++;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function writeAtomically(job: FileJob, bytes: Uint8Array, original: Uint8Array): void {
  if (job.inPlace && job.backup) keepBackup(job.input, original);
  replaceFile(job.output!, bytes, job.inPlace);
}
