// readXlsx: bytes → the core's WorkbookGrid, keeping the zip and part names to apply a plan losslessly later.
// Every part is read within the budgets of limits.ts and parsed with the one XML tokenizer; a part that is not
// well-formed XML or not valid UTF-8 makes the file damaged (Excel would offer to repair it), never half-read.
import type { SheetGrid, WorkbookGrid } from "../core";
import { decodePart } from "./bytes";
import { xlsxError } from "./errors";
import { ReadBudget } from "./limits";
import { isRelType, parseRels, relsPathOf, type Relationship } from "./parts";
import { parseSharedStrings } from "./sharedStrings";
import type { ArrayRange } from "./sheetArrays";
import type { SheetOutline } from "./sheetScan";
import { readSheet, type SheetReadContext } from "./sheetReader";
import { sniffContainer, notWorkbookError } from "./sniff";
import { ownNoteCells } from "./staleNotes";
import { parseStyles, type StyleTable } from "./styles";
import { isSpreadsheetMain, mainContentType } from "./contentTypes";
import { ownThreadCells } from "./threadedComments";
import { portableCodec, type ZipCodec } from "./codec";
import { findElement, findElements, getAttr, rootPrefix } from "./xml";
import { forgetIndexes, keepIndex, XmlIndex } from "./xmlIndex";
import { XmlSyntaxError } from "./xmlTokenizer";
import { entryData, partKey, readZip, type ZipArchive, type ZipEntry } from "./zip";

/** Largest sheet part read (uncompressed bytes). */
export const MAX_SHEET_BYTES = 200 * 1024 * 1024;
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

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

/** Finds a part's zip entry (case-insensitive, leading slash ignored). */
export function findEntry(zip: ZipArchive, path: string): ZipEntry | null {
  return zip.byKey.get(partKey(path)) ?? null;
}

function partTextReader(
  zip: ZipArchive,
  fileName: string,
  budget: ReadBudget,
  codec: ZipCodec,
): (path: string) => string | null {
  const cache = new Map<string, string | null>();
  return (path: string) => {
    const key = partKey(path);
    if (cache.has(key)) return cache.get(key) ?? null;
    const entry = zip.byKey.get(key);
    let text: string | null = null;
    if (entry) {
      const data = entryData(zip, entry, fileName, budget, codec);
      try {
        text = decodePart(data);
      } catch {
        throw xlsxError("damaged", { file: fileName, detail: { kind: "invalidUtf8", part: entry.name } });
      }
    }
    cache.set(key, text);
    return text;
  };
}

/** Runs `read` on a part's XML, turning a well-formedness fault into the damaged-file error that names the part. */
export function inPart<T>(fileName: string, part: string, xml: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    const line = xml.slice(0, e.at).split("\n").length;
    throw xlsxError("malformedXml", { file: fileName, part, line, reason: e.reason });
  }
}

/** Checks that a whole part is well-formed XML; the one tokenizer pass also indexes its elements for later lookups. */
export function checkWellFormed(fileName: string, part: string, xml: string): XmlIndex {
  return inPart(fileName, part, xml, () => keepIndex(new XmlIndex(xml)));
}

function mainPartPath(zip: ZipArchive, text: (p: string) => string | null): string | null {
  const rootRels = text("_rels/.rels");
  const main = rootRels ? parseRels(rootRels, "").find((r) => isRelType(r, "officeDocument")) : undefined;
  if (main && findEntry(zip, main.target)) return main.target;
  return findEntry(zip, "xl/workbook.xml") ? "xl/workbook.xml" : null;
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

function readChecked(
  bytes: Uint8Array,
  fileName: string,
  codec: ZipCodec,
  onCell: ReadOptions["onCell"],
): XlsxWorkbook {
  sniffContainer(bytes, fileName);
  const zip = readZip(bytes, fileName);
  const budget = new ReadBudget(fileName);
  const rawText = partTextReader(zip, fileName, budget, codec);
  const checked = new Map<string, XmlIndex | null>();
  /** A part's text, checked once as well-formed XML (sheets and shared strings are checked by their own pass). */
  const partText = (path: string): string | null => {
    const text = rawText(path);
    if (text !== null && !checked.has(partKey(path))) {
      checked.set(partKey(path), /\.(xml|rels)$/i.test(path) ? checkWellFormed(fileName, path, text) : null);
    }
    return text;
  };
  const workbookPath = mainPartPath(zip, partText);
  if (
    !workbookPath ||
    workbookPath.toLowerCase().endsWith(".bin") ||
    !isSpreadsheetMain(mainContentType(partText("[Content_Types].xml"), workbookPath))
  ) {
    throw notWorkbookError(zip, fileName);
  }
  const workbookXml = partText(workbookPath) ?? "";
  const prefix = rootPrefix(workbookXml);
  const root = findElement(workbookXml, prefix + "workbook");
  if (!root) throw notWorkbookError(zip, fileName);
  const strict = workbookXml.slice(root.start, root.openEnd).includes(STRICT_MAIN);
  const rels = parseRels(partText(relsPathOf(workbookPath)) ?? "", workbookPath);
  const relOf = (kind: string): Relationship | undefined =>
    rels.find((r) => isRelType(r, kind) && findEntry(zip, r.target));
  const stylesPath = relOf("styles")?.target ?? null;
  const sharedPath = relOf("sharedStrings")?.target ?? null;
  const styles = parseStyles(stylesPath ? partText(stylesPath) : null);
  const sharedXml = sharedPath ? (rawText(sharedPath) ?? "") : "";
  const sharedStrings = sharedPath
    ? inPart(fileName, sharedPath, sharedXml, () => parseSharedStrings(sharedXml, budget))
    : [];
  if (sharedPath) checked.set(partKey(sharedPath), null);
  const pr = findElement(workbookXml, prefix + "workbookPr");
  const date1904Flag = pr ? getAttr(workbookXml.slice(pr.start, pr.openEnd), "date1904") : null;
  const date1904 = date1904Flag === "1" || date1904Flag === "true";
  const sheets: XlsxSheetPart[] = [];
  const grids: SheetGrid[] = [];
  const sheetsBlock = findElement(workbookXml, prefix + "sheets");
  const spans = sheetsBlock
    ? findElements(workbookXml, prefix + "sheet", sheetsBlock.openEnd, sheetsBlock.closeStart)
    : [];
  for (const span of spans) {
    const tag = workbookXml.slice(span.start, span.openEnd);
    const rel = rels.find((r) => r.id === relId(tag));
    if (!rel || !isRelType(rel, "worksheet")) continue;
    const entry = findEntry(zip, rel.target);
    const name = getAttr(tag, "name") ?? "";
    if (!entry) throw xlsxError("corrupt", { file: fileName, part: rel.target });
    if (entry.size > MAX_SHEET_BYTES) {
      throw xlsxError("sheetTooLarge", {
        file: fileName,
        sheet: name,
        limit: { kind: "sheetXml", limitBytes: 200 * 1024 * 1024 },
      });
    }
    const path = partKey(entry.name) === partKey(rel.target) ? rel.target : entry.name.replace(/^\/+/, "");
    const ctx: SheetReadContext = { name, fileName, sharedStrings, styles, date1904, budget };
    const sheetIndex = sheets.length;
    if (onCell) ctx.onCell = (row, col, s) => onCell(sheetIndex, row, col, s);
    const sheetXml = rawText(path) ?? "";
    const read = inPart(fileName, entry.name, sheetXml, () => readSheet(sheetXml, ctx));
    checked.set(partKey(path), null);
    const state = getAttr(tag, "state");
    sheets.push({
      name,
      sheetId: getAttr(tag, "sheetId") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      path,
      arrays: read.arrays,
      outline: read.outline,
    });
    const grid = read.grid;
    const ownNotes = [
      ...sheetCommentsParts(zip, partText, path).flatMap(ownNoteCells),
      ...ownThreadCells(zip, partText, path),
    ];
    if (ownNotes.length) grid.ownNotes = ownNotes;
    grids.push(grid);
  }
  const calcChain = relOf("calcChain");
  return {
    grid: { name: fileName, sheets: grids },
    fileName,
    zip,
    sheets,
    workbookPath,
    stylesPath: stylesPath ? (findEntry(zip, stylesPath)?.name ?? stylesPath) : null,
    calcChainPath: calcChain ? (findEntry(zip, calcChain.target)?.name ?? null) : null,
    styles,
    date1904,
    strict,
    partText,
    indexes: () => [...checked.values()].filter((x): x is XmlIndex => x !== null),
    codec,
  };
}
