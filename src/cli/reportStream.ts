// The JSON report written as files finish: the same bytes JSON.stringify(buildReport(files), null, 2) gives
// (docs/report-format.md), streamed to a temporary file beside the target and renamed into place at the end, so
// the run keeps no report in memory and never leaves half a report under the name asked for.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildReport } from "../core";
import type { ReportEntry } from "./fileResult";
import { cleanUpOnStop } from "./stopCleanup";
import { writeAll } from "./writeAll";

/** Bytes collected before a write to the file: one buffer of the stream's own, which the text is encoded into. */
export const FLUSH_AT = 1 << 20;

const encoder = new TextEncoder();

/** The streamed report of one run; a failure to write is kept and said by finish(). */
export class ReportStream {
  private fd: number | null = null;
  private tmp: string | null = null;
  private error: unknown = null;
  /** Forgets the removal of the temporary file should the run be stopped (src/cli/stopCleanup.ts). */
  private forget: () => void = () => undefined;
  /** Encoded and not yet written: the first `used` bytes. Reused, so a report of any size makes no garbage of its
   *  text's bytes (a Buffer a piece floated outside the heap until a collection: 17 MB for 1,000 workbooks). */
  private readonly pending = Buffer.allocUnsafeSlow(FLUSH_AT);
  private used = 0;
  private count = 0;
  private readonly tail: string;

  constructor(
    private readonly target: string,
    profileId: string,
  ) {
    const empty = JSON.stringify(buildReport([], profileId), null, 2);
    const at = empty.lastIndexOf("[]");
    this.tail = empty.slice(at + 1);
    try {
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      this.tmp = path.join(path.dirname(path.resolve(target)), `.selfeval-report-${process.pid}-${Date.now()}.tmp`);
      this.fd = fs.openSync(this.tmp, "wx");
      const tmp = this.tmp;
      this.forget = cleanUpOnStop(() => fs.rmSync(tmp, { force: true }));
    } catch (e) {
      this.fail(e);
    }
    this.write(empty.slice(0, at + 1));
  }

  /** Adds one file's entry (FileResult.json: its pieces, text or UTF-8 bytes, each written as it comes). */
  add(entry: ReportEntry): void {
    this.write(this.count++ ? ",\n" : "\n");
    for (const piece of entry) this.write(piece);
  }

  /** Writes the end and moves the file into place; returns the error that stopped it, or null. */
  finish(): unknown {
    this.write((this.count ? "\n  " : "") + this.tail);
    this.flush();
    if (this.fd !== null) {
      try {
        fs.closeSync(this.fd);
        this.fd = null;
        if (this.error === null) fs.renameSync(this.tmp!, this.target);
      } catch (e) {
        this.fail(e);
      }
    }
    if (this.error !== null && this.tmp) fs.rmSync(this.tmp, { force: true });
    this.forget();
    return this.error;
  }

  private write(piece: string | Uint8Array): void {
    if (this.error !== null) return;
    if (typeof piece !== "string") return this.writeBytes(piece);
    let text = piece;
    for (;;) {
      const { read, written } = encoder.encodeInto(text, this.pending.subarray(this.used));
      this.used += written;
      if (read === text.length) return;
      // the buffer is full (to within one character's bytes): what is left goes after the flush
      this.flush();
      if (this.error !== null) return;
      text = text.slice(read);
    }
  }

  private writeBytes(bytes: Uint8Array): void {
    if (bytes.length > FLUSH_AT - this.used) this.flush();
    if (bytes.length >= FLUSH_AT) {
      if (this.error === null && this.fd !== null) this.writeOut([bytes]);
      return;
    }
    this.pending.set(bytes, this.used);
    this.used += bytes.length;
  }

  private flush(): void {
    if (this.error === null && this.fd !== null && this.used) this.writeOut([this.pending.subarray(0, this.used)]);
    this.used = 0;
  }

  private writeOut(pieces: Uint8Array[]): void {
    try {
      writeAll(this.fd!, pieces);
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    if (this.error === null) this.error = e;
    if (this.fd !== null) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // already failing: the first error is the one reported
      }
      this.fd = null;
    }
  }
}
