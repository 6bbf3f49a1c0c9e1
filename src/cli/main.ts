// The `selfeval` command line: score, check and list profiles over files and folders.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildReport, VERSION } from "../core/reportBuilder";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID, ProfileSchema, type Profile } from "../core/profile";
import type { FileReport } from "../core/report";
import { helpText, parseArgs, UsageError, type CliArgs } from "./args";
import { otherSpreadsheetError } from "../xlsx";
import { expandInputs, makeJobs } from "./files";
import { FolderLocks, type LockOwner } from "./folderLock";
import { runJobs } from "./pool";
import { writeReason, type FileJob } from "./processFile";
import { writeDraftFiles, writeSummaryFile } from "./reportOutputs";
import { fileSummary, progressBar } from "./summary";
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

/** Loads a built-in profile by id or a profile JSON file; throws UsageError with the reason. */
export function loadProfile(spec: string | null): Profile {
  if (!spec) return builtInProfile(DEFAULT_PROFILE_ID)!;
  const builtIn = builtInProfile(spec);
  if (builtIn) return builtIn;
  if (!fs.existsSync(spec)) throw new UsageError(`找不到评分方案“${spec}”：既不是内置方案（${BUILT_IN_PROFILES.map((p) => p.id).join("、")}），也不是文件`);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(spec, "utf8"));
  } catch (e) {
    throw new UsageError(`评分方案文件“${spec}”不是有效的JSON：${(e as Error).message}`);
  }
  const r = ProfileSchema.safeParse(data);
  if (!r.success) throw new UsageError(`评分方案文件“${spec}”有误：${r.error.issues.map((i) => `${i.path.join(".") || "(根)"}：${i.message}`).join("；")}`);
  return r.data;
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
      for (const p of BUILT_IN_PROFILES) io.out(`${p.id.padEnd(20)} ${args.lang === "zh" ? p.name : p.nameEn}${p.id === DEFAULT_PROFILE_ID ? (args.lang === "zh" ? "（默认）" : " (default)") : ""}`);
      return 0;
    }
    profile = loadProfile(args.profile);
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
  const files = expanded.files.filter((f) => path.resolve(f.path) !== summaryFile); // an earlier run's 汇总表 is not scored
  for (const d of skipped) io.out(oneLine(args.lang === "zh" ? `已跳过输出文件夹“${d}”：其中是评分后的副本，不再重复评分` : `Skipped the output folder "${d}": it holds scored copies`));
  const mode = args.command === "check" ? "check" : args.audit ? "audit" : "score";
  const allJobs = makeJobs(files, { inPlace: args.inPlace, backup: args.backup, mode, profile, lang: args.lang }, args.out, mode !== "check" && args.command !== "report");
  const locks = new FolderLocks();
  const busy = args.inPlace ? locks.acquire(allJobs.map((j) => path.dirname(j.input))) : new Map<string, LockOwner>();
  const jobs = allJobs.filter((j) => !busy.has(path.resolve(path.dirname(j.input))));
  const batch = jobs.length > 1;
  let outcomes;
  try {
    outcomes = await runJobs(jobs, args.jobs, (done) => {
      if (batch && io.isTTY) process.stderr.write(`\r${progressBar(done, jobs.length)}`);
    });
  } finally {
    locks.release();
  }
  if (batch && io.isTTY) process.stderr.write("\n");
  const all: FileReport[] = [
    ...missing.map((m): FileReport => ({ file: m, output: null, tables: [], errors: [{ code: "FILE_UNREADABLE", message: `找不到文件或文件夹“${m}”` }] })),
    ...unreadable.map((d): FileReport => ({ file: d, output: null, tables: [], errors: [{ code: "FILE_UNREADABLE", message: `无法打开文件夹“${d}”（没有读取权限？），其中的文件未处理` }] })),
    ...others.map((f): FileReport => ({ file: f, output: null, tables: [], errors: [{ code: "FILE_LEGACY_FORMAT", message: `未处理：${otherSpreadsheetError(f)!.message}` }] })),
    ...allJobs.filter((j) => !jobs.includes(j)).map((j) => lockedOut(j, busy.get(path.resolve(path.dirname(j.input)))!)),
    ...outcomes.map((o) => o.report),
  ];
  const cleared = new Map(outcomes.map((o) => [o.report, o.cleared]));
  for (const r of all) io.out(fileSummary(r, args.lang) + (cleared.get(r) ? "\n" + clearedLine(cleared.get(r)!, args.lang) : ""));
  const bad = all.filter((r) => r.errors.some((e) => e.code !== "NO_TABLE_FOUND")).length;
  io.out(args.lang === "zh" ? `共处理${all.length}个文件，${bad}个未能完成。` : `${all.length} file(s) processed, ${bad} failed.`);
  if (args.json) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
      fs.writeFileSync(args.json, JSON.stringify(buildReport(all, profile.id), null, 2));
    } catch (e) {
      io.err(oneLine(`selfeval: 无法写入报告“${args.json}”：${writeReason(e as NodeJS.ErrnoException)}`));
      return 1;
    }
  }
  if (args.summary !== null && !writeSummaryFile(all, args.summary, profile.id, args.lang, io)) return 1;
  // outcomes follow the jobs run (files of a locked folder are left out of them)
  const inputOf = new Map(files.map((f) => [f.path, f]));
  if (args.command === "report" && !(await writeDraftFiles(outcomes.map((o, i) => ({ report: o.report, input: inputOf.get(jobs[i].input)! })), args.out, args.lang, io))) return 1;
  return bad > 0 ? 1 : 0;
}

/** The report of a file left alone because another run holds its folder's lock. */
function lockedOut(job: FileJob, owner: LockOwner): FileReport {
  const since = owner.started.replace("T", " ").slice(0, 19);
  const message = `未处理：另一个selfeval（进程${owner.pid}，${since}开始）正在原地改写此文件夹中的文件；为免两次运行互相覆盖备份，请等它结束后再运行。原文件未改动`;
  return { file: job.display, output: null, tables: [], errors: [{ code: "WRITE_FAILED", message }] };
}

/** Said under a file scored before: how many of that run's marks this run took off (docs/DECISIONS.md). */
function clearedLine(n: number, lang: "zh" | "en"): string {
  return lang === "zh"
    ? `  i 此文件曾评过分：已去掉上次在${n}个单元格留下的颜色和批注（这些单元格本次没有问题）`
    : `  i Scored before: took last run's fill and note off ${n} cell(s) that are fine now`;
}
