// Expands the command line's files and folders into jobs with their output paths.
import * as fs from "node:fs";
import * as path from "node:path";
import type { FileJob } from "./processFile";

const WORKBOOK = /\.(xlsx|xlsm|xls|et|xlsb)$/i;
const OURS = /\.(scored|before-selfeval)\.(xlsx|xlsm)$/i;

/** One input file and where the report names it. */
export interface InputFile {
  path: string;
  display: string;
  /** Path relative to the folder given on the command line ("" for files given directly). */
  relDir: string;
}

/** Lists the workbook files of the inputs (folders recursively, skipping Office lock files and our own outputs,
 * and the output folder `skipDir` when it lies inside an input folder: it holds an earlier run's scored copies). */
export function expandInputs(inputs: string[], skipDir: string | null = null): { files: InputFile[]; missing: string[]; skipped: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const skip = skipDir === null ? null : path.resolve(skipDir);
  const skipped: string[] = [];
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(input, input, files, skip, skipped);
    else files.push({ path: input, display: input, relDir: "" });
  }
  return { files, missing, skipped };
}

function walk(root: string, dir: string, out: InputFile[], skip: string | null, skipped: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (skip !== null && path.resolve(p) === skip) skipped.push(p);
      else walk(root, p, out, skip, skipped);
    } else if (WORKBOOK.test(e.name) && !e.name.startsWith("~$") && !OURS.test(e.name)) {
      out.push({ path: p, display: p, relDir: path.relative(root, dir) });
    }
  }
}

/** Where a scored copy goes: DIR/<rel>/<name>, the input itself (--in-place), or <name>.scored.xlsx beside it. */
export function outputPath(f: InputFile, out: string | null, inPlace: boolean): string {
  if (inPlace) return f.path;
  const base = path.basename(f.path);
  if (out) {
    const target = path.join(out, f.relDir, base);
    if (path.resolve(target) !== path.resolve(f.path)) return target;
  }
  const ext = path.extname(base);
  return path.join(out ? path.join(out, f.relDir) : path.dirname(f.path), base.slice(0, base.length - ext.length) + ".scored" + ext);
}

/** Builds the jobs of a run. */
export function makeJobs(files: InputFile[], base: Omit<FileJob, "input" | "display" | "output">, out: string | null, write: boolean): FileJob[] {
  return files.map((f) => ({ ...base, input: f.path, display: f.display, output: write ? outputPath(f, out, base.inPlace) : null }));
}
