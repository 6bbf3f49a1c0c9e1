// applyPlan: writes a plan's cells into the workbook and returns new .xlsx bytes. Only the written sheets,
// their rels, styles, comments/VML and content types change; every other part is copied byte for byte.
import { MARK_FILLS, type CellWrite } from "../core";
import { planCells, type CellPlan } from "./cellPlans";
import type { NoteWrite } from "./comments";
import { XlsxError, xlsxError } from "./errors";
import { removeStaleNotes, writeNotes } from "./notesWriter";
import { PackageEditor } from "./packageEditor";
import {
  CONTENT_TYPES,
  addRelationships,
  freeRelId,
  isRelType,
  parseRels,
  relativeTarget,
  REL_TYPES,
  relsPathOf,
  removeRelationship,
} from "./parts";
import type { ZipCodec } from "./codec";
import type { XlsxWorkbook } from "./readWorkbook";
import { forgetOutlines, rememberOutline } from "./sheetScan";
import { sheetEditSplices } from "./sheetWriter";
import { Restyles } from "./restyles";
import { StyleEditor } from "./styleEditor";
import { forgetIndexes, useIndexes } from "./xmlIndex";
import { writeZip, type PackedPart } from "./zipWrite";

function dropCalcChain(wb: XlsxWorkbook, pkg: PackageEditor): void {
  if (!wb.calcChainPath) return;
  pkg.remove(wb.calcChainPath);
  pkg.dropOverride(wb.calcChainPath);
  const relsPath = relsPathOf(wb.workbookPath);
  const xml = pkg.text(relsPath);
  if (!xml) return;
  const rel = parseRels(xml, wb.workbookPath).find((r) => isRelType(r, "calcChain"));
  if (rel) pkg.set(relsPath, removeRelationship(xml, rel.id));
}

function saveStyles(wb: XlsxWorkbook, pkg: PackageEditor, styles: StyleEditor): void {
  if (!styles.changed) return;
  if (!styles.created && wb.stylesPath) {
    pkg.set(wb.stylesPath, styles.toXml());
    return;
  }
  const dir = wb.workbookPath.includes("/") ? wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf("/") + 1) : "";
  const path = `${dir}styles.xml`;
  const relsPath = relsPathOf(wb.workbookPath);
  const relsXml = pkg.text(relsPath);
  const id = freeRelId(relsXml ? parseRels(relsXml, wb.workbookPath) : []);
  pkg.set(path, styles.toXml());
  pkg.set(
    relsPath,
    addRelationships(relsXml, [{ id, type: REL_TYPES.styles, target: relativeTarget(wb.workbookPath, path) }]),
  );
  pkg.addOverride(path, CONTENT_TYPES.styles);
}

/** Writes one sheet's cells, notes and marks; returns how many formulas the values replaced. */
function editSheet(
  wb: XlsxWorkbook,
  pkg: PackageEditor,
  styles: StyleEditor,
  index: number,
  cells: Map<number, CellPlan>,
): number {
  const sheet = wb.sheets[index];
  const edits: CellPlan[] = [];
  const notes: NoteWrite[] = [];
  const stale: CellPlan[] = [];
  const restyles = new Restyles(styles);
  for (const cell of cells.values()) {
    const fill = cell.severity ? MARK_FILLS[cell.severity] : undefined;
    const unmark = cell.unmark && !fill;
    cell.restyle = restyles.of(cell.numFmt, fill, unmark);
    cell.existingOnly = unmark && cell.value === undefined && cell.numFmt === undefined;
    edits.push(cell);
    if (cell.notes.length) notes.push({ row: cell.row, col: cell.col, text: cell.notes.join("\n") });
    if (unmark && !cell.notes.length) stale.push(cell);
  }
  const original = pkg.text(sheet.path) ?? "";
  rememberOutline(original, sheet.outline);
  // cells change inside <sheetData>, notes only the sheet's top-level elements: both are splices of the original
  // text, applied together as the part's bytes are written (no edited copy of a large sheet is made)
  const result = sheetEditSplices(original, edits);
  const splices = result.splices.concat(
    removeStaleNotes(pkg, sheet.path, original, stale, notes.length > 0),
    writeNotes(pkg, sheet.path, original, notes),
  );
  pkg.setSpliced(sheet.path, original, splices);
  return result.formulasRemoved;
}

/** Optional settings of applyPlan. */
export interface ApplyOptions {
  /** Packs the changed parts; default the codec the workbook was read with. */
  codec?: ZipCodec;
}

/** The package's changes after the plan's writes, or null when nothing changes. */
function editPackage(wb: XlsxWorkbook, writes: readonly CellWrite[]): ReturnType<PackageEditor["changes"]> | null {
  const bySheet = planCells(wb, writes);
  if (!bySheet.size) return null;
  if (wb.strict) throw xlsxError("strict", { file: wb.fileName });
  const pkg = new PackageEditor(wb);
  const styles = new StyleEditor(wb.stylesPath ? wb.partText(wb.stylesPath) : null);
  let formulasRemoved = 0;
  for (const [index, cells] of bySheet) formulasRemoved += editSheet(wb, pkg, styles, index, cells);
  saveStyles(wb, pkg, styles);
  if (formulasRemoved) dropCalcChain(wb, pkg);
  return pkg.changes();
}

/** Runs `work` with the workbook's part indexes in use; an error that is not an XlsxError becomes WRITE_FAILED. */
function editing<T>(wb: XlsxWorkbook, work: () => T): T {
  try {
    useIndexes(wb.indexes());
    return work();
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw xlsxError("writeFailed", { failure: { kind: "structure", reason: detail } });
  } finally {
    forgetOutlines();
    forgetIndexes();
  }
}

/** Applies the plan's writes; throws XlsxError (SHEET_PROTECTED, WRITE_FAILED) before changing anything. */
export function applyPlan(wb: XlsxWorkbook, writes: readonly CellWrite[], options: ApplyOptions = {}): Uint8Array {
  return editing(wb, () => {
    const changes = editPackage(wb, writes);
    const codec = options.codec ?? wb.codec;
    return changes ? writeZip(wb.zip, { replace: changes.replace, add: changes.add, codec }) : wb.zip.bytes.slice();
  });
}

/** applyPlan with the changed parts packed by `pack`, which may work asynchronously (the page's CompressionStream). */
export async function applyPlanAsync(
  wb: XlsxWorkbook,
  writes: readonly CellWrite[],
  pack: (data: Uint8Array) => Promise<PackedPart>,
): Promise<Uint8Array> {
  const changes = editing(wb, () => editPackage(wb, writes));
  if (!changes) return wb.zip.bytes.slice();
  const packedParts = async (list: [string, Uint8Array | null][]) =>
    new Map(
      await Promise.all(
        list.map(async ([name, data]): Promise<[string, PackedPart | null]> => [name, data && (await pack(data))]),
      ),
    );
  const replace = await packedParts([...changes.replace]);
  const add = [...(await packedParts(changes.add.map((a) => [a.name, a.data])))].map(([name, data]) => ({
    name,
    data: data!,
  }));
  return writeZip(wb.zip, { replace, add });
}
