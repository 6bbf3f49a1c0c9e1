// readXlsx: bytes → the core's WorkbookGrid, keeping the zip and part names to apply a plan losslessly later.
// Every part is read within the budgets of limits.ts and parsed with the one XML tokenizer; a part that is not
// well-formed XML or not valid UTF-8 makes the file damaged (Excel would offer to repair it), never half-read.
import type { SheetGrid, WorkbookGrid } from "../core";
import { xlsxError } from "./errors";
import { ReadBudget } from "./limits";
import { isRelType, parseRels, relsPathOf } from "./parts";
import { parseSharedStrings } from "./sharedStrings";
import type { ArrayRange } from "./sheetArrays";
import type { SheetOutline } from "./sheetScan";
import { readSheet, type SheetReadContext } from "./sheetReader";
import { sniffContainer } from "./sniff";
import { ownNoteCells } from "./staleNotes";
import { parseStyles, type StyleTable } from "./styles";
import { ownThreadCells } from "./threadedComments";
import { portableCodec, type ZipCodec } from "./codec";
import { findElement, findElements, getAttr } from "./xml";
import { forgetIndexes, type XmlIndex } from "./xmlIndex";
import { partKey, readZip, type ZipArchive } from "./zip";
import { findEntry, inPart, PackageParts } from "./packageParts";
import { readMainPart, type MainPart } from "./mainPart";

export { checkWellFormed, findEntry, inPart } from "./packageParts";

/** Largest sheet part read (uncompressed bytes). */
export const MAX_SHEET_BYTES = 200 * 1024 * 1024;

/** One worksheet of the workbook and where it lives in the package. */
export interface XlsxSheetPart {
  name: string;
  sheetId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Part name without a leading "/" ("xl/worksheets/sheet1.xml"; the zip entry keeps its own spelling). */
  path: string;
  /** Multi-cell array formulas: no value is ever written inside them. */
  arrays: readonly ArrayRange[];
  /** The part's top-level elements as read (the writer starts from them instead of a pass of its own). */
  outline: SheetOutline;
}

/** A workbook read from .xlsx bytes: the grid for the core, and what applyPlan needs to edit it in place. */
export interface XlsxWorkbook {
  readonly grid: WorkbookGrid;
  readonly fileName: string;
  readonly zip: ZipArchive;
  /** Worksheets in workbook order (grid.sheets[i] belongs to sheets[i]). */
  readonly sheets: readonly XlsxSheetPart[];
  readonly workbookPath: string;
  readonly stylesPath: string | null;
  readonly calcChainPath: string | null;
  readonly styles: StyleTable;
  readonly date1904: boolean;
  /** Strict Open XML (ISO/IEC 29500 Strict namespaces): read, but never written (we would mix in transitional parts). */
  readonly strict: boolean;
  /** Decoded XML of a part (cached; checked as well-formed XML when it is an .xml or .rels part), or null when the
   *  package has no such part. */
  readonly partText: (path: string) => string | null;
  /** The element indexes of the parts checked so far (the writer's lookups use them instead of another pass). */
  readonly indexes: () => Iterable<XmlIndex>;
  /** How this host inflates, deflates and checks CRCs (the writer packs changed parts with it). */
  readonly codec: ZipCodec;
}

/** Options of readXlsx. */
export interface ReadOptions {
  /** Native zlib in the command line; the portable codec (fflate) elsewhere. */
  codec?: ZipCodec;
  /** Called for every <c> element (sheet index in workbook order, 0-based cell, style index). */
  onCell?: (sheet: number, row: number, col: number, styleIndex: number) => void;
}

function relId(tag: string): string {
  return getAttr(tag, "r:id") ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? "";
}

/** The texts of a sheet's comments (notes) parts. */
export function sheetCommentsParts(
  zip: ZipArchive,
  partText: (path: string) => string | null,
  sheetPath: string,
): string[] {
  const relsXml = partText(relsPathOf(sheetPath));
  if (!relsXml) return [];
  return parseRels(relsXml, sheetPath)
    .filter((r) => isRelType(r, "comments") && !r.external && findEntry(zip, r.target))
    .map((r) => partText(r.target) ?? "");
}

/** Reads an .xlsx/.xlsm workbook; throws XlsxError (Chinese message) for anything that is not one. */
export function readXlsx(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): XlsxWorkbook {
  try {
    return readChecked(bytes, fileName, options.codec ?? portableCodec, options.onCell);
  } finally {
    forgetIndexes();
  }
}

/** readXlsx, calling `onCell` for every <c> element (sheet index in workbook order, 0-based cell, style index). */
export function readXlsxCells(bytes: Uint8Array, fileName: string, onCell?: ReadOptions["onCell"]): XlsxWorkbook {
  return readXlsx(bytes, fileName, { onCell });
}

/** The shared strings table (empty when the workbook has none). */
function readSharedStrings(parts: PackageParts, path: string | null): string[] {
  if (!path) return [];
  const xml = parts.raw(path) ?? "";
  const strings = inPart(parts.fileName, path, xml, () => parseSharedStrings(xml, parts.budget));
  parts.readBy(path);
  return strings;
}

/** Reads the worksheet a <sheet> tag of the workbook names; null when it names no worksheet. */
function readSheetPart(
  parts: PackageParts,
  main: MainPart,
  tag: string,
  ctx: SheetReadContext,
): { sheet: XlsxSheetPart; grid: SheetGrid } | null {
  const rel = main.rels.find((r) => r.id === relId(tag));
  if (!rel || !isRelType(rel, "worksheet")) return null;
  const entry = findEntry(parts.zip, rel.target);
  if (!entry) throw xlsxError("corrupt", { file: parts.fileName, part: rel.target });
  if (entry.size > MAX_SHEET_BYTES) {
    const limit = { kind: "sheetXml" as const, limitBytes: MAX_SHEET_BYTES };
    throw xlsxError("sheetTooLarge", { file: parts.fileName, sheet: ctx.name, limit });
  }
  const path = partKey(entry.name) === partKey(rel.target) ? rel.target : entry.name.replace(/^\/+/, "");
  const sheetXml = parts.raw(path) ?? "";
  const read = inPart(parts.fileName, entry.name, sheetXml, () => readSheet(sheetXml, ctx));
  parts.readBy(path);
  const state = getAttr(tag, "state");
  const grid = read.grid;
  const partText = (p: string) => parts.text(p);
  const ownNotes = [
    ...sheetCommentsParts(parts.zip, partText, path).flatMap(ownNoteCells),
    ...ownThreadCells(parts.zip, partText, path),
  ];
  if (ownNotes.length) grid.ownNotes = ownNotes;
  const sheet: XlsxSheetPart = {
    name: ctx.name,
    sheetId: getAttr(tag, "sheetId") ?? "",
    state: state === "hidden" || state === "veryHidden" ? state : "visible",
    path,
    arrays: read.arrays,
    outline: read.outline,
  };
  return { sheet, grid };
}

/** Reads every worksheet the workbook lists, in its order (chart sheets and dialog sheets are skipped). */
function readSheets(
  parts: PackageParts,
  main: MainPart,
  base: Omit<SheetReadContext, "name">,
  onCell: ReadOptions["onCell"],
): { sheets: XlsxSheetPart[]; grids: SheetGrid[] } {
  const sheets: XlsxSheetPart[] = [];
  const grids: SheetGrid[] = [];
  const block = findElement(main.xml, main.prefix + "sheets");
  const spans = block ? findElements(main.xml, main.prefix + "sheet", block.openEnd, block.closeStart) : [];
  for (const span of spans) {
    const tag = main.xml.slice(span.start, span.openEnd);
    const sheetIndex = sheets.length;
    // written out, not spread and extended (docs/DECISIONS.md, "No object spread given more fields")
    const ctx: SheetReadContext = {
      name: getAttr(tag, "name") ?? "",
      fileName: base.fileName,
      sharedStrings: base.sharedStrings,
      styles: base.styles,
      date1904: base.date1904,
      budget: base.budget,
      onCell: onCell ? (row, col, s) => onCell(sheetIndex, row, col, s) : undefined,
    };
    const read = readSheetPart(parts, main, tag, ctx);
    if (!read) continue;
    sheets.push(read.sheet);
    grids.push(read.grid);
  }
  return { sheets, grids };
}

function readChecked(
  bytes: Uint8Array,
  fileName: string,
  codec: ZipCodec,
  onCell: ReadOptions["onCell"],
): XlsxWorkbook {
  sniffContainer(bytes, fileName);
  const zip = readZip(bytes, fileName);
  const parts = new PackageParts(zip, fileName, new ReadBudget(fileName), codec);
  const main = readMainPart(parts);
  const stylesPath = main.relOf("styles")?.target ?? null;
  const styles = parseStyles(stylesPath ? parts.text(stylesPath) : null);
  const sharedStrings = readSharedStrings(parts, main.relOf("sharedStrings")?.target ?? null);
  const base = { fileName, sharedStrings, styles, date1904: main.date1904, budget: parts.budget };
  const { sheets, grids } = readSheets(parts, main, base, onCell);
  const calcChain = main.relOf("calcChain");
  return {
    grid: { name: fileName, sheets: grids },
    fileName,
    zip,
    sheets,
    workbookPath: main.path,
    stylesPath: stylesPath ? (findEntry(zip, stylesPath)?.name ?? stylesPath) : null,
    calcChainPath: calcChain ? (findEntry(zip, calcChain.target)?.name ?? null) : null,
    styles,
    date1904: main.date1904,
    strict: main.strict,
    partText: (path) => parts.text(path),
    indexes: () => parts.indexes(),
    codec,
  };
}
