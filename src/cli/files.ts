// The jobs of a run: each input file's output path (never one path twice), worked out when the job is handed out.
import * as path from "node:path";
import type { InputFile, InputList } from "./inputList";
import type { JobFile } from "./processFile";

export type { InputFile } from "./inputList";

/** The longest file name most file systems allow, in bytes. */
const MAX_NAME_BYTES = 255;

/** dir/stem+suffix, the stem shortened (ending in …) so that the name with `reserve` appended still fits in 255
 *  bytes: an 80-character Chinese name plus ".before-selfeval.xlsx" would not. */
export function fitName(dir: string, stem: string, suffix: string, reserve = ""): string {
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  if (bytes(stem + suffix + reserve) <= MAX_NAME_BYTES) return path.join(dir, stem + suffix);
  const chars = [...stem];
  while (chars.length > 1 && bytes(chars.join("") + "…" + suffix + reserve) > MAX_NAME_BYTES) chars.pop();
  return path.join(dir, chars.join("") + "…" + suffix);
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
  return fitName(
    out ? path.join(out, f.relDir) : path.dirname(f.path),
    base.slice(0, base.length - ext.length),
    ".scored" + ext,
  );
}

/** The jobs of a run: each one's output worked out when it is asked for (no two the same, see uniqueOutputs). */
export class JobList {
  constructor(
    private readonly files: InputList,
    private readonly out: string | null,
    private readonly inPlace: boolean,
    private readonly write: boolean,
    /** Outputs that differ from outputPath() because of a clash, by index. */
    private readonly moved: ReadonlyMap<number, string>,
  ) {}

  /** How many jobs. */
  get length(): number {
    return this.files.length;
  }

  /** The i-th job. */
  at(i: number): JobFile {
    const f = this.files.at(i);
    return {
      input: f.path,
      display: f.display,
      output: this.write ? (this.moved.get(i) ?? outputPath(f, this.out, this.inPlace)) : null,
    };
  }

  /** The input file of the i-th job. */
  input(i: number): InputFile {
    return this.files.at(i);
  }

  /** The folders the inputs are in. */
  folders(): string[] {
    return this.files.folders();
  }

  /** The jobs whose input is in a folder that `keep` accepts (resolved path), and the others. */
  split(keep: (dir: string) => boolean): { kept: JobList; left: JobFile[] } {
    const moved = new Map<number, string>();
    const left: JobFile[] = [];
    let count = 0;
    const kept = this.files.filter((f, i) => {
      if (!keep(path.resolve(path.dirname(f.path)))) {
        left.push(this.at(i));
        return false;
      }
      if (this.moved.has(i)) moved.set(count, this.moved.get(i)!);
      count++;
      return true;
    });
    return { kept: new JobList(kept, this.out, this.inPlace, this.write, moved), left };
  }
}

/** Builds the jobs of a run; no two write the same file (see uniqueOutputs). */
export function makeJobs(files: InputList, out: string | null, inPlace: boolean, write: boolean): JobList {
  return new JobList(files, out, inPlace, write, write && out !== null ? movedOutputs(files, out, inPlace) : new Map());
}

/** The 53-bit hash (cyrb53) of a text: clashes of output names are looked for by number, not by keeping every name. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A set of whole numbers below 2^53 in one typed array (outside the JavaScript heap: 100,000 of them in a Set were
 *  100,000 heap numbers that the heap grew by 20 MB to keep). */
class NumberSet {
  private readonly slots: Float64Array;

  constructor(expected: number) {
    this.slots = new Float64Array(2 ** Math.ceil(Math.log2(Math.max(16, expected * 2))));
  }

  /** Adds n; false if it was there already. */
  add(n: number): boolean {
    const mask = this.slots.length - 1;
    for (let at = n % this.slots.length; ; at = (at + 1) & mask) {
      if (this.slots[at] === 0) {
        this.slots[at] = n + 1; // 0 marks an empty slot
        return true;
      }
      if (this.slots[at] === n + 1) return false;
    }
  }
}

/** The outputs uniqueOutputs moves, by index; a first pass over hashes skips the exact one when nothing clashes. */
function movedOutputs(files: InputList, out: string, inPlace: boolean): Map<number, string> {
  const seen = new NumberSet(files.length);
  let clash = false;
  for (let i = 0; i < files.length && !clash; i++)
    clash = !seen.add(hash53(path.resolve(outputPath(files.at(i), out, inPlace)).toLowerCase()));
  const moved = new Map<number, string>();
  if (!clash) return moved;
  const all = Array.from({ length: files.length }, (_, i) => files.at(i));
  uniqueOutputs(all, out, inPlace).forEach((o, i) => o !== outputPath(all[i], out, inPlace) && moved.set(i, o));
  return moved;
}

/**
 * The output of each file, never one path twice: files from different sources that would land on the same path
 * (每个单位的“自评表.xlsx” into one --out folder) go under their source's name (OUT/单位A/自评表.xlsx); if even
 * that repeats, a number is added (自评表（2）.xlsx).
 */
export function uniqueOutputs(files: readonly InputFile[], out: string | null, inPlace: boolean): string[] {
  const outputs = files.map((f) => outputPath(f, out, inPlace));
  const key = (p: string) => path.resolve(p).toLowerCase(); // Windows and macOS file names ignore case
  const count = new Map<string, number>();
  for (const o of outputs) count.set(key(o), (count.get(key(o)) ?? 0) + 1);
  if (out === null || [...count.values()].every((n) => n === 1)) return outputs;
  const moved = outputs.map((o, i) =>
    count.get(key(o))! > 1
      ? outputPath({ ...files[i], relDir: path.join(files[i].source, files[i].relDir) }, out, inPlace)
      : o,
  );
  const taken = new Set<string>();
  return moved.map((o) => {
    let n = 1;
    while (taken.has(key(numbered(o, n)))) n++;
    taken.add(key(numbered(o, n)));
    return numbered(o, n);
  });
}

/** The n-th file of a name: the name itself for 1, then 自评表（2）.xlsx, 自评表（3）.xlsx … (as the folder walk's OURS recognises). */
export function numbered(file: string, n: number): string {
  if (n === 1) return file;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}（${n}）${ext}`;
}
