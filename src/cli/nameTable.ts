// File names kept as UTF-8 in one buffer with their end offsets: outside the JavaScript heap, which grew by 20-40 MB
// to keep 100,000 names as strings while a folder was listed (and kept that size for the rest of the run).

const encoder = new TextEncoder();
/** Orders names as String.prototype.localeCompare does (the same collation, made once, when a list is first
 *  sorted: making it costs 5 ms, which a run on one file need not pay). */
let collator: Intl.Collator | null = null;

/** A list of names, each read back as a string when asked for. */
export class NameTable {
  private readonly text: Buffer;

  constructor(
    bytes: Uint8Array,
    /** Where each name ends in `bytes` (it starts where the one before ends). */
    private readonly ends: Uint32Array,
  ) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** A table of the given names, in that order. */
  static of(names: readonly string[]): NameTable {
    const builder = new NameTableBuilder();
    for (const name of names) builder.push(name);
    return builder.build();
  }

  /** How many names. */
  get length(): number {
    return this.ends.length;
  }

  /** The j-th name. */
  at(j: number): string {
    return this.text.toString("utf8", this.start(j), this.ends[j]);
  }

  /** The names at `indices`, in that order (in buffers of the exact size: a folder of 100,000 names is picked whole). */
  pick(indices: ArrayLike<number>): NameTable {
    let size = 0;
    for (let k = 0; k < indices.length; k++) size += this.ends[indices[k]] - this.start(indices[k]);
    const bytes = new Uint8Array(size);
    const ends = new Uint32Array(indices.length);
    let used = 0;
    for (let k = 0; k < indices.length; k++) {
      const name = this.text.subarray(this.start(indices[k]), this.ends[indices[k]]);
      bytes.set(name, used);
      used += name.length;
      ends[k] = used;
    }
    return new NameTable(bytes, ends);
  }

  /** The indices of the names in localeCompare order (names that compare equal keep their order). */
  sortedOrder(): Uint32Array {
    const order = new Uint32Array(this.length);
    for (let j = 0; j < order.length; j++) order[j] = j;
    const compare = (collator ??= new Intl.Collator()).compare;
    return mergeSort(order, (a, b) => compare(this.at(a), this.at(b)) || a - b);
  }

  private start(j: number): number {
    return j === 0 ? 0 : this.ends[j - 1];
  }
}

/** `items` sorted by `compare`: a merge sort between two typed arrays, so that nothing it allocates is on the
 *  JavaScript heap (V8's sort of a typed array makes its work arrays there, young: for 100,000 names their 1.6 MB
 *  counted toward doubling the main thread's young generation, which a long run then kept; BENCHMARKS.md,
 *  "Issue 15, session 13"). */
export function mergeSort(items: Uint32Array, compare: (a: number, b: number) => number): Uint32Array {
  const n = items.length;
  let from: Uint32Array = items;
  let to: Uint32Array = new Uint32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = compare(from[i], from[j]) <= 0 ? from[i++] : from[j++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return from;
}

/** A copy of `array` at least `atLeast` long and at least twice as long, its items first (the rest zero). */
export function grown<T extends Uint8Array | Uint32Array>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, atLeast));
  bigger.set(array);
  return bigger;
}

/** Bytes of names a builder fills before it starts another buffer. */
const CHUNK = 1 << 16;

/** Collects names into a table: their bytes in buffers of CHUNK filled in turn, joined once at the end (a buffer
 *  doubled as it filled left twice the names' size behind it, outside the heap, for a folder of 100,000). */
export class NameTableBuilder {
  private readonly full: Uint8Array[] = [];
  private chunk = new Uint8Array(CHUNK);
  private inChunk = 0;
  private used = 0;
  private ends: Uint32Array = new Uint32Array(16);
  private count = 0;

  /** How many names so far. */
  get length(): number {
    return this.count;
  }

  /** Adds a name, encoded straight into the current buffer (no buffer a name); one it does not fit starts the next. */
  push(name: string): void {
    const tried = encoder.encodeInto(name, this.chunk.subarray(this.inChunk));
    let written = tried.written;
    if (tried.read < name.length) {
      this.full.push(this.chunk.subarray(0, this.inChunk));
      // a UTF-16 unit takes at most 3 bytes of UTF-8 (a pair of them, 4)
      this.chunk = new Uint8Array(Math.max(CHUNK, name.length * 3));
      this.inChunk = 0;
      written = encoder.encodeInto(name, this.chunk).written;
    }
    this.inChunk += written;
    this.used += written;
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.count + 1);
    this.ends[this.count++] = this.used;
  }

  /** The table of the names added (in buffers of the exact size). */
  build(): NameTable {
    const bytes = new Uint8Array(this.used);
    let at = 0;
    for (const part of [...this.full, this.chunk.subarray(0, this.inChunk)]) {
      bytes.set(part, at);
      at += part.length;
    }
    return new NameTable(bytes, this.ends.slice(0, this.count));
  }
}
