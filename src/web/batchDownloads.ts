// The downloads of a whole batch: the JSON report, the summary workbook (汇总表) and the zip of everything.
import { buildReport, type Report } from "../core";
import { jsonBlob, jsonBytes } from "../reports/prettyJson";
import { saveBlob } from "../ui/saveBlob";
import type { Lang } from "../ui/i18n";
import type { FileEntry } from "./batchState";
import { saveFile } from "./downloads";
import { summaryWorkbook } from "./summaryDownload";

/** Packs named files into one zip (the page's zip worker). */
export type ZipFiles = (entries: { name: string; bytes: Uint8Array }[]) => Promise<Uint8Array>;

/** The profile the batch was scored with: the first file's that has one, else `fallback` (the one chosen now). */
export function batchProfileId(entries: readonly FileEntry[], fallback: string): string {
  return entries.find((e) => e.profileId)?.profileId ?? fallback;
}

/** The report of every scored file. */
function batchReport(entries: readonly FileEntry[], fallbackProfileId: string): Report {
  const files = entries.flatMap((e) => (e.result ? [e.result.report] : []));
  return buildReport(files, batchProfileId(entries, fallbackProfileId));
}

/** Saves selfeval-report.json: the report of every scored file (as the command line writes it, in pieces). */
export function saveBatchReport(entries: readonly FileEntry[], fallbackProfileId: string): void {
  saveBlob(jsonBlob(batchReport(entries, fallbackProfileId)), "selfeval-report.json");
}

/** Builds and saves the summary workbook of the batch. */
export async function saveBatchSummary(
  entries: readonly FileEntry[],
  fallbackProfileId: string,
  lang: Lang,
): Promise<void> {
  const summary = await summaryWorkbook(entries, batchProfileId(entries, fallbackProfileId), lang);
  saveFile(summary.bytes, summary.name);
}

/** Saves selfeval-results.zip: every scored workbook, the report JSON and the summary workbook. */
export async function saveBatchZip(
  entries: readonly FileEntry[],
  fallbackProfileId: string,
  lang: Lang,
  zip: ZipFiles,
): Promise<void> {
  const files = entries.flatMap((e) => (e.result?.output ? [{ name: e.downloadName, bytes: e.result.output }] : []));
  const report = jsonBytes(batchReport(entries, fallbackProfileId));
  const summary = await summaryWorkbook(entries, batchProfileId(entries, fallbackProfileId), lang);
  saveFile(
    await zip([
      ...files,
      { name: "selfeval-report.json", bytes: report },
      { name: summary.name, bytes: summary.bytes },
    ]),
    "selfeval-results.zip",
  );
}
