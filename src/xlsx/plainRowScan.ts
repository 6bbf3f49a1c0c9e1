// A row's cells found without the tokenizer, for the writer: the sheet's text was checked well-formed when it was
// read (the same string), so a row of tags and text needs no checking again, only its tags located. Anything else in
// the row (a comment, CDATA, a processing instruction, an entity in a cell's r) is left to the tokenizer.
import { cellRefAt, REF_COLS } from "./cellAttrs";

/** What a pass over one row reports: cells (depth 1 in the row) and the first <f> inside each. */
export interface RowCellSink {
  /** A <c> start tag at [start, openEnd), its column (null: none given), self-closing or not. */
  openCell(start: number, openEnd: number, col: number | null): void;
  /** The end tag of the open cell at [closeStart, end). */
  closeCell(closeStart: number, end: number): void;
  /** A start tag inside the open cell named <f> at [start, openEnd); returns whether it is the cell's first. */
  formulaStart(start: number, openEnd: number): boolean;
  /** The end tag of the cell's first <f>. */
  formulaEnd(closeStart: number, end: number): void;
}

/** Where the start tag opened at `lt` ends (after its `>`; a `>` inside a quoted value does not end it). */
function tagEnd(xml: string, lt: number): number {
  for (let i = lt + 1; i >= 0 && i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 34 || c === 39) i = xml.indexOf(c === 34 ? '"' : "'", i + 1);
  }
  return xml.length; // not reached on a well-formed text; bounded all the same
}

/** The column named by the r attribute of the start tag [lt, end), null when none is given or it is not a
 *  reference, undefined when it holds an entity (the tokenizer decodes it). */
function columnOf(xml: string, lt: number, end: number): number | null | undefined {
  let i = lt + 1;
  while (i < end && xml.charCodeAt(i) > 32 && xml.charCodeAt(i) !== 47 && xml.charCodeAt(i) !== 62) i++;
  for (;;) {
    while (i < end && xml.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < end && xml.charCodeAt(i) > 32 && xml.charCodeAt(i) !== 61 && xml.charCodeAt(i) !== 47) i++;
    if (i >= end || xml.charCodeAt(i) === 47 || xml.charCodeAt(i) === 62) return null;
    const isR = i - nameStart === 1 && xml.charCodeAt(nameStart) === 114;
    while (i < end && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
    const valueEnd = i < end ? xml.indexOf(xml.charCodeAt(i) === 34 ? '"' : "'", i + 1) : -1;
    if (valueEnd < 0 || valueEnd >= end) return null; // not reached on a well-formed text
    if (isR) {
      for (let k = i + 1; k < valueEnd; k++) if (xml.charCodeAt(k) === 38) return undefined;
      const at = cellRefAt(xml, i + 1, valueEnd);
      return at < 0 ? null : at % REF_COLS;
    }
    i = valueEnd + 1;
  }
}

/** Reports the cells of the row content [from, until) of a well-formed text to `sink`; false (having reported part
 *  of it) when the row holds markup the tokenizer must read. `cell` and `formula` are the prefixed names. */
export function scanPlainRow(
  xml: string,
  cell: string,
  formula: string,
  from: number,
  until: number,
  sink: RowCellSink,
): boolean {
  let depth = 0;
  let inCell = false;
  let fDepth = 0;
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < until; lt = xml.indexOf("<", lt + 1)) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) return false;
    if (c === 47) {
      const end = xml.indexOf(">", lt) + 1;
      if (depth === 1 && inCell) sink.closeCell(lt, end);
      else if (depth === fDepth) sink.formulaEnd(lt, end);
      if (depth === fDepth) fDepth = 0;
      if (depth-- === 1) inCell = false;
      continue;
    }
    const end = tagEnd(xml, lt);
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    depth++;
    if (depth === 1 && isName(xml, lt, cell)) {
      const col = columnOf(xml, lt, end);
      if (col === undefined) return false;
      sink.openCell(lt, end, col);
      inCell = !selfClosing;
    } else if (depth > 1 && inCell && isName(xml, lt, formula) && sink.formulaStart(lt, end))
      fDepth = selfClosing ? 0 : depth;
    if (selfClosing) depth--;
    lt = end - 1;
  }
  return true;
}

/** True when the tag opened at `lt` is named `name` (the name ends at white space, `/` or `>`). */
function isName(xml: string, lt: number, name: string): boolean {
  if (!xml.startsWith(name, lt + 1)) return false;
  const c = xml.charCodeAt(lt + 1 + name.length);
  return c <= 32 || c === 47 || c === 62;
}
