// Fuzz: random well-formed sheet and shared-strings XML (comments, PIs and CDATA around and inside cells, fake
// cells inside comments) read by our tokenizer-based reader must equal what a real XML parser (saxes, tests
// only) reads, and every sheet the writer edits must still be well-formed with exactly the written cells changed.
// Bounded and seeded in `npm test`; FUZZ_RUNS=20000 FUZZ_SEED=n npx jest test/xlsx/xmlFuzz runs longer (README).
import { SaxesParser } from "saxes";
import { cellAt } from "../../src/core/grid";
import { ReadBudget } from "../../src/xlsx/limits";
import { parseSharedStrings } from "../../src/xlsx/sharedStrings";
import { readSheet } from "../../src/xlsx/sheetReader";
import { forgetOutlines, rememberOutline } from "../../src/xlsx/sheetScan";
import { sheetEditSplices } from "../../src/xlsx/sheetWriter";
import { encodeSpliced } from "../../src/xlsx/splicedBytes";
import { parseStyles } from "../../src/xlsx/styles";
import { Gen, rng, sharedStringsDocument, sheetDocument } from "./xmlFuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const STRINGS = ["甲", "乙", "丙", "丁"];

/** OOXML's _xHHHH_ escapes, applied on top of what the XML parser reports (as Excel does). */
function xstring(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

interface RefCell {
  row: number;
  col: number;
  type: string | null;
  v: string | null;
  f: string | null;
  inline: string | null;
}

/** Reads a sheet with saxes: every <c> under worksheet/sheetData/row, its attributes and children's text. */
function saxCells(xml: string): RefCell[] {
  const parser = new SaxesParser({ xmlns: false });
  const cells: RefCell[] = [];
  const path: string[] = [];
  let row = -1;
  let col = -1;
  let cell: RefCell | null = null;
  let field: "v" | "f" | "t" | null = null;
  let inPh = false;
  const local = (n: string) => n.slice(n.indexOf(":") + 1);
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    path.push(name);
    const attrs = tag.attributes as Record<string, string>;
    if (path.length === 3 && name === "row") {
      row = attrs.r !== undefined ? Number(attrs.r) - 1 : row + 1;
      col = -1;
    } else if (path.length === 4 && name === "c") {
      const m = attrs.r ? /^([A-Z]+)(\d+)$/.exec(attrs.r) : null;
      col = m ? m[1].charCodeAt(0) - 65 : col + 1;
      if (m) row = Number(m[2]) - 1;
      cell = { row, col, type: attrs.t ?? null, v: null, f: null, inline: null };
    } else if (cell && path.length === 5) {
      field = name === "v" ? "v" : name === "f" ? "f" : null;
      if (name === "is") cell.inline = "";
      if (field === "v") cell.v = "";
      if (field === "f") cell.f = "";
    } else if (cell && path.length >= 6 && path[4] === "is") {
      if (name === "rPh") inPh = true;
      if (name === "t" && !inPh) field = "t";
    }
  });
  const text = (s: string) => {
    if (!cell || !field) return;
    if (field === "t") cell.inline += s;
    else if (field === "v") cell.v += s;
    else cell.f += s;
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (path.length === 4 && name === "c" && cell) {
      cells.push(cell);
      cell = null;
    }
    if (name === "rPh") inPh = false;
    if (path.length >= 5 && (name === "v" || name === "f" || name === "t")) field = null;
    path.pop();
  });
  parser.write(xml).close();
  return cells;
}

/** What the grid should hold for a reference cell (the reader's typing rules, restated plainly). */
function expectedValue(c: RefCell): unknown {
  if (c.type === "s") return c.v === null || c.v === "" ? null : (STRINGS[Number(c.v)] ?? null);
  if (c.type === "inlineStr") return c.inline === null ? (c.v === null ? null : xstring(c.v)) : xstring(c.inline);
  if (c.type === "str" || c.type === "e") return c.v === null || c.v === "" ? null : xstring(c.v);
  if (c.type === "b") return c.v === null || c.v === "" ? null : c.v === "1" || c.v === "true";
  if (c.v === null || c.v === "") return null;
  return Number.isFinite(Number(c.v)) ? Number(c.v) : xstring(c.v);
}

function ours(xml: string) {
  return readSheet(xml, readContext()).grid;
}

function readContext() {
  return {
    name: "S",
    fileName: "fuzz.xlsx",
    sharedStrings: STRINGS,
    styles: parseStyles(null),
    date1904: false,
    budget: new ReadBudget("fuzz.xlsx"),
  };
}

function wellFormed(xml: string): void {
  new SaxesParser({ xmlns: false }).write(xml).close();
}

describe(`XML fuzz (${RUNS} runs, seed ${SEED})`, () => {
  test("sheets: our reader sees exactly the cells, values and formulas a real XML parser sees", () => {
    const g = new Gen(rng(SEED));
    for (let i = 0; i < RUNS; i++) {
      const xml = sheetDocument(g, STRINGS.length);
      const ref = saxCells(xml);
      const grid = ours(xml);
      for (const c of ref) {
        const where = `run ${i}, cell ${String.fromCharCode(65 + c.col)}${c.row + 1}\n${xml}`;
        expect([where, cellAt(grid, c.row, c.col)]).toEqual([where, expectedValue(c)]);
        const formula = c.f === null ? null : xstring(c.f) || null;
        expect([where, grid.formulas?.[c.row - grid.origin.row]?.[c.col - grid.origin.col] ?? null]).toEqual([
          where,
          formula,
        ]);
      }
      const nonEmpty = grid.values.flat().filter((v) => v !== null).length;
      expect(nonEmpty).toBe(ref.filter((c) => expectedValue(c) !== null).length);
    }
  });

  test("shared strings: the same strings, in the same order, as a real XML parser reads", () => {
    const g = new Gen(rng(SEED + 1));
    for (let i = 0; i < RUNS; i++) {
      const { xml, strings } = sharedStringsDocument(g, 1 + g.int(8));
      expect([i, parseSharedStrings(xml)]).toEqual([i, strings.map(xstring)]);
    }
  });

  test("writer: every edited sheet is well-formed and only the written cells change", () => {
    const g = new Gen(rng(SEED + 2));
    for (let i = 0; i < RUNS; i++) {
      const xml = sheetDocument(g, STRINGS.length);
      const before = saxCells(xml);
      const edits = Array.from({ length: 1 + g.int(4) }, () => ({
        row: g.int(12),
        col: g.int(8),
        value: g.chance(0.5) ? g.int(100) / 4 : g.pick(["得分<", "a]]>b", "&amp;"]),
      }));
      // the edits as the writer stores them: splices of the original text, encoded straight into the part's bytes
      const out = new TextDecoder().decode(encodeSpliced(xml, sheetEditSplices(xml, edits).splices));
      expect(() => wellFormed(out)).not.toThrow();
      const last = new Map(edits.map((e) => [`${e.row},${e.col}`, e.value]));
      const grid = ours(out);
      for (const [key, value] of last) {
        const [row, col] = key.split(",").map(Number);
        expect([i, key, cellAt(grid, row, col)]).toEqual([i, key, value]);
      }
      for (const c of before) {
        if (last.has(`${c.row},${c.col}`)) continue;
        expect([i, c.row, c.col, cellAt(grid, c.row, c.col)]).toEqual([i, c.row, c.col, expectedValue(c)]);
      }
    }
  });

  test("writer: from the reading pass's outline and row table (as applyPlan writes) the same splices as from a fresh pass", () => {
    const g = new Gen(rng(SEED + 4));
    for (let i = 0; i < RUNS; i++) {
      const xml = sheetDocument(g, STRINGS.length);
      const edits = Array.from({ length: 1 + g.int(4) }, () => ({
        row: g.int(12),
        col: g.int(10),
        value: g.chance(0.7) ? g.int(100) : undefined,
        restyle: g.chance(0.3) ? () => 3 : undefined,
        existingOnly: g.chance(0.2),
      }));
      forgetOutlines();
      const fresh = sheetEditSplices(xml, edits).splices;
      forgetOutlines();
      rememberOutline(xml, readSheet(xml, readContext()).outline);
      expect([i, sheetEditSplices(xml, edits).splices]).toEqual([i, fresh]);
    }
    forgetOutlines();
  });

  test("a broken end tag: we refuse the sheet exactly when a real parser does", () => {
    const g = new Gen(rng(SEED + 3));
    let refused = 0;
    for (let i = 0; i < RUNS; i++) {
      const xml = sheetDocument(g, STRINGS.length);
      const ends = [...xml.matchAll(/<\/(x:)?(c|row|v|is|t|f|sheetData)>/g)];
      const m = g.pick(ends);
      const broken =
        xml.slice(0, m.index) +
        g.pick([m[0].slice(0, -1), m[0].replace(">", "x>"), m[0].replace("</", "<")]) +
        xml.slice(m.index! + m[0].length);
      let parserRefused = false;
      try {
        wellFormed(broken);
      } catch {
        parserRefused = true;
      }
      // an end tag inside a comment or CDATA breaks nothing: then both must accept
      if (parserRefused) expect(() => ours(broken)).toThrow();
      else expect(() => ours(broken)).not.toThrow();
      if (parserRefused) refused++;
    }
    expect(refused).toBeGreaterThan(RUNS / 2);
  });
});
