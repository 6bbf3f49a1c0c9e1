// Runs the command line in-process with captured output, in temporary folders.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { ReportSchema, type Report } from "../../src/core/report";

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `selfeval ARGS` in-process on one core (worker threads need the compiled build). */
export async function selfeval(...args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main([...args, ...(args[0] === "score" || args[0] === "check" ? ["--jobs", "1"] : [])], {
    out: (s) => (out += s + "\n"),
    err: (s) => (err += s + "\n"),
    isTTY: false,
  });
  return { code, out, err };
}

/** A fresh temporary folder. */
export function tmpDir(prefix = "selfeval-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Reads and validates a JSON report with the zod schema. */
export function readReport(file: string): Report {
  return ReportSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** SHA-like fingerprint of a file's bytes, to prove an input was not touched. */
export function fingerprint(file: string): string {
  return require("node:crypto").createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
