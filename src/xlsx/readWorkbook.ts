// readXlsx: bytes → the core's WorkbookGrid, keeping the zip and part names to apply a plan losslessly later.
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { decodePart } from "./bytes";
import { xlsxErrors } from "./errors";
import { isRelType, parseRels, relsPathOf, type Relationship } from "./parts";
import { parseSharedStrings } from "./sharedStrings";
import { readSheet, type SheetReadContext } from "./sheetReader";
import { sniffContainer, notWorkbookError } from "./sniff";
import { ownNoteCells } from "./staleNotes";
import { parseStyles, type StyleTable } from "./styles";
import { findElement, findElements, getAttr, rootPrefix } from "./xml";
import { entryData, partKey, readZip, type ZipArchive, type ZipEntry } from "./zip";

/** Largest sheet part read (uncompressed bytes). */
export const MAX_SHEET_BYTES = 200 * 1024 * 1024;

/** One worksheet of the workbook and where it lives in the package. */
export interface XlsxSheetPart {
  name: string;
  sheetId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Part name as stored in the zip ("xl/worksheets/sheet1.xml"). */
  path: string;
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
  /** Decoded XML of a part (cached), or null when the package has no such part. */
  readonly partText: (path: string) => string | null;
}

/** Finds a part's zip entry (case-insensitive, leading slash ignored). */
export function findEntry(zip: ZipArchive, path: string): ZipEntry | null {
  return zip.byKey.get(partKey(path)) ?? null;
}

function partTextReader(zip: ZipArchive, fileName: string): (path: string) => string | null {
  const cache = new Map<string, string | null>();
  return (path: string) => {
    const key = partKey(path);
    if (cache.has(key)) return cache.get(key) ?? null;
    const entry = zip.byKey.get(key);
    const text = entry ? decodePart(entryData(zip, entry, fileName)) : null;
    cache.set(key, text);
    return text;
  };
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
export function sheetCommentsParts(zip: ZipArchive, partText: (path: string) => string | null, sheetPath: string): string[] {
  const relsXml = partText(relsPathOf(sheetPath));
  if (!relsXml) return [];
  return parseRels(relsXml, sheetPath)
    .filter((r) => isRelType(r, "comments") && !r.external && findEntry(zip, r.target))
    .map((r) => partText(r.target) ?? "");
}

/** Reads an .xlsx/.xlsm workbook; throws XlsxError (Chinese message) for anything that is not one. */
export function readXlsx(bytes: Uint8Array, fileName: string): XlsxWorkbook {
  return readXlsxCells(bytes, fileName);
}

/** readXlsx, calling `onCell` for every <c> element (sheet index in workbook order, 0-based cell, style index). */
export function readXlsxCells(
  bytes: Uint8Array,
  fileName: string,
  onCell?: (sheet: number, row: number, col: number, styleIndex: number) => void,
): XlsxWorkbook {
  sniffContainer(bytes, fileName);
  const zip = readZip(bytes, fileName);
  const partText = partTextReader(zip, fileName);
  const workbookPath = mainPartPath(zip, partText);
  if (!workbookPath || workbookPath.toLowerCase().endsWith(".bin")) throw notWorkbookError(zip, fileName);
  const workbookXml = partText(workbookPath) ?? "";
  const prefix = rootPrefix(workbookXml);
  const rels = parseRels(partText(relsPathOf(workbookPath)) ?? "", workbookPath);
  const relOf = (kind: string): Relationship | undefined => rels.find((r) => isRelType(r, kind) && findEntry(zip, r.target));
  const stylesPath = relOf("styles")?.target ?? null;
  const sharedPath = relOf("sharedStrings")?.target ?? null;
  const styles = parseStyles(stylesPath ? partText(stylesPath) : null);
  const sharedStrings = sharedPath ? parseSharedStrings(partText(sharedPath) ?? "") : [];
  const pr = findElement(workbookXml, prefix + "workbookPr");
  const date1904Flag = pr ? getAttr(workbookXml.slice(pr.start, pr.openEnd), "date1904") : null;
  const date1904 = date1904Flag === "1" || date1904Flag === "true";
  const sheets: XlsxSheetPart[] = [];
  const grids: SheetGrid[] = [];
  const sheetsBlock = findElement(workbookXml, prefix + "sheets");
  const spans = sheetsBlock ? findElements(workbookXml, prefix + "sheet", sheetsBlock.openEnd, sheetsBlock.closeStart) : [];
  for (const span of spans) {
    const tag = workbookXml.slice(span.start, span.openEnd);
    const rel = rels.find((r) => r.id === relId(tag));
    if (!rel || !isRelType(rel, "worksheet")) continue;
    const entry = findEntry(zip, rel.target);
    const name = getAttr(tag, "name") ?? "";
    if (!entry) throw xlsxErrors.corrupt(fileName, rel.target);
    if (entry.size > MAX_SHEET_BYTES) {
      throw xlsxErrors.tooLarge(fileName, name, `XML超过200MB`, `sheet XML over 200 MB`);
    }
    const state = getAttr(tag, "state");
    sheets.push({
      name,
      sheetId: getAttr(tag, "sheetId") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      path: entry.name,
    });
    const sheetIndex = sheets.length - 1;
    const ctx: SheetReadContext = { name, fileName, sharedStrings, styles, date1904 };
    if (onCell) ctx.onCell = (row, col, s) => onCell(sheetIndex, row, col, s);
    const grid = readSheet(partText(entry.name) ?? "", ctx);
    const ownNotes = sheetCommentsParts(zip, partText, entry.name).flatMap(ownNoteCells);
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
    partText,
  };
}
