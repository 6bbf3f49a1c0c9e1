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

/** Writes `bytes` to a temporary file in `dir`; returns its path (removed on failure). When it is to stand for the
 *  user's file `like` (an in-place copy, a backup), it is flushed to disk and given that file's permissions and, as
 *  far as the system lets this user, its owner and group: a file only its office could read stays so. */
export function writeTemp(dir: string, bytes: Uint8Array, like: fs.Stats | null): string {
  const tmp = tmpPath(dir);
  try {
    const fd = fs.openSync(tmp, "wx");
    try {
      writeAll(fd, [bytes]);
      if (like) {
        matchOwnerAndMode(fd, like);
        fs.fsyncSync(fd);
      }
    } finally {
      fs.closeSync(fd);
    }
    return tmp;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Gives the open file `fd` the permissions (not the set-id bits) and the owner and group of `like`, as far as the
 *  system lets this user and the file system keeps them; what it refuses is left as the system made it. */
function matchOwnerAndMode(fd: number, like: fs.Stats): void {
  const st = fs.fstatSync(fd);
  if (st.uid !== like.uid || st.gid !== like.gid) {
    try {
      fs.fchownSync(fd, like.uid, like.gid);
    } catch {
      try {
        fs.fchownSync(fd, st.uid, like.gid); // not its owner: at least its group, when this user is in it
      } catch {
        // neither: the owner and group of this user (docs/DECISIONS.md, "In place, a file keeps its permissions")
      }
    }
  }
  try {
    fs.fchmodSync(fd, like.mode & 0o777);
  } catch {
    // a file system without permissions of its own (FAT on a USB drive refuses chmod): nothing to keep there
  }
}

/** The folder this thread last made or found: files come folder by folder, so remembering one saves a mkdir call a
 *  file (22 µs of 1.2 ms, BENCHMARKS.md "session 14") and keeps memory flat. A folder removed since is made again. */
let lastFolder: string | null = null;

/** Writes `bytes` to a temporary file in `dir`, making the folder first if this thread has not made or seen it. */
function writeTempMakingFolder(dir: string, bytes: Uint8Array, like: fs.Stats | null): string {
  if (dir !== lastFolder) {
    fs.mkdirSync(dir, { recursive: true });
    lastFolder = dir;
  }
  try {
    return writeTemp(dir, bytes, like);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    lastFolder = null;
    fs.mkdirSync(dir, { recursive: true });
    lastFolder = dir;
    return writeTemp(dir, bytes, like);
  }
}

/** Puts `bytes` at `target` whole (making its folder), replacing any file there; when that is the user's own file
 *  `like` (in place), written as writeTemp says; `beforeRename` may throw to stop it once they are written. Throws
 *  what stopped it; the temporary file never stays behind. */
export function replaceFile(
  target: string,
  bytes: Uint8Array,
  like: fs.Stats | null = null,
  beforeRename?: () => void,
): void {
  const tmp = writeTempMakingFolder(path.dirname(target), bytes, like);
  try {
    beforeRename?.();
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
