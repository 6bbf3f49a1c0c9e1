// A package's parts as text for the reader: each part inflated within the read budget and decoded once, and each
// .xml or .rels part checked as well-formed XML once (the one tokenizer pass also indexes its elements).
import { decodePart } from "./bytes";
import type { ZipCodec } from "./codec";
import { xlsxError } from "./errors";
import type { ReadBudget } from "./limits";
import { keepIndex, XmlIndex } from "./xmlIndex";
import { XmlSyntaxError } from "./xmlTokenizer";
import { entryData, partKey, type ZipArchive, type ZipEntry } from "./zip";

/** Finds a part's zip entry (case-insensitive, leading slash ignored). */
export function findEntry(zip: ZipArchive, path: string): ZipEntry | null {
  return zip.byKey.get(partKey(path)) ?? null;
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

/** The parts of one package, read as text when first asked for. */
export class PackageParts {
  private readonly texts = new Map<string, string | null>();
  /** Parts checked as well-formed: their index, or null for a part its own reader checked (sheets, strings). */
  private readonly checked = new Map<string, XmlIndex | null>();

  constructor(
    readonly zip: ZipArchive,
    readonly fileName: string,
    readonly budget: ReadBudget,
    readonly codec: ZipCodec,
  ) {}

  /** A part's decoded text, not checked (its own reader checks it: then call `readBy`), or null if absent. */
  raw(path: string): string | null {
    const key = partKey(path);
    if (this.texts.has(key)) return this.texts.get(key) ?? null;
    const entry = this.zip.byKey.get(key);
    let text: string | null = null;
    if (entry) {
      const data = entryData(this.zip, entry, this.fileName, this.budget, this.codec);
      try {
        text = decodePart(data);
      } catch {
        throw xlsxError("damaged", { file: this.fileName, detail: { kind: "invalidUtf8", part: entry.name } });
      }
    }
    this.texts.set(key, text);
    return text;
  }

  /** A part's text, checked once as well-formed XML when it is an .xml or .rels part; null if absent. */
  text(path: string): string | null {
    const text = this.raw(path);
    if (text !== null && !this.checked.has(partKey(path)))
      this.checked.set(partKey(path), /\.(xml|rels)$/i.test(path) ? checkWellFormed(this.fileName, path, text) : null);
    return text;
  }

  /** Notes that a part was checked by its own reader (a sheet, the shared strings). */
  readBy(path: string): void {
    this.checked.set(partKey(path), null);
  }

  /** The element indexes of the parts checked so far. */
  indexes(): XmlIndex[] {
    return [...this.checked.values()].filter((x): x is XmlIndex => x !== null);
  }
}
