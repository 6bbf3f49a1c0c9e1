// The files of a picked or dropped folder under their paths (单位A/自评表.xlsx), so that two units' files with the same
// name stay apart in the list, the zip and the summary. Spreadsheets only, with a budget on how much is listed.
import type { FileSource } from "./batchState";
import { isSpreadsheetName } from "./fileTypes";

/** Most spreadsheet files taken from one folder (the rest is reported, not read). */
export const MAX_FOLDER_FILES = 1000;
/** Most entries listed while walking dropped folders, files and folders of any kind together. */
export const MAX_FOLDER_ENTRIES = 20000;
/** Deepest folder level walked. */
export const MAX_FOLDER_DEPTH = 16;

/** What a pick or a drop yields: the files to score, the other files left out, and whether the budget cut it short. */
export interface CollectedFiles {
  files: FileSource[];
  skipped: number;
  truncated: boolean;
}

/** The part of a FileSystemEntry (DataTransferItem.webkitGetAsEntry) the walk uses. */
export interface EntryLike {
  name: string;
  fullPath: string;
  isFile: boolean;
  isDirectory: boolean;
  file?(success: (file: File) => void, failure?: (err: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (err: unknown) => void): void };
}

/** A File under the name the reviewer knows it by. */
export function namedSource(file: File, name: string): FileSource {
  return { name, file };
}

/** True for a file inside a folder that should be scored: a spreadsheet's name, not Excel's lock file (~$) or a hidden one. */
export function wantedInFolder(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return !base.startsWith("~$") && !base.startsWith(".") && isSpreadsheetName(base);
}

/** Sorts paths the way a file manager lists them (自评表2 before 自评表10). */
function byPath(a: FileSource, b: FileSource): number {
  return a.name.localeCompare(b.name, "zh-CN", { numeric: true });
}

/** Keeps the wanted files of a folder listing, in path order, within MAX_FOLDER_FILES. */
function folderListing(found: readonly FileSource[], seen: number): CollectedFiles {
  const wanted = found.filter((f) => wantedInFolder(f.name)).sort(byPath);
  const truncated = wanted.length > MAX_FOLDER_FILES;
  return { files: wanted.slice(0, MAX_FOLDER_FILES), skipped: seen - wanted.length, truncated };
}

/** Files from the file dialog: a folder pick (webkitdirectory: each has its webkitRelativePath) keeps the paths and
 *  only the spreadsheets; a plain pick keeps every file as picked (a wrong one gets its message). */
export function pickedFiles(files: readonly File[]): CollectedFiles {
  const inFolder = files.length > 0 && files.every((f) => f.webkitRelativePath);
  if (!inFolder) return { files: files.map((f) => namedSource(f, f.name)), skipped: 0, truncated: false };
  return folderListing(
    files.map((f) => namedSource(f, f.webkitRelativePath)),
    files.length,
  );
}

/** The File of a file entry. */
function fileOf(entry: EntryLike): Promise<File> {
  return new Promise((resolve, reject) =>
    entry.file ? entry.file(resolve, reject) : reject(new Error(`${entry.fullPath}: not a file`)),
  );
}

/** Every entry of a folder (readEntries answers in batches until an empty one), within the listing budget. */
async function children(entry: EntryLike, budget: { entries: number }): Promise<EntryLike[]> {
  const reader = entry.createReader?.();
  if (!reader) return [];
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0 || budget.entries <= 0) return all;
    budget.entries -= batch.length;
    all.push(...batch);
  }
}

/** The files under a dropped folder entry, depth-first, within the budgets. */
async function walk(
  entry: EntryLike,
  depth: number,
  out: FileSource[],
  budget: { entries: number; cut: boolean },
): Promise<void> {
  if (entry.isFile) {
    out.push(namedSource(await fileOf(entry), entry.fullPath.replace(/^\/+/, "")));
    return;
  }
  if (!entry.isDirectory || depth >= MAX_FOLDER_DEPTH || budget.entries <= 0) {
    budget.cut ||= entry.isDirectory;
    return;
  }
  for (const child of await children(entry, budget)) await walk(child, depth + 1, out, budget);
  if (budget.entries <= 0) budget.cut = true;
}

/** Files of a drop: a dropped file as it is (in drop order), the spreadsheets of a dropped folder under their paths.
 *  `entries` are the items' webkitGetAsEntry() (read during the drop event); `files` the plain files of items
 *  without one. */
export async function droppedFiles(
  entries: readonly (EntryLike | null)[],
  files: readonly File[],
): Promise<CollectedFiles> {
  const direct = files.map((f) => namedSource(f, f.name));
  const found: FileSource[] = [];
  const budget = { entries: MAX_FOLDER_ENTRIES, cut: false };
  for (const entry of entries) {
    if (entry?.isFile) direct.push(namedSource(await fileOf(entry), entry.name));
    else if (entry?.isDirectory) await walk(entry, 0, found, budget);
  }
  const folder = folderListing(found, found.length);
  return { files: [...direct, ...folder.files], skipped: folder.skipped, truncated: folder.truncated || budget.cut };
}
