// Reading a file a user named, never waiting and never unbounded: it is opened without blocking (a named pipe called
// 单位.xlsx would otherwise hold the whole run until something wrote to it), refused unless it is a regular file (a
// pipe, a device such as /dev/zero, a socket), and its size checked against a limit before a byte is read.
import * as fs from "node:fs";
import { codedError } from "./systemErrors";

/** Read only, not waiting for a named pipe's writer (Windows has no O_NONBLOCK, nor such pipes among files). */
const READ_NOW = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** The error of a path that is not a regular file: EISDIR for a folder, else ENOTREG (the system reasons name both). */
function notRegular(file: string, st: fs.Stats): NodeJS.ErrnoException {
  const code = st.isDirectory() ? "EISDIR" : "ENOTREG";
  return codedError(code, "not a regular file", file);
}

/** The file's bytes, or its size when that passes `limit` (nothing read then): its size from the file once open (no
 *  second lookup of the path), then as many bytes as it had, read straight into the array returned. Throws the
 *  system's error for a path that cannot be opened, EISDIR / ENOTREG for one that is not a regular file. */
export function readRegularFile(file: string, limit: number): Uint8Array | number {
  return readWithStats(file, limit).read;
}

/** A small text file's content (UTF-8, a byte-order mark dropped, as Notepad saves one), or its size when that passes
 *  `limit`; throws as readRegularFile does. */
export function readRegularText(file: string, limit: number): string | number {
  const read = readRegularFile(file, limit);
  return typeof read === "number" ? read : new TextDecoder().decode(read);
}

/** As readRegularFile, with the file's status as it was when opened (its stamp, fileStamp, is made from it only by
 *  the runs that need it: in place). */
export function readWithStats(file: string, limit: number): { read: Uint8Array | number; stats: fs.Stats } {
  const fd = fs.openSync(file, READ_NOW);
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw notRegular(file, stats);
    const size = stats.size;
    if (size > limit) return { read: size, stats };
    const bytes = new Uint8Array(size);
    let filled = 0;
    for (let n = 1; filled < size && n > 0; filled += n) n = fs.readSync(fd, bytes, filled, size - filled, null);
    return { read: filled === size ? bytes : bytes.subarray(0, filled), stats };
  } finally {
    fs.closeSync(fd);
  }
}

/** Which file a path names and which version of it: device, inode, size, time of last modification and of last
 *  change (which no program can set back). Saving in Excel or WPS, which writes a new file under the name, changes the
 *  inode; writing into the file changes the times. */
export function fileStamp(st: fs.Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The file's status now; throws ECHANGED when `file` is no longer the file stamped `stamp` (changed, replaced,
 *  moved or removed since). */
export function assertUnchanged(file: string, stamp: string): fs.Stats {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (st && fileStamp(st) === stamp) return st;
  throw codedError("ECHANGED", "changed since it was read", file);
}
