// The workbook part of a package: found through the package's relationships (or at its usual place), checked to be a
// spreadsheet's, with its relationships, namespace prefix and the flags the reader needs.
import { isSpreadsheetMain, mainContentType } from "./contentTypes";
import { findEntry, type PackageParts } from "./packageParts";
import { isRelType, parseRels, relsPathOf, type Relationship } from "./parts";
import { notWorkbookError } from "./sniff";
import { findElement, getAttr, rootPrefix } from "./xml";
import type { ZipArchive } from "./zip";

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** The workbook part: where it is, its text and namespace prefix, its relationships, and its flags. */
export interface MainPart {
  path: string;
  xml: string;
  prefix: string;
  strict: boolean;
  date1904: boolean;
  /** The workbook's relationship of a kind whose target the package holds. */
  relOf: (kind: string) => Relationship | undefined;
  rels: Relationship[];
}

/** Reads the workbook part; throws the not-a-workbook error when there is none or it is not a spreadsheet's. */
export function readMainPart(parts: PackageParts): MainPart {
  const { zip, fileName } = parts;
  const path = mainPartPath(zip, (p) => parts.text(p));
  if (
    !path ||
    path.toLowerCase().endsWith(".bin") ||
    !isSpreadsheetMain(mainContentType(parts.text("[Content_Types].xml"), path))
  ) {
    throw notWorkbookError(zip, fileName);
  }
  const xml = parts.text(path) ?? "";
  const prefix = rootPrefix(xml);
  const root = findElement(xml, prefix + "workbook");
  if (!root) throw notWorkbookError(zip, fileName);
  const rels = parseRels(parts.text(relsPathOf(path)) ?? "", path);
  const pr = findElement(xml, prefix + "workbookPr");
  const date1904Flag = pr ? getAttr(xml.slice(pr.start, pr.openEnd), "date1904") : null;
  return {
    path,
    xml,
    prefix,
    strict: xml.slice(root.start, root.openEnd).includes(STRICT_MAIN),
    date1904: date1904Flag === "1" || date1904Flag === "true",
    relOf: (kind) => rels.find((r) => isRelType(r, kind) && findEntry(zip, r.target)),
    rels,
  };
}

function mainPartPath(zip: ZipArchive, text: (p: string) => string | null): string | null {
  const rootRels = text("_rels/.rels");
  const main = rootRels ? parseRels(rootRels, "").find((r) => isRelType(r, "officeDocument")) : undefined;
  if (main && findEntry(zip, main.target)) return main.target;
  return findEntry(zip, "xl/workbook.xml") ? "xl/workbook.xml" : null;
}
