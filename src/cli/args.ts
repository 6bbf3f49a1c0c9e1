// Command-line arguments of `selfeval`: parsed without dependencies, usage errors as UsageError.
import { reportMessages } from "./reportMessages";

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
}

const VALUE_FLAGS = new Set(["--out", "--profile", "--json", "--lang", "--jobs", "--summary"]);

/** Parses argv (without node and the script). */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: "help", inputs: [], out: null, inPlace: false, profile: null, audit: false, json: null, lang: "zh", jobs: null, backup: true, summary: null };
  const rest = [...argv];
  if (rest.includes("--help") || rest.includes("-h")) return { ...args, command: "help", lang: langOf(rest) };
  if (rest.includes("--version") || rest.includes("-v")) return { ...args, command: "version" };
  const cmd = rest.shift();
  if (cmd === undefined) return args;
  if (cmd !== "score" && cmd !== "check" && cmd !== "report" && cmd !== "profiles") throw new UsageError(`未知命令“${cmd}”。可用命令：score、check、report、profiles（selfeval --help 查看用法）`);
  args.command = cmd;
  while (rest.length) {
    const a = rest.shift()!;
    if (VALUE_FLAGS.has(a)) {
      const v = rest.shift();
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} 需要一个值`);
      if (a === "--out") args.out = v;
      else if (a === "--profile") args.profile = v;
      else if (a === "--json") args.json = v;
      else if (a === "--summary") args.summary = v;
      else if (a === "--lang") {
        if (v !== "zh" && v !== "en") throw new UsageError("--lang 只能是 zh 或 en");
        args.lang = v;
      } else {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError("--jobs 需要1到64之间的整数");
        args.jobs = n;
      }
    } else if (a === "--in-place") args.inPlace = true;
    else if (a === "--audit") args.audit = true;
    else if (a === "--no-backup") args.backup = false;
    else if (a.startsWith("--")) throw new UsageError(`未知选项“${a}”（selfeval --help 查看用法）`);
    else args.inputs.push(a);
  }
  if (args.command !== "profiles" && args.inputs.length === 0) throw new UsageError("请指定要评分的工作簿文件或文件夹");
  if (args.inPlace && args.out) throw new UsageError("--in-place 与 --out 不能同时使用");
  if (args.audit && args.inPlace) throw new UsageError("审核模式（--audit）只在副本上标记，不能与 --in-place 同时使用");
  if (args.command === "check" && (args.inPlace || args.out)) throw new UsageError("check 只生成报告，不写工作簿；请去掉 --out / --in-place");
  if (args.command === "report" && (args.inPlace || args.audit)) throw new UsageError(reportMessages(args.lang).inPlaceWithReport);
  if (args.summary !== null && !/\.xlsx$/i.test(args.summary)) throw new UsageError(reportMessages(args.lang).summaryNotXlsx);
  return args;
}

function langOf(argv: string[]): "zh" | "en" {
  const i = argv.indexOf("--lang");
  return i >= 0 && argv[i + 1] === "en" ? "en" : "zh";
}

/** The --help text. */
export function helpText(lang: "zh" | "en"): string {
  return `${commandsHelp(lang)}\n\n${reportMessages(lang).help}`;
}

function commandsHelp(lang: "zh" | "en"): string {
  if (lang === "en") {
    return `selfeval — scores budget performance self-evaluation workbooks (.xlsx)

Usage:
  selfeval score <files or folders...> [--out DIR] [--in-place] [--profile ID|FILE] [--audit] [--json REPORT] [--lang zh|en] [--jobs N]
  selfeval check <files or folders...> [--profile ID|FILE] [--json REPORT] [--lang zh|en]
  selfeval profiles
  selfeval --help | --version

score      writes the scores, funding rate, total, grade and flags into a copy (<name>.scored.xlsx beside the
           input, or DIR/<name>.xlsx with --out); --in-place rewrites the input atomically and keeps
           <name>.before-selfeval.xlsx (unless --no-backup; later runs add （2）, （3）…, the first is never replaced)
--audit    reviewer's mode: existing scores stay; each that differs from the rules is flagged (SCORE_DIFFERS) on a copy
check      target review only: writes nothing but the report
Exit codes: 0 every file processed, 1 a file could not be read or written, 2 usage error.`;
  }
  return `selfeval —— 绩效自评表评分工具（.xlsx）

用法：
  selfeval score <文件或文件夹...> [--out 目录] [--in-place] [--profile 方案ID|方案文件] [--audit] [--json 报告路径] [--lang zh|en] [--jobs N]
  selfeval check <文件或文件夹...> [--profile 方案ID|方案文件] [--json 报告路径] [--lang zh|en]
  selfeval profiles
  selfeval --help | --version

score      把得分、预算执行率、总分、等级和提示写入副本（默认在原文件旁生成“<文件名>.scored.xlsx”，
           用 --out 则写到该目录）；--in-place 原地改写（先写临时文件再替换），并保留“<文件名>.before-selfeval.xlsx”备份
           （再次运行另存为“…before-selfeval（2）.xlsx”等，最初的备份从不覆盖）
--audit    审核模式：保留表中原有得分，与规则不一致的标记为 SCORE_DIFFERS（写在副本上）
check      只审核指标设置，除报告外不写任何文件
退出码：0 全部处理完成；1 有文件无法读取或写入；2 用法错误。`;
}
