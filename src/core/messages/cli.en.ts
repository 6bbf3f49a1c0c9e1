// The command line's texts in English, item for item as cli.zh.ts. Plain ASCII punctuation.
import { fmtScore } from "../score/rounding";
import type { CliMessages } from "./cli";

const SYSTEM: Record<string, string> = {
  ENAMETOOLONG:
    "the file name or path is too long (file names may have at most 255 bytes, about 85 Chinese characters)",
  ENOENT: "the path does not exist (the folder may have been moved or deleted)",
  EACCES: "permission denied (a read-only folder, or a read-only file?)",
  EPERM: "permission denied (a read-only folder, or a read-only file?)",
  EROFS: "no write permission (a read-only disk or folder)",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EEXIST: "part of the path is an existing file, not a folder",
  ENOTDIR: "part of the path is an existing file, not a folder",
  EISDIR: "this is a folder; give a file name",
  // our own codes beside the system's
  ENOTREG: "this is not a regular file but a pipe, device or socket",
  ECHANGED:
    "another program changed, replaced or moved the file after it was read (saved it in Excel or WPS?); so as not to overwrite those changes the scores were not written back; close the other program and run again",
  EREADONLY:
    "the file is read-only, so it is not rewritten in place; clear read-only first to write it back, or use --out",
  EOPEN:
    "the file is open in Excel, WPS or LibreOffice (its lock file is in the same folder): that program's next save would overwrite the scores, or they its unsaved edits, so it is not written back; close it first (if it is closed, the lock file was left by a crash and can be deleted), or use --out",
  ELINK:
    "this is a link to another file: rewriting it in place would replace the link itself with the scored file and leave the file it points to unscored, so nothing was written back; give the file itself, or use --out",
  EBADNAME:
    "the name is not UTF-8 (usually a GBK name from a zip made on Windows and unpacked on Linux), so it cannot be opened by it; unpack again with unzip -O GBK, or rename with convmv -f gbk -t utf-8 --notest, then score again",
  EMFILE: "too many open files; try again later or with fewer --jobs",
  ENFILE: "the system has too many open files; try again later",
  EBUSY: "the file is in use by another program (Excel or WPS has it open?); close it and try again",
  ETXTBSY: "the file is in use by another program; close it and try again",
  EIO: "a disk read or write error (the disk or network drive may be failing)",
  EXDEV: "files cannot be moved across disks",
  ELOOP: "symbolic links in the path form a loop",
  EAGAIN: "the resource is temporarily unavailable; try again later",
  ETIMEDOUT: "the network drive timed out",
  ECONNRESET: "the connection to the network drive was reset",
  EFBIG: "the file is larger than the file system allows",
};

const GRADES: Record<string, string> = { 优: "excellent", 良: "good", 中: "pass", 差: "poor" };

/** The command line's texts in English. */
export const cliEn: CliMessages = {
  help: `selfeval - scores budget performance self-evaluation workbooks (.xlsx)

Usage:
  selfeval score <files or folders...> [--out DIR] [--in-place] [--profile ID|FILE] [--audit] [--json REPORT]
                 [--summary SUMMARY.xlsx] [--info-marks | --clean] [--lang zh|en] [--jobs N]
  selfeval check <files or folders...> [--profile ID|FILE] [--json REPORT] [--summary SUMMARY.xlsx] [--lang zh|en]
  selfeval report <files or folders...> [--out REPORT.docx|DIR] [--profile ID|FILE] [--lang zh|en]
  selfeval profiles
  selfeval --help | --version

score         writes the scores, funding rate, total, grade and flags into a copy (<name>.scored.xlsx beside the
              input, or DIR/<name>.xlsx with --out); --in-place rewrites the input atomically and keeps
              <name>.before-selfeval.xlsx (unless --no-backup; later runs add (2), (3) and so on, the first is never
              replaced)
--audit       reviewer's mode: the scores already filled in stay; each that differs from the rules is flagged
              (SCORE_DIFFERS) on a copy
--info-marks  also marks the hints (info findings) in the copy; by default only errors and warnings are marked
--clean       writes the scores, total and grade with no marks and no notes column (not with --audit or check)
check         target review only: writes nothing but the report
Exit codes: 0 every file processed, 1 a file could not be read or written, 2 usage error.`,
  reportHelp: `Summary and reports:
  selfeval score|check <files or folders...> --summary summary.xlsx   also writes a summary workbook: one row per table
           (the file links to its scored copy), those needing attention first
  selfeval report <files or folders...> [--out report.docx|DIR] [--profile ID] [--lang zh|en] [--summary summary.xlsx]
           writes a draft self-evaluation report (.docx) for every project and department table from its scores, with
           what a person must write marked [To complete: ...]; writes no workbook. By default <name>.report.docx beside
           the input; a file with several tables gets the sheet name in each draft's name`,
  unknownCommand: (p) =>
    `Unknown command "${p.command}". Commands: score, check, report, profiles (selfeval --help for usage)`,
  needsValue: (p) => `${p.flag} needs a value`,
  langValue: () => "--lang must be zh or en",
  jobsValue: () => "--jobs needs a whole number from 1 to 64",
  unknownOption: (p) => `Unknown option "${p.option}" (selfeval --help for usage)`,
  noInputs: () => "Name the workbooks or folders to score",
  inPlaceWithOut: () => "--in-place and --out cannot be used together",
  auditInPlace: () => "Checking filled-in scores (--audit) marks a copy only; it cannot be used with --in-place",
  checkWrites: () => "check writes the report only, no workbook: drop --out / --in-place",
  reportInPlace: () => "report writes drafts only and never changes a workbook: drop --in-place / --audit",
  summaryNotXlsx: () => "--summary needs an .xlsx file name, e.g. summary.xlsx",
  cleanWithAudit: () => "--clean writes a scored copy without marks; it cannot be used with --audit or check",
  profileNotFound: (p) => `No scoring profile "${p.spec}": neither a built-in profile (${p.ids.join(", ")}) nor a file`,
  profileNotJson: (p) => `The profile file "${p.spec}" is not valid JSON: ${p.reason}`,
  profileUnreadable: (p) => `Could not read the profile file "${p.spec}": ${p.reason}`,
  profileTooLarge: (p) =>
    `The profile file "${p.spec}" is ${(p.bytes / 2 ** 20).toFixed(1)} MB, over ${p.limitBytes / 2 ** 20} MB: not a scoring profile; not read`,
  profileInvalid: (p) =>
    `The profile file "${p.spec}" is not valid: ${p.problems.map((x) => `${x.path || "(root)"}: ${x.message}`).join("; ")}`,
  profileLine: (p) => `${p.id.padEnd(20)} ${p.name}${p.isDefault ? " (default)" : ""}`,
  tableLine: (t) => {
    const fund = t.funding ? `funding ${(t.funding.rate * 100).toFixed(2)}% scores ${fmtScore(t.funding.score)}, ` : "";
    const result =
      t.result === "check-only"
        ? "checked, not scored"
        : t.result === "withheld"
          ? "total withheld (rows wait for a person)"
          : `total ${fmtScore(t.result.total)}, ${t.result.grade ? `grade ${GRADES[t.result.grade] ?? t.result.grade}` : "no grade yet"}`;
    return `${t.sheet}!${t.range} (${t.indicators} indicators): ${fund}${result}; errors ${t.counts.error}, warnings ${t.counts.warning}, hints ${t.counts.info}`;
  },
  nextSteps: (p) => `Next: ${p.line}`,
  moreFindings: (p) => `... and ${p.n} more errors and warnings: see the notes in the scored copy or the --json report`,
  missing: (p) => `No such file or folder "${p.path}"`,
  unreadableFolder: (p) => `Cannot open the folder "${p.path}": ${p.reason}; its files were not processed`,
  skippedLink: (p) =>
    `Skipped "${p.path}": a link to another folder, not followed (its files could be scored twice, or without end); to score them, give that folder itself`,
  skippedOutput: (p) => `Skipped the output folder "${p.path}": it holds scored copies`,
  notProcessed: (p) => `Not processed: ${p.reason}`,
  processed: (p) => `${p.files} file(s) processed, ${p.failed} failed.`,
  reportFailed: (p) => `Cannot write the report "${p.file}": ${p.reason}`,
  readFailed: (p) => `Cannot read the file: ${p.reason}`,
  writeFailed: (p) => `Cannot write "${p.target}": ${p.reason}; the original is unchanged`,
  cleared: (p) => `  i Scored before: took last run's fill and note off ${p.n} cell(s) that are fine now`,
  lockedOut: (p) =>
    `Not processed: another selfeval (process ${p.pid}, started ${p.since}) is rewriting files in this folder in place; run again when it has finished, so that the two runs do not overwrite each other's backups. The original is unchanged`,
  summaryWritten: (p) => `Summary: ${p.file} (${p.rows} row(s), those needing attention first)`,
  summaryFailed: (p) => `Could not write the summary "${p.file}": ${p.reason}`,
  draftWritten: (p) => `Draft report: ${p.file}`,
  draftFailed: (p) => `Could not write the draft "${p.file}": ${p.reason}`,
  noDrafts: () =>
    "No table to draft a report for (only target sheets, tables without a completed-value column, or files that could not be read).",
  system: (p) => (p.code && SYSTEM[p.code]) || `system error (${p.code ?? p.detail})`,
};
