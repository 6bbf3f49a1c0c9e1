// Command-line arguments of `selfeval`: parsed without dependencies, usage errors as UsageError.
import { cliMessagesFor, type CliMessages } from "../core";

/** The command line's texts in a language. */
export function cliText(lang: "zh" | "en"): CliMessages {
  return cliMessagesFor(lang);
}

/** A usage error: exit code 2 with the message. */
export class UsageError extends Error {}

/** The parsed command line. */
export interface CliArgs {
  command: "score" | "check" | "report" | "profiles" | "help" | "version";
  inputs: string[];
  out: string | null;
  inPlace: boolean;
  profile: string | null;
  audit: boolean;
  json: string | null;
  lang: "zh" | "en";
  jobs: number | null;
  backup: boolean;
  /** --summary: where to write the summary workbook (汇总表.xlsx), or null. */
  summary: string | null;
  /** Which findings mark the copy: errors and warnings; with --info-marks the hints too; --clean none (scores only). */
  marks: "problems" | "all" | "none";
}

const VALUE_FLAGS = new Set(["--out", "--profile", "--json", "--lang", "--jobs", "--summary"]);

/** Parses argv (without node and the script). */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    command: "help",
    inputs: [],
    out: null,
    inPlace: false,
    profile: null,
    audit: false,
    json: null,
    lang: "zh",
    jobs: null,
    backup: true,
    summary: null,
    marks: "problems",
  };
  const rest = [...argv];
  const t = cliText(langOf(rest));
  if (rest.includes("--help") || rest.includes("-h")) return { ...args, command: "help", lang: langOf(rest) };
  if (rest.includes("--version") || rest.includes("-v")) return { ...args, command: "version" };
  const cmd = rest.shift();
  if (cmd === undefined) return args;
  if (cmd !== "score" && cmd !== "check" && cmd !== "report" && cmd !== "profiles")
    throw new UsageError(t.unknownCommand({ command: cmd }));
  args.command = cmd;
  while (rest.length) {
    const a = rest.shift()!;
    if (VALUE_FLAGS.has(a)) setValue(args, a, rest.shift(), t);
    else if (!setSwitch(args, a)) {
      if (a.startsWith("--")) throw new UsageError(t.unknownOption({ option: a }));
      args.inputs.push(a);
    }
  }
  checkCombination(args, t);
  return args;
}

/** Sets the option that takes a value; throws UsageError when the value is missing or not allowed. */
function setValue(args: CliArgs, flag: string, v: string | undefined, t: CliMessages): void {
  if (v === undefined || v.startsWith("--")) throw new UsageError(t.needsValue({ flag }));
  if (flag === "--out") args.out = v;
  else if (flag === "--profile") args.profile = v;
  else if (flag === "--json") args.json = v;
  else if (flag === "--summary") args.summary = v;
  else if (flag === "--lang") {
    if (v !== "zh" && v !== "en") throw new UsageError(t.langValue());
    args.lang = v;
  } else {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(t.jobsValue());
    args.jobs = n;
  }
}

/** Sets an option without a value; false when `a` is none. */
function setSwitch(args: CliArgs, a: string): boolean {
  if (a === "--in-place") args.inPlace = true;
  else if (a === "--audit") args.audit = true;
  else if (a === "--no-backup") args.backup = false;
  else if (a === "--info-marks") args.marks = args.marks === "none" ? "none" : "all";
  else if (a === "--clean") args.marks = "none";
  else return false;
  return true;
}

/** Throws UsageError for options that do not go together, or a run without inputs. */
function checkCombination(args: CliArgs, t: CliMessages): void {
  if (args.command !== "profiles" && args.inputs.length === 0) throw new UsageError(t.noInputs());
  if (args.inPlace && args.out) throw new UsageError(t.inPlaceWithOut());
  if (args.audit && args.inPlace) throw new UsageError(t.auditInPlace());
  if (args.command === "check" && (args.inPlace || args.out)) throw new UsageError(t.checkWrites());
  if (args.command === "report" && (args.inPlace || args.audit)) throw new UsageError(t.reportInPlace());
  if (args.summary !== null && !/\.xlsx$/i.test(args.summary)) throw new UsageError(t.summaryNotXlsx());
  if (args.marks === "none" && (args.audit || args.command === "check")) throw new UsageError(t.cleanWithAudit());
}

function langOf(argv: string[]): "zh" | "en" {
  const i = argv.indexOf("--lang");
  return i >= 0 && argv[i + 1] === "en" ? "en" : "zh";
}

/** The --help text. */
export function helpText(lang: "zh" | "en"): string {
  const t = cliText(lang);
  return `${t.help}\n\n${t.reportHelp}`;
}
