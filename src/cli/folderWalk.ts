// Expands the command line's files and folders into the run's input files (InputList): folders walked recursively
// in name order, Office lock files and our own outputs skipped, other spreadsheet formats listed apart.
import * as fs from "node:fs";
import * as path from "node:path";
import { isOtherSpreadsheet } from "../xlsx/sniff";
import { InputList, joinPrefix } from "./inputList";
import { grown, NameTable, NameTableBuilder } from "./nameTable";

const WORKBOOK = /\.(xlsx|xlsm|xls|xlt|et|ett|xlsb)$/i;
/** Our own outputs: scored copies and backups (numbered as files.ts numbers them). */
const OURS = /\.(scored|before-selfeval(（\d+）)?)\.(xlsx|xlsm)$/i;

/** A folder the walk could not list, and why. */
export interface UnreadableFolder {
  path: string;
  error: unknown;
}

/** Lists the workbook files of the inputs (folders recursively, skipping Office lock files and our own outputs,
 * and the output folder `skipDir` when it lies inside an input folder: it holds an earlier run's scored copies). */
export function expandInputs(
  inputs: string[],
  skipDir: string | null = null,
): {
  files: InputList;
  missing: string[];
  skipped: string[];
  unreadable: UnreadableFolder[];
  others: string[];
  links: string[];
} {
  const files = new InputList();
  const others: string[] = [];
  const missing: string[] = [];
  const skip = skipDir === null ? null : path.resolve(skipDir);
  const skipped: string[] = [];
  const unreadable: UnreadableFolder[] = [];
  const links: string[] = [];
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory())
      walk(input, input, { files, skip, skipped, unreadable, others, links, source: sourceName(input) });
    else files.add("", "", sourceName(path.dirname(input)), NameTable.of([input]));
  }
  // a file named twice (or inside two folders given) is scored once; one folder cannot list a file twice
  if (inputs.length === 1) return { files, missing, skipped, unreadable, others, links };
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const k = path.resolve(f.path);
    const first = !seen.has(k);
    seen.add(k);
    return first;
  });
  return { files: unique, missing, skipped, unreadable, others, links };
}

function sourceName(dir: string): string {
  return path.basename(path.resolve(dir)) || "输入";
}

/** What a folder walk collects: the files, the output folder it skipped, the folders it could not list. */
interface Walk {
  files: InputList;
  skip: string | null;
  skipped: string[];
  unreadable: UnreadableFolder[];
  /** Spreadsheets in a format this tool does not read (.ods, .csv, .numbers …): listed as not processed. */
  others: string[];
  /** Links to folders, not followed (a link can lead back up the tree, or to files the walk scores anyway). */
  links: string[];
  /** The walk's source name (its root folder's), shared by its files. */
  source: string;
}

/** What a folder entry is to the walk (a byte each: see listFolder). */
const enum Kind {
  Workbook = 1,
  Folder,
  Other,
  FolderLink,
}

/** A folder's entries the walk cares about (names and kinds, in listing order), or the error that kept it from being
 *  listed.
 *  Entries are read a few at a time: 100,000 Dirent objects at once grew the heap by 13 MB. The kinds are bytes, not
 *  an array: a growing array of 100,000 is copied by each young collection, and those copies made the main thread's
 *  young generation double in a 100,000-file run (BENCHMARKS.md, "Issue 15, session 13"). */
function listFolder(dir: string): { names: NameTable; kinds: Uint8Array } | { error: unknown } {
  const names = new NameTableBuilder();
  let kinds: Uint8Array = new Uint8Array(64);
  try {
    const d = fs.opendirSync(dir);
    try {
      for (let e = d.readSync(); e !== null; e = d.readSync()) {
        const kind = kindOf(e, dir);
        if (kind === null) continue;
        if (names.length === kinds.length) kinds = grown(kinds, names.length + 1);
        kinds[names.length] = kind;
        names.push(e.name);
      }
    } finally {
      d.closeSync();
    }
  } catch (error) {
    return { error }; // no permission, gone meanwhile, a name that is not UTF-8
  }
  return { names: names.build(), kinds };
}

function kindOf(e: fs.Dirent, dir: string): Kind | null {
  if (e.isDirectory()) return Kind.Folder;
  if (e.isSymbolicLink() && !WORKBOOK.test(e.name) && isFolder(path.join(dir, e.name))) return Kind.FolderLink;
  if (e.name.startsWith("~$")) return null; // Office's lock files
  if (WORKBOOK.test(e.name)) return OURS.test(e.name) ? null : Kind.Workbook;
  return isOtherSpreadsheet(e.name) && !e.name.startsWith(".~lock") ? Kind.Other : null;
}

/** Whether `p` leads to a folder (following links); false when it leads nowhere. */
function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function walk(root: string, dir: string, w: Walk): void {
  const listed = listFolder(dir);
  if ("error" in listed) {
    w.unreadable.push({ path: dir, error: listed.error }); // reported, the rest of the batch goes on
    return;
  }
  const relDir = path.relative(root, dir);
  const prefix = joinPrefix(dir);
  const run = new Uint32Array(listed.names.length); // workbooks since the last subfolder, in name order
  let inRun = 0;
  for (const j of listed.names.sortedOrder()) {
    const kind = listed.kinds[j];
    if (kind === Kind.Workbook) run[inRun++] = j;
    else if (kind === Kind.Other) w.others.push(prefix + listed.names.at(j));
    else if (kind === Kind.FolderLink) w.links.push(prefix + listed.names.at(j));
    else {
      w.files.add(prefix, relDir, w.source, listed.names.pick(run.subarray(0, inRun)));
      inRun = 0;
      const p = path.join(dir, listed.names.at(j));
      if (w.skip !== null && path.resolve(p) === w.skip) w.skipped.push(p);
      else walk(root, p, w);
    }
  }
  w.files.add(prefix, relDir, w.source, listed.names.pick(run.subarray(0, inRun)));
}
