// The input files of a run, kept compact: each folder once and its files' names in a NameTable; a file's path and
// record are made when asked for. A path joined per file and kept for the run cost 100,000 files about 20 MB kept
// and 70 MB of memory grown while listing (BENCHMARKS.md, "Memory"); their names as UTF-8 cost 2 MB.
import * as path from "node:path";
import type { NameTable } from "./nameTable";

/** One input file and where the report names it. */
export interface InputFile {
  path: string;
  display: string;
  /** Path relative to the folder given on the command line ("" for files given directly). */
  relDir: string;
  /** The name that tells this input's source apart: the folder given, or a given file's own folder. */
  source: string;
}

/** Files that share a folder: what goes before each name to make its path, and the names in run order. */
interface FileGroup {
  /** path.join(dir, name) is prefix + name ("" for the current folder, "in/" for "./in/"). */
  readonly prefix: string;
  readonly relDir: string;
  readonly source: string;
  readonly names: NameTable;
}

/** What path.join(dir, name) puts before a plain name. */
export function joinPrefix(dir: string): string {
  return path.join(dir, "_").slice(0, -1);
}

/** The input files of a run, in run order. */
export class InputList {
  private readonly groups: FileGroup[] = [];
  /** The index of each group's first file. */
  private readonly starts: number[] = [];
  private count = 0;

  /** How many files. */
  get length(): number {
    return this.count;
  }

  /** Adds a folder's files (names without separators) or one file given as typed (prefix ""). */
  add(prefix: string, relDir: string, source: string, names: NameTable): void {
    if (names.length === 0) return;
    this.groups.push({ prefix, relDir, source, names });
    this.starts.push(this.count);
    this.count += names.length;
  }

  /** The i-th file. */
  at(i: number): InputFile {
    const k = this.groupIndex(i);
    const g = this.groups[k];
    const p = g.prefix + g.names.at(i - this.starts[k]);
    return { path: p, display: p, relDir: g.relDir, source: g.source };
  }

  /** The folder of each group, as path.dirname of its files would give it. */
  folders(): string[] {
    return [...new Set(this.groups.map((g) => path.dirname(g.prefix + g.names.at(0))))];
  }

  /** The files `keep` accepts, in the same order. */
  filter(keep: (f: InputFile, i: number) => boolean): InputList {
    const kept = new InputList();
    this.groups.forEach((g, k) => {
      const picked: number[] = [];
      for (let j = 0; j < g.names.length; j++)
        if (keep(this.at(this.starts[k] + j), this.starts[k] + j)) picked.push(j);
      kept.add(g.prefix, g.relDir, g.source, picked.length === g.names.length ? g.names : g.names.pick(picked));
    });
    return kept;
  }

  private groupIndex(i: number): number {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no input ${i} of ${this.count}`);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
