// [Content_Types].xml: what a part is. A main part that is not a spreadsheet's (a Word document renamed .xlsx)
// is refused as not a workbook before anything in it is read as cells.
import { findElements, getAttr } from "./xml";

/** Content types of a workbook's main part: workbook, macro workbook, templates, add-in (transitional and Strict). */
const SPREADSHEET_MAIN = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroenabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroenabled.main+xml",
  "application/vnd.ms-excel.addin.macroenabled.main+xml",
]);

/** The content type of `part` (an Override, else the Default of its extension); null when none is given. */
export function mainContentType(typesXml: string | null, part: string): string | null {
  if (!typesXml) return null;
  const wanted = "/" + part.replace(/^\/+/, "").toLowerCase();
  let byDefault: string | null = null;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const name of ["Override", "Default"]) {
    for (const span of findElements(typesXml, name)) {
      const tag = typesXml.slice(span.start, span.openEnd);
      if (name === "Override" && (getAttr(tag, "PartName") ?? "").toLowerCase() === wanted)
        return (getAttr(tag, "ContentType") ?? "").toLowerCase();
      if (name === "Default" && (getAttr(tag, "Extension") ?? "").toLowerCase() === ext)
        byDefault = (getAttr(tag, "ContentType") ?? "").toLowerCase();
    }
  }
  return byDefault;
}

/** True unless the content type names something else than a spreadsheet (unknown or generic XML is let through:
 *  the root element check decides). */
export function isSpreadsheetMain(type: string | null): boolean {
  return type === null || type === "application/xml" || type === "text/xml" || SPREADSHEET_MAIN.has(type);
}
