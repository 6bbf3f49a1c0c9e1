// A lock file per folder for --in-place runs: two runs rewriting the same folder would race for the same backup
// names and report false write errors. The second run leaves that folder's files alone and says why. A lock left
// by a run that was killed (its process is gone) is taken over.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readRegularText } from "./regularFile";
import { cleanUpOnStop } from "./stopCleanup";

/** The lock file's name inside a folder. */
export const LOCK_NAME = ".selfeval.lock";
/** A lock file is a line of JSON; one larger than this was not written by a run. */
const LOCK_BYTES = 64 * 1024;

/** Who holds a lock. */
export interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The run that wrote the lock file, or null when it is no lock of ours (unreadable, not JSON, a pipe: taken over). */
function readOwner(file: string): LockOwner | null {
  try {
    const read = readRegularText(file, LOCK_BYTES);
    if (typeof read === "number") return null;
    const o = JSON.parse(read) as LockOwner;
    return typeof o.pid === "number" ? o : null;
  } catch {
    return null;
  }
}

/** The locks this run holds; release() removes them (also on exit and Ctrl+C). */
export class FolderLocks {
  private readonly held = new Set<string>();
  private forget: (() => void) | null = null;

  /** Locks each folder; returns the folders another live run holds, with that run. */
  acquire(dirs: Iterable<string>): Map<string, LockOwner> {
    const busy = new Map<string, LockOwner>();
    const me: LockOwner = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
    for (const dir of new Set([...dirs].map((d) => path.resolve(d)))) {
      const file = path.join(dir, LOCK_NAME);
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
          this.held.add(file);
          break;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
            fs.rmSync(file, { force: true }); // created but not written (a full disk): the write will report why
            break;
          }
          const owner = readOwner(file);
          if (owner && (owner.host !== me.host || alive(owner.pid))) {
            busy.set(dir, owner);
            break;
          }
          fs.rmSync(file, { force: true }); // left by a run that was killed
        }
      }
    }
    if (this.held.size && this.forget === null) this.forget = cleanUpOnStop(() => this.release());
    return busy;
  }

  /** Removes the lock files this run wrote. */
  release(): void {
    for (const file of this.held) fs.rmSync(file, { force: true });
    this.held.clear();
    this.forget?.();
    this.forget = null;
  }
}
