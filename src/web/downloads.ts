// Saving bytes from the page: a Blob, a temporary object URL and a link click (no server round trip).
import { saveBlob } from "../ui/saveBlob";

/** MIME types of what the page saves. */
export const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  json: "application/json",
  zip: "application/zip",
} as const;

/** The MIME type of a download name by its extension. */
export function mimeOf(name: string): string {
  const ext = /\.(\w+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === "xlsx" || ext === "xlsm" || ext === "json" || ext === "zip" ? MIME[ext] : "application/octet-stream";
}

/** Saves `data` under `name` through a temporary link. */
export function saveFile(data: Uint8Array | string, name: string, doc: Document = document): void {
  const part: BlobPart = typeof data === "string" ? data : (data as Uint8Array<ArrayBuffer>);
  saveBlob(new Blob([part], { type: mimeOf(name) }), name, doc);
}

/** A path inside the zip as one download name: a browser saves a single file without folders, so 单位A/自评表.scored.xlsx
 *  becomes 单位A_自评表.scored.xlsx (what Chromium would make of the slash, said explicitly). */
export function flatName(path: string): string {
  return path.replace(/[\\/]+/g, "_");
}

/** The download name of the copy without marks: 自评表.scored.xlsx → 自评表.clean.xlsx (one file, no folders). */
export function cleanName(downloadName: string): string {
  return flatName(downloadName).replace(/\.scored\.(xlsx|xlsm)$/i, ".clean.$1");
}
