// Collects part edits for one applyPlan call as zip changes: untouched parts are copied verbatim, a part set to
// its original text stays untouched, content types are updated once at the end.
import { encodeXml } from "./bytes";
import { addContentTypes, removeOverride } from "./parts";
import type { XlsxWorkbook } from "./readWorkbook";
import { encodeSpliced, splicedLength } from "./splicedBytes";
import { applySplices, type Splice } from "./xml";
import { partKey } from "./zip";

/** An edited part: its text, or (a large part, until something reads it) its original text and the splices. */
type EditedPart = { name: string; text: string } | { name: string; base: string; splices: readonly Splice[] };

const CONTENT_TYPES_PART = "[Content_Types].xml";

/** A pending set of edits on a workbook package. */
export class PackageEditor {
  private readonly edited = new Map<string, EditedPart>();
  private readonly removed = new Set<string>();
  private readonly overrides: { part: string; type: string }[] = [];
  private readonly defaults: { ext: string; type: string }[] = [];
  private readonly droppedOverrides: string[] = [];

  constructor(private readonly wb: XlsxWorkbook) {}

  /** The workbook part's name ("xl/workbook.xml"). */
  get workbookPath(): string {
    return this.wb.workbookPath;
  }

  private original(path: string) {
    return this.wb.zip.byKey.get(partKey(path)) ?? null;
  }

  /** Whether the part exists (in the file or added here) and was not removed. */
  exists(path: string): boolean {
    const key = partKey(path);
    return !this.removed.has(key) && (this.edited.has(key) || this.original(path) !== null);
  }

  /** The current text of a part (edited or original), or null. */
  text(path: string): string | null {
    const key = partKey(path);
    if (this.removed.has(key)) return null;
    const edit = this.edited.get(key);
    if (!edit) return this.wb.partText(path);
    if ("text" in edit) return edit.text;
    const text = applySplices(edit.base, edit.splices); // read once: kept as text from now on
    this.edited.set(key, { name: edit.name, text });
    return text;
  }

  /** Sets a part's text; setting the original text back leaves the part untouched. */
  set(path: string, text: string): void {
    const key = partKey(path);
    const entry = this.original(path);
    this.removed.delete(key);
    if (entry && this.wb.partText(path) === text) this.edited.delete(key);
    else this.edited.set(key, { name: entry?.name ?? path.replace(/^\/+/, ""), text });
  }

  /** Sets an existing part to its original text with `splices` applied, kept as splices and encoded straight into
   *  bytes when the package is written. Splices that may give the original text back (the length unchanged) are
   *  applied now, so set() can tell. */
  setSpliced(path: string, base: string, splices: readonly Splice[]): void {
    const entry = this.original(path);
    if (!entry || base !== this.wb.partText(path) || splicedLength(base, splices) === base.length) {
      this.set(path, applySplices(base, splices));
      return;
    }
    this.removed.delete(partKey(path));
    this.edited.set(partKey(path), { name: entry.name, base, splices });
  }

  /** Drops a part from the package. */
  remove(path: string): void {
    this.removed.add(partKey(path));
    this.edited.delete(partKey(path));
  }

  /** Every part name now in the package. */
  partNames(): string[] {
    const names = this.wb.zip.entries.map((e) => e.name).filter((n) => !this.removed.has(partKey(n)));
    for (const [key, e] of this.edited) if (!this.wb.zip.byKey.has(key)) names.push(e.name);
    return names;
  }

  /** The first free name stem + n + ext (n = 1, 2, ...). */
  freeName(stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.exists(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
  }

  /** Registers a content type Override for a new part. */
  addOverride(part: string, type: string): void {
    this.overrides.push({ part, type });
  }

  /** Registers a content type Default for an extension (added only when missing). */
  addDefault(ext: string, type: string): void {
    this.defaults.push({ ext, type });
  }

  /** Drops the content type Override of a removed part. */
  dropOverride(part: string): void {
    this.droppedOverrides.push(part);
  }

  /** The edits as zip changes: parts to replace (null = remove) and parts to add, as UTF-8 bytes. */
  changes(): { replace: Map<string, Uint8Array | null>; add: { name: string; data: Uint8Array }[] } {
    if (this.overrides.length || this.defaults.length || this.droppedOverrides.length) {
      let types = this.text(CONTENT_TYPES_PART) ?? "";
      for (const part of this.droppedOverrides) types = removeOverride(types, part);
      this.set(CONTENT_TYPES_PART, addContentTypes(types, this.overrides, this.defaults));
    }
    const replace = new Map<string, Uint8Array | null>();
    const add: { name: string; data: Uint8Array }[] = [];
    for (const key of this.removed) {
      const entry = this.wb.zip.byKey.get(key);
      if (entry) replace.set(entry.name, null);
    }
    for (const [key, e] of this.edited) {
      const data = "text" in e ? encodeXml(e.text) : encodeSpliced(e.base, e.splices);
      const entry = this.wb.zip.byKey.get(key);
      if (entry) replace.set(entry.name, data);
      else add.push({ name: e.name, data });
    }
    return { replace, add };
  }
}
