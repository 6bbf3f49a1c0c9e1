// Files written whole or not at all: the bytes go to a temporary file beside the target (a name of this thread's
// own), which then takes the target's name in one rename, so a full disk, a kill or a crash never leaves half a file
// under the name asked for. Used for every scored copy, the summary workbook and the drafts.
import * as fs from "node:fs";
import * as path from "node:path";
import { threadId } from "node:worker_threads";
import { writeAll } from "./writeAll";

let tmpCount = 0;

/** A temporary name in `dir`, short whatever the target's name (a long Chinese name plus a suffix would pass the
 *  255-byte limit of a file name), and this thread's own: the pool's workers share the process id, and two of
 *  them counting from 1 would write the same temporary file. */
export function tmpPath(dir: string): string {
  return path.join(dir, `${tmpPrefix(threadId)}${++tmpCount}.tmp`);
}

/** The start of the temporary names thread `thread` of this process gives its files. */
export function tmpPrefix(thread: number): string {
  return `.selfeval-${process.pid}-${thread}-`;
}

/** Removes from `dir` the temporary files thread `thread` of this process left (a worker stopped mid-write). */
export function removeTemps(dir: string, thread: number): void {
  const prefix = tmpPrefix(thread);
  try {
    for (const name of fs.readdirSync(dir))
      if (name.startsWith(prefix) && name.endsWith(".tmp")) fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // the folder is gone or cannot be listed: nothing of ours to remove there
  }
}

/** Writes `bytes` to a temporary file in `dir`, flushed to disk when `sync`; returns its path (removed on failure). */
export function writeTemp(dir: string, bytes: Uint8Array, sync: boolean): string {
  const tmp = tmpPath(dir);
  try {
    const fd = fs.openSync(tmp, "wx");
    try {
      writeAll(fd, [bytes]);
      if (sync) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return tmp;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** The folder this thread last made or found: files come folder by folder, so remembering one saves a mkdir call a
 *  file (22 µs of 1.2 ms, BENCHMARKS.md "session 14") and keeps memory flat. A folder removed since is made again. */
let lastFolder: string | null = null;

/** Writes `bytes` to a temporary file in `dir`, making the folder first if this thread has not made or seen it. */
function writeTempMakingFolder(dir: string, bytes: Uint8Array, sync: boolean): string {
  if (dir !== lastFolder) {
    fs.mkdirSync(dir, { recursive: true });
    lastFolder = dir;
  }
  try {
    return writeTemp(dir, bytes, sync);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    lastFolder = null;
    fs.mkdirSync(dir, { recursive: true });
    lastFolder = dir;
    return writeTemp(dir, bytes, sync);
  }
}

/** Puts `bytes` at `target` whole (making its folder), replacing any file there; `sync` flushes them to disk first
 *  (when the target is the user's own file), `beforeRename` may throw to stop it once they are written. Throws what
 *  stopped it; the temporary file never stays behind. */
export function replaceFile(target: string, bytes: Uint8Array, sync = false, beforeRename?: () => void): void {
  const tmp = writeTempMakingFolder(path.dirname(target), bytes, sync);
  try {
    beforeRename?.();
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
