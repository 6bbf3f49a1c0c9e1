// The `selfeval` command line: score, check and list profiles over files and folders. The main thread walks the
// folders, hands the files to the pool and writes each result out as it comes (the JSON report streamed, the
// summary printed in file order); it keeps a few counters per run, no report (memory flat in the number of files).
import * as fs from "node:fs";
import * as path from "node:path";
import { VERSION } from "../core";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID } from "../core";
import type { Profile } from "../core";
import type { FileReport } from "../core";
import { RunTally, type FileAggregate } from "./aggregate";
import { failedReport, messagesFor } from "../core";
import { cliText, helpText, parseArgs, UsageError, type CliArgs } from "./args";
import { otherSpreadsheetError } from "../xlsx/sniff";
import { fileResult, type FileResult } from "./fileResult";
import { makeJobs, type InputFile, type JobList } from "./files";
import { expandInputs } from "./folderWalk";
import { FolderLocks, type LockOwner } from "./folderLock";
import { coreCount, poolMinBytes, runBatch } from "./pool";
import type { JobFile, JobSettings } from "./processFile";
import { ReportStream } from "./reportStream";
import { progressBar } from "./summary";
import { systemReason } from "./systemErrors";
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

/** Loads a built-in profile by id or a profile JSON file; throws UsageError with the reason. Only a file is
 *  validated, and only then is the schema (zod) loaded. */
export function loadProfile(spec: string | null, lang: "zh" | "en" = "zh"): Profile {
  if (!spec) return builtInProfile(DEFAULT_PROFILE_ID)!;
  const builtIn = builtInProfile(spec);
  if (builtIn) return builtIn;
  const t = cliText(lang);
  if (!fs.existsSync(spec)) throw new UsageError(t.profileNotFound({ spec, ids: BUILT_IN_PROFILES.map((p) => p.id) }));
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(spec, "utf8"));
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

/** Where the run's results go as they come: stdout (each file's summary), the JSON report, the counters. */
class RunOutput {
  readonly tally = new RunTally();
  /** The files' aggregates, kept only for a summary workbook (--summary): about half a kilobyte a file. */
  readonly aggregates: FileAggregate[] = [];
  /** The reports of the files drafted (`selfeval report`), with their inputs. */
  readonly drafted: { report: FileReport; input: InputFile }[] = [];
  private readonly report: ReportStream | null;

  constructor(
    private readonly io: CliIO,
    private readonly progress: boolean,
    json: string | null,
    profileId: string,
    private readonly keep: { aggregates: boolean; drafts: boolean },
  ) {
    this.report = json === null ? null : new ReportStream(json, profileId);
  }

  /** Writes one file's result out; `input` is the file it came from (null for a file listed but not processed). */
  add(result: FileResult, input: InputFile | null = null): void {
    if (this.progress) process.stderr.write("\r\x1b[K");
    this.io.out(result.lines);
    this.report?.add(result.json);
    this.tally.add(result.aggregate);
    if (this.keep.aggregates) this.aggregates.push(result.aggregate);
    if (this.keep.drafts && input) this.drafted.push({ report: JSON.parse(textOf(result.json)) as FileReport, input });
  }

  /** Ends the report; returns the error that kept it from being written, or null. */
  finish(): unknown {
    return this.report ? this.report.finish() : null;
  }
}

/** A report entry as text (workers send it as UTF-8 bytes). */
function textOf(json: string | Uint8Array): string {
  return typeof json === "string" ? json : new TextDecoder().decode(json);
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let args: CliArgs;
  let profile: Profile;
  try {
    args = parseArgs(argv);
    if (args.command === "help") {
      io.out(helpText(args.lang));
      return 0;
    }
    if (args.command === "version") {
      io.out(`selfeval ${VERSION}`);
      return 0;
    }
    if (args.command === "profiles") {
      for (const p of BUILT_IN_PROFILES)
        io.out(
          cliText(args.lang).profileLine({
            id: p.id,
            name: args.lang === "zh" ? p.name : p.nameEn,
            isDefault: p.id === DEFAULT_PROFILE_ID,
          }),
        );
      return 0;
    }
    profile = loadProfile(args.profile, args.lang);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`selfeval: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const expanded = expandInputs(args.inputs, args.command === "report" ? null : args.out);
  const { missing, skipped, unreadable, others } = expanded;
  const summaryFile = args.summary === null ? null : path.resolve(args.summary);
  // an earlier run's 汇总表 is not scored
  const files =
    summaryFile === null ? expanded.files : expanded.files.filter((f) => path.resolve(f.path) !== summaryFile);
  const t = cliText(args.lang);
  for (const d of skipped) io.out(oneLine(t.skippedOutput({ path: d })));
  const mode = args.command === "check" ? "check" : args.audit ? "audit" : "score";
  const settings: JobSettings = {
    inPlace: args.inPlace,
    backup: args.backup,
    mode,
    profile,
    lang: args.lang,
    marks: args.marks,
  };
  const allJobs = makeJobs(files, args.out, args.inPlace, mode !== "check" && args.command !== "report");
  const locks = new FolderLocks();
  const busy = args.inPlace ? locks.acquire(allJobs.folders()) : new Map<string, LockOwner>();
  const { kept: jobs, left: lockedJobs } = busy.size
    ? allJobs.split((dir) => !busy.has(dir))
    : { kept: allJobs, left: [] };
  const progress = jobs.length > 1 && io.isTTY;
  const output = new RunOutput(io, progress, args.json, profile.id, {
    aggregates: args.summary !== null,
    drafts: args.command === "report",
  });
  const listed: FileReport[] = [
    ...missing.map((m) => failedReport(m, "FILE_UNREADABLE", t.missing({ path: m }))),
    ...unreadable.map((d) => failedReport(d, "FILE_UNREADABLE", t.unreadableFolder({ path: d }))),
    ...others.map((f) =>
      failedReport(f, "FILE_LEGACY_FORMAT", t.notProcessed({ reason: otherSpreadsheetError(f)!.text(args.lang) })),
    ),
    ...lockedJobs.map((j) => lockedOut(j, busy.get(path.resolve(path.dirname(j.input)))!, args.lang)),
  ];
  for (const r of listed) output.add(fileResult(r, 0, args.lang));
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
