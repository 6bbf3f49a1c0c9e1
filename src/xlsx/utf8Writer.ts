// UTF-8 written piece by piece into one buffer that grows: a large text (an edited sheet, a report) is encoded where
// its pieces are, never joined into one string first. Its own module, with nothing made when it loads: the pane's
// report download uses it, and nothing else of the workbook code.

/** UTF-8 bytes written into a buffer that grows when full. */
export class Utf8Writer {
  private bytes: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Appends `text` (the buffer grows when it is full: TextEncoder.encodeInto, which every browser the page runs in
   *  has). */
  write(text: string): void {
    for (let rest = text; rest;) {
      const { read, written } = this.encoder.encodeInto(rest, this.bytes.subarray(this.at));
      this.at += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + rest.length * 3));
      grown.set(this.bytes.subarray(0, this.at));
      this.bytes = grown;
    }
  }

  /** The bytes written. */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.at);
  }
}
