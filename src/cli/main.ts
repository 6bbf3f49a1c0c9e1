// The `selfeval` command line: score, check and list profiles over files and folders. The main thread walks the
// folders, hands the files to the pool and writes each result out as it comes (the JSON report streamed, the
// summary printed in file order); it keeps a few counters per run, no report (memory flat in the number of files).
import * as fs from "node:fs";
import * as path from "node:path";
import { VERSION } from "../core";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID } from "../core";
import type { Profile } from "../core";
import type { FileReport } from "../core";
import { failedReport, messagesFor } from "../core";
import { cliText, helpText, parseArgs, UsageError, type CliArgs } from "./args";
import { otherSpreadsheetError } from "../xlsx/sniff";
import { fileResult } from "./fileResult";
import { makeJobs, type JobList } from "./files";
import { expandInputs } from "./folderWalk";
import { FolderLocks, type LockOwner } from "./folderLock";
import { coreCount, poolMinBytes, runBatch } from "./pool";
import type { JobFile, JobSettings } from "./processFile";
import { readRegularText } from "./regularFile";
import { RunOutput } from "./runOutput";
import { progressBar } from "./summary";
import { listedPathReason, systemReason } from "./systemErrors";
import { oneLine } from "./terminal";

/** Where the command line writes; tests pass their own. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  isTTY: !!process.stderr.isTTY,
};

/** The largest profile file read: a profile is a few kilobytes of JSON, so anything near this is not one. */
export const PROFILE_BYTES = 4 * 1024 * 1024;

/** Loads a built-in profile by id or a profile JSON file; throws UsageError with the reason. Only a file is
 *  validated, and only then is the schema (zod) loaded. */
export function loadProfile(spec: string | null, lang: "zh" | "en" = "zh"): Profile {
  if (!spec) return builtInProfile(DEFAULT_PROFILE_ID)!;
  const builtIn = builtInProfile(spec);
  if (builtIn) return builtIn;
  const t = cliText(lang);
  if (!fs.existsSync(spec)) throw new UsageError(t.profileNotFound({ spec, ids: BUILT_IN_PROFILES.map((p) => p.id) }));
  let read: string | number;
  try {
    read = readRegularText(spec, PROFILE_BYTES);
  } catch (e) {
    throw new UsageError(t.profileUnreadable({ spec, reason: systemReason(e, lang) }));
  }
  if (typeof read === "number")
    throw new UsageError(t.profileTooLarge({ spec, bytes: read, limitBytes: PROFILE_BYTES }));
  let data: unknown;
  try {
    data = JSON.parse(read);
  } catch (e) {
    throw new UsageError(t.profileNotJson({ spec, reason: (e as Error).message }));
  }
  // zod is loaded only here, when a profile file is validated; every rule (grade order, names, weights) is the core's
  const { ProfileSchema, profileProblemOf } = require("../core/schemas") as typeof import("../core/schemas");
  const r = ProfileSchema.safeParse(data);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => ({
    path: i.path.join("."),
    message: messagesFor(lang).profileProblem(profileProblemOf(i)),
  }));
  throw new UsageError(t.profileInvalid({ spec, problems }));
}

/** The size of the input files, counted until it reaches `enough` (the pool's threshold: no need to stat them all;
 *  none when no size would start a pool). */
function inputBytes(files: JobList, enough: number): number {
  let bytes = 0;
  if (enough === Infinity) return bytes;
  for (let i = 0; i < files.length && bytes < enough; i++) {
    try {
      bytes += fs.statSync(files.at(i).input).size;
    } catch {
      // unreadable: the job reports it
    }
  }
  return bytes;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const start = startRun(argv, io);
  if (typeof start === "number") return start;
  const { args, profile } = start;
  const locks = new FolderLocks();
  const { jobs, listed } = listJobs(args, locks, io);
  const progress = jobs.length > 1 && io.isTTY;
  const output = new RunOutput(io, progress, args.json, profile.id, {
    aggregates: args.summary !== null,
    drafts: args.command === "report",
  });
  const settings = jobSettings(args, profile);
  for (const r of listed) output.add(fileResult(r, 0, args.lang, settings.reportEntries));
  try {
    await runBatch({
      files: jobs,
      settings,
      bytes: args.jobs === null ? inputBytes(jobs, poolMinBytes(Math.min(coreCount(), jobs.length))) : 0,
      jobsWanted: args.jobs,
      onResult: (i, result) => output.add(result, jobs.input(i)),
      onProgress: (done) => progress && process.stderr.write(`\r${progressBar(done, jobs.length)}`),
    });
  } finally {
    locks.release();
  }
  if (progress) process.stderr.write("\n");
  return finishRun(args, profile, output, io);
}

/** The run's arguments and profile, or the exit code of a command that ends here (help, version, profiles, a
 *  usage error). */
function startRun(argv: string[], io: CliIO): { args: CliArgs; profile: Profile } | number {
  try {
    const args = parseArgs(argv);
    const done = infoCommand(args, io);
    return done ?? { args, profile: loadProfile(args.profile, args.lang) };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`selfeval: ${e.message}`);
    return 2;
  }
}

/** Prints what help, version or profiles asks for and returns 0; null for a command that processes files. */
function infoCommand(args: CliArgs, io: CliIO): number | null {
  if (args.command === "help") io.out(helpText(args.lang));
  else if (args.command === "version") io.out(`selfeval ${VERSION}`);
  else if (args.command === "profiles")
    for (const p of BUILT_IN_PROFILES)
      io.out(
        cliText(args.lang).profileLine({
          id: p.id,
          name: args.lang === "zh" ? p.name : p.nameEn,
          isDefault: p.id === DEFAULT_PROFILE_ID,
        }),
      );
  else return null;
  return 0;
}

/** What every file of the run is asked to do. */
function jobSettings(args: CliArgs, profile: Profile): JobSettings {
  const mode = args.command === "check" ? "check" : args.audit ? "audit" : "score";
  // report entries for the JSON report, and for the drafts of `selfeval report`, which read them back
  const reportEntries = args.json !== null || args.command === "report";
  return {
    inPlace: args.inPlace,
    backup: args.backup,
    mode,
    profile,
    lang: args.lang,
    marks: args.marks,
    reportEntries,
  };
}

/** The run's jobs (folders of --in-place runs locked in `locks`), and the reports of inputs listed but not
 *  processed: missing, unreadable folders, other formats, folders another run holds. */
function listJobs(args: CliArgs, locks: FolderLocks, io: CliIO): { jobs: JobList; listed: FileReport[] } {
  const t = cliText(args.lang);
  const expanded = expandInputs(args.inputs, args.command === "report" ? null : args.out);
  const summaryFile = args.summary === null ? null : path.resolve(args.summary);
  // an earlier run's 汇总表 is not scored
  const files =
    summaryFile === null ? expanded.files : expanded.files.filter((f) => path.resolve(f.path) !== summaryFile);
  for (const d of expanded.skipped) io.out(oneLine(t.skippedOutput({ path: d })));
  for (const l of expanded.links) io.out(oneLine(t.skippedLink({ path: l })));
  // check and report read only: no copies
  const allJobs = makeJobs(files, args.out, args.inPlace, args.command === "score");
  const busy = args.inPlace ? locks.acquire(allJobs.folders()) : new Map<string, LockOwner>();
  const { kept: jobs, left } = busy.size ? allJobs.split((dir) => !busy.has(dir)) : { kept: allJobs, left: [] };
  const listed: FileReport[] = [
    ...expanded.missing.map((m) => failedReport(m, "FILE_UNREADABLE", t.missing({ path: m }))),
    ...expanded.unreadable.map((d) =>
      failedReport(
        d.path,
        "FILE_UNREADABLE",
        t.unreadableFolder({ path: d.path, reason: listedPathReason(d.error, d.path, args.lang) }),
      ),
    ),
    ...expanded.others.map((f) =>
      failedReport(f, "FILE_LEGACY_FORMAT", t.notProcessed({ reason: otherSpreadsheetError(f)!.text(args.lang) })),
    ),
    ...left.map((j) => lockedOut(j, busy.get(path.resolve(path.dirname(j.input)))!, args.lang)),
  ];
  return { jobs, listed };
}

/** Prints the count, ends the report, writes the summary workbook and drafts asked for; returns the exit code. */
async function finishRun(args: CliArgs, profile: Profile, output: RunOutput, io: CliIO): Promise<number> {
  const t = cliText(args.lang);
  const { files: count, failed } = output.tally;
  io.out(t.processed({ files: count, failed }));
  const reportError = output.finish();
  if (reportError !== null) {
    io.err(oneLine(`selfeval: ${t.reportFailed({ file: args.json!, reason: systemReason(reportError, args.lang) })}`));
    return 1;
  }
  if (args.summary === null && args.command !== "report") return failed > 0 ? 1 : 0;
  // the summary workbook and the drafts (their writers, fflate among them) are loaded only for a run that makes them
  const { writeDraftFiles, writeSummaryFile } = require("./reportOutputs") as typeof import("./reportOutputs");
  if (args.summary !== null && !writeSummaryFile(output.aggregates, args.summary, profile.id, args.lang, io)) return 1;
  if (args.command === "report" && !(await writeDraftFiles(output.drafted, args.out, args.lang, io))) return 1;
  return failed > 0 ? 1 : 0;
}

/** The report of a file left alone because another run holds its folder's lock. */
function lockedOut(job: JobFile, owner: LockOwner, lang: "zh" | "en"): FileReport {
  const message = cliText(lang).lockedOut({ pid: owner.pid, since: owner.started.replace("T", " ").slice(0, 19) });
  return failedReport(job.display, "WRITE_FAILED", message);
}
