// A new .xlsx package from sheet specs: content types, relationships, workbook (with the autofilter's defined
// names), styles, shared strings, document properties; zipped with fflate at fixed timestamps (same input, same bytes).
import { zipSync, type Zippable } from "fflate";
import { escapeAttr, escapeText } from "../../xlsx/xml";
import { filterRange, SharedStrings, sheetXml, type SheetSpec } from "./sheetXml";
import { stylesXml } from "./styles";

/** A workbook to write. */
export interface BookSpec {
  sheets: SheetSpec[];
  /** dc:creator and the application name in the document properties. */
  creator: string;
  /** dcterms:created (and the zip entries' time). */
  created: Date;
}

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function contentTypes(sheets: number): string {
  const sheetTypes = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return (
    XML_HEAD +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheetTypes +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`
  );
}

function relationships(items: { id: string; type: string; target: string; external?: boolean }[]): string {
  const rels = items
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"${r.external ? ` TargetMode="External"` : ""}/>`,
    )
    .join("");
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels}</Relationships>`;
}

/** A sheet name as a formula reference: quoted, inner quotes doubled. */
function quotedName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookXml(sheets: readonly SheetSpec[]): string {
  const list = sheets
    .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const names = sheets
    .map((s, i) => {
      if (!s.header || s.rows.length === 0) return "";
      const filter = `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeText(quotedName(s.name) + "!" + filterRange(s).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"))}</definedName>`;
      return (
        filter +
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(quotedName(s.name) + "!$1:$1")}</definedName>`
      );
    })
    .join("");
  return (
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    `</workbook>`
  );
}

function coreProps(creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_HEAD +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `</cp:coreProperties>`
  );
}

function appProps(creator: string): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeText(creator)}</Application></Properties>`;
}

/** The bytes of a new .xlsx holding `book`. */
export function writeWorkbook(book: BookSpec): Uint8Array {
  const enc = new TextEncoder();
  const strings = new SharedStrings();
  const sheets = sheetParts(book, strings); // first: they fill the shared strings
  const n = book.sheets.length;
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes(n),
    "_rels/.rels": relationships([
      { id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" },
      { id: "rId2", type: `${PKG_REL}/metadata/core-properties`, target: "docProps/core.xml" },
      { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
    ]),
    "docProps/core.xml": coreProps(book.creator, book.created),
    "docProps/app.xml": appProps(book.creator),
    "xl/workbook.xml": workbookXml(book.sheets),
    "xl/_rels/workbook.xml.rels": relationships([
      ...book.sheets.map((_, i) => ({
        id: `rId${i + 1}`,
        type: `${REL}/worksheet`,
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: `rId${n + 1}`, type: `${REL}/styles`, target: "styles.xml" },
      { id: `rId${n + 2}`, type: `${REL}/sharedStrings`, target: "sharedStrings.xml" },
    ]),
    "xl/styles.xml": stylesXml(),
    ...sheets,
    "xl/sharedStrings.xml": strings.xml(),
  };
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(parts))
    zippable[name] = [enc.encode(text), { level: 6, mtime: book.created }];
  return zipSync(zippable);
}

/** Each sheet's part, and the relationships part of a sheet with links. */
function sheetParts(book: BookSpec, strings: SharedStrings): Record<string, string> {
  const files: Record<string, string> = {};
  book.sheets.forEach((sheet, i) => {
    const { xml, rels } = sheetXml(sheet, i === 0, strings);
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml;
    if (rels.length)
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relationships(
        rels.map((r) => ({ ...r, type: `${REL}/hyperlink`, external: true })),
      );
  });
  return files;
}
