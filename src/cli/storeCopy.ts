// Storing a scored file's copy: written whole (a temporary file renamed, src/cli/atomicFile.ts), after a backup of the
// original when the run rewrites files in place. A worker stores its own copies; a pool's lone worker hands them to
// the main thread, which has the time (docs/DECISIONS.md, "On two cores, one worker").
import * as fs from "node:fs";
import * as path from "node:path";
import type { FileError, FileReport } from "../core";
import { cliText } from "./args";
import { replaceFile, writeTemp } from "./atomicFile";
import { fileResult, type FileResult } from "./fileResult";
import { fitName, numbered } from "./files";
import { assertUnchanged, readRegularFile } from "./regularFile";
import type { PostedResult } from "./resultPoster";
import { codedError, systemReason } from "./systemErrors";

/** One file scored, its copy not yet stored. */
export interface ScoredJob {
  report: FileReport;
  /** The scored copy's bytes; null when nothing is to be written. */
  copy: Uint8Array | null;
  /** Cells flagged by an earlier run and not by this one (cleaned in the copy). */
  cleared: number;
  /** The input's bytes as read, for the backup an in-place run keeps; null otherwise. */
  original: Uint8Array | null;
  /** The input's stamp when it was read (src/cli/regularFile.ts), in an in-place run; null otherwise. */
  stamp: string | null;
}

/** What storing needs of the run and of the file. */
export interface CopyTarget {
  input: string;
  /** Output path, or null when nothing is written. */
  output: string | null;
  inPlace: boolean;
  backup: boolean;
  lang: "zh" | "en";
}

/** One file's report, and on how many cells the written copy lost an earlier run's note and fill. */
export interface FileOutcome {
  report: FileReport;
  /** Cells flagged by an earlier run and not by this one, cleaned in the written copy. */
  cleared: number;
}

/** Stores the copy (keeping a backup first when in place); a failure becomes the file's WRITE_FAILED error. */
export function storeCopy(target: CopyTarget, scored: ScoredJob): FileOutcome {
  const { report, copy } = scored;
  if (!copy || !target.output) return { report, cleared: 0 };
  try {
    writeCopy(target, copy, scored.original, scored.stamp);
    report.output = target.output;
    return { report, cleared: scored.cleared };
  } catch (e) {
    report.errors.push(writeFailure(target, e));
    return { report, cleared: 0 };
  }
}

/** Writes `copy` to the target's output whole, after a backup of `original` when in place; throws what stopped it.
 *  In place the input is not replaced through a link (ELINK), while another program has it open (EOPEN: its lock file
 *  beside it), nor when it is read-only (EREADONLY, EACCES), and it must
 *  still be the file stamped `stamp` when it was read, before the backup and again just before its name is taken (a
 *  user who saved it in Excel meanwhile keeps that save): else ECHANGED. The copy and the backup get its permissions. */
export function writeCopy(
  target: CopyTarget,
  copy: Uint8Array,
  original: Uint8Array | null,
  stamp: string | null,
): void {
  if (!target.inPlace) return replaceFile(target.output!, copy);
  refuseLink(target.input);
  refuseOpenElsewhere(target.input);
  const unchanged = () => assertUnchanged(target.input, stamp!);
  const st = unchanged();
  refuseReadOnly(target.input, st);
  if (target.backup) keepBackup(target.input, original!, st);
  replaceFile(target.output!, copy, st, unchanged);
}

/** Throws when the user's file is read-only (no write permission for anyone: EREADONLY) or not writable by this user
 *  (EACCES): renaming over it would succeed all the same, as the folder allows it, and undo that protection. */
function refuseReadOnly(input: string, st: fs.Stats): void {
  if ((st.mode & 0o222) === 0) throw codedError("EREADONLY", "read-only", input);
  fs.accessSync(input, fs.constants.W_OK);
}

/** The lock files an office program keeps beside a file it has open: LibreOffice's `.~lock.<name>#`, and the owner file
 *  of Microsoft Office (and WPS, which follows it): `~$` before the name, or in place of its first two characters. */
function lockFilesOf(input: string): string[] {
  const [dir, name] = [path.dirname(input), path.basename(input)];
  return [`.~lock.${name}#`, `~$${name}`, `~$${name.slice(2)}`].map((n) => path.join(dir, n));
}

/** Throws EOPEN when `input` is open in Excel, WPS or LibreOffice (its lock file is beside it): the program's next save
 *  would overwrite the scores, or the scores its unsaved edits (docs/DECISIONS.md, "`--in-place` refuses a file open in
 *  another program"). */
function refuseOpenElsewhere(input: string): void {
  const lock = lockFilesOf(input).find((f) => fs.existsSync(f));
  if (lock) throw codedError("EOPEN", "open in another program", input);
}

/** Throws ELINK when `input` is a symbolic link: renaming the copy over it would replace the link itself with a file
 *  and leave the file it points to unscored (docs/DECISIONS.md, "--in-place does not write through a link"). */
function refuseLink(input: string): void {
  if (!fs.lstatSync(input).isSymbolicLink()) return;
  throw codedError("ELINK", "a symbolic link", input);
}

/** The WRITE_FAILED error of a copy that could not be stored, in the run's language. */
export function writeFailure(target: CopyTarget, e: unknown): FileError {
  const reason = systemReason(e as NodeJS.ErrnoException, target.lang);
  return { code: "WRITE_FAILED", message: cliText(target.lang).writeFailed({ target: target.output!, reason }) };
}

/** Stores a copy a worker posted with its result (made as it reads once stored); if it cannot be stored, the result
 *  made again, with the WRITE_FAILED error and no output, from the file's report: its report entry (the result has one
 *  exactly when the run makes report entries), or, when the run makes none, the report `scoreAgain` gives (the file
 *  scored here: rare, and no worker sends every file's report just in case). */
export function storePosted(target: CopyTarget, posted: PostedResult, scoreAgain: () => FileReport): FileResult {
  const copy = posted.copy!;
  try {
    writeCopy(target, copy.bytes, copy.original, copy.stamp);
    return posted.result;
  } catch (e) {
    const entry = posted.result.json;
    const report = entry ? (JSON.parse(Buffer.concat(entry).toString("utf8")) as FileReport) : scoreAgain();
    report.output = null;
    report.errors.push(writeFailure(target, e));
    return fileResult(report, 0, target.lang, entry !== null);
  }
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
 * file). The backup is written whole to a temporary file first, so a full disk or a kill never leaves half a backup,
 * with the permissions and owner of the input (`like`): a backup is read by no one who could not read the file. */
function keepBackup(input: string, original: Uint8Array, like: fs.Stats): void {
  const ext = path.extname(input);
  const first = fitName(path.dirname(input), path.basename(input, ext), ".before-selfeval" + ext, "（99）");
  let n = 1;
  while (fs.existsSync(numbered(first, n))) n++;
  // the newest backup read as the inputs are (never waiting on a pipe), and not at all when it is larger
  const newest = n > 1 ? readRegularFile(numbered(first, n - 1), original.length) : null;
  if (newest instanceof Uint8Array && Buffer.from(original).equals(newest)) return;
  const tmp = writeTemp(path.dirname(input), original, like);
  try {
    while (!placeNew(tmp, numbered(first, n))) n++;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
