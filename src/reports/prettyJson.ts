// JSON.stringify(value, null, 2) of a value that stands somewhere inside a larger document, produced in pieces: a
// report with 30,000 findings is one 16-million-character string (32 MB, flattened once more by the serializer)
// when stringified whole; in pieces of a few hundred items it is encoded and dropped piece by piece. Every host
// writes its reports this way: the command line's stream, the page's and the pane's downloads.

import { Utf8Writer } from "../xlsx/utf8Writer";

/** Items of a long array stringified together as one piece. */
export const PIECE_ITEMS = 512;

const INDENT: string[] = [""];

/** Two spaces per level, as JSON.stringify(…, null, 2) indents. */
function indent(depth: number): string {
  while (INDENT.length <= depth) INDENT.push(INDENT[INDENT.length - 1] + "  ");
  return INDENT[depth];
}

/** JSON.stringify(value, null, 2) for a value at `depth` (its inner lines indented two spaces more than the line
 *  it starts on, which is indented 2·depth): stringified inside `depth` arrays and cut out. */
export function stringifyAt(value: unknown, depth: number): string {
  let nested = value;
  for (let d = 0; d < depth; d++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  if (depth === 0) return text;
  let head = 0;
  for (let d = 1; d <= depth; d++) head += 2 + 2 * d; // "[\n" and the indent of each level
  let tail = 0;
  for (let d = 0; d < depth; d++) tail += 2 + 2 * d; // "\n", the indent and "]" of each level
  return text.slice(head, text.length - tail);
}

/** Whether `value` holds (at any depth) an array longer than `items`: only such values are cut into pieces. */
function holdsLongArray(value: unknown, items: number, depth = 0): boolean {
  if (value === null || typeof value !== "object" || depth > 64) return false;
  if (Array.isArray(value)) return value.length > items || value.some((v) => holdsLongArray(v, items, depth + 1));
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  for (const key of Object.keys(value))
    if (holdsLongArray((value as Record<string, unknown>)[key], items, depth + 1)) return true;
  return false;
}

/** The pieces whose concatenation is stringifyAt(value, depth): whole when the value holds no array longer than
 *  `items`; else its long arrays `items` items at a time. For plain data (the reports: objects, arrays, strings,
 *  numbers, booleans, null); the caller knows when a value is small enough to stringify whole (fileEntry), since
 *  finding out walks it. */
export function* prettyPieces(value: unknown, depth: number, items = PIECE_ITEMS): Generator<string> {
  if (!holdsLongArray(value, items)) yield stringifyAt(value, depth);
  else if (Array.isArray(value)) yield* arrayPieces(value, depth, items);
  else yield* objectPieces(value as Record<string, unknown>, depth, items);
}

function* objectPieces(value: Record<string, unknown>, depth: number, items: number): Generator<string> {
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue; // left out, as JSON.stringify does
    yield `${first ? "{" : ","}\n${indent(depth + 1)}${JSON.stringify(key)}: `;
    first = false;
    yield* prettyPieces(v, depth + 1, items);
  }
  yield first ? "{}" : `\n${indent(depth)}}`;
}

/** A long array a slice of `items` at a time (its items whole); a short one item by item where an item holds a long
 *  array (each such item in pieces). */
function* arrayPieces(value: readonly unknown[], depth: number, items: number): Generator<string> {
  const long = value.length > items;
  const lead = `\n${indent(depth + 1)}`;
  let group: unknown[] = [];
  let opened = false;
  const flush = function* () {
    if (!group.length) return;
    const inner = stringifyAt(group, depth);
    // "[" lead item , lead item … "\n" indent "]": the items with their separators, without the brackets (a piece
    // of its own: joined to the bracket it would be copied once more to be encoded)
    yield opened ? "," : "[";
    yield inner.slice(1, inner.length - 2 - 2 * depth);
    opened = true;
    group = [];
  };
  for (const v of value) {
    if (!long && holdsLongArray(v, items)) {
      yield* flush();
      yield `${opened ? "," : "["}${lead}`;
      opened = true;
      yield* prettyPieces(v, depth + 1, items);
    } else {
      group.push(v);
      if (group.length >= items) yield* flush();
    }
  }
  yield* flush();
  yield opened ? `\n${indent(depth)}]` : "[]";
}

/** A report file's text (JSON.stringify(value, null, 2) and a final newline) as a Blob built a piece at a time: the
 *  browser is handed each piece and the next is made after, so no one string of the whole report is. */
export function jsonBlob(value: unknown): Blob {
  const type = "application/json";
  let blob = new Blob([], { type });
  for (const piece of prettyPieces(value, 0)) blob = new Blob([blob, piece], { type });
  return new Blob([blob, "\n"], { type });
}

/** A report file's text (JSON.stringify(value, null, 2) and a final newline) as UTF-8, encoded a piece at a time. */
export function jsonBytes(value: unknown): Uint8Array {
  const out = new Utf8Writer(1 << 16);
  for (const piece of prettyPieces(value, 0)) out.write(piece);
  out.write("\n");
  return out.result().slice(); // its own buffer: a view of the writer's larger one is cloned whole when posted
}
