// The page's 汇总表.xlsx: built from the files' reports (their compact aggregates) by src/reports (loaded when first asked for); each file links
// to its scored copy under the name it downloads with, so the links resolve next to the unpacked zip.
import { GENERATOR } from "../core";
import type { FileEntry } from "./batchState";

/** The summary workbook of the page's finished files: its name in `lang` and its bytes. */
export async function summaryWorkbook(
  entries: readonly FileEntry[],
  profileId: string,
  lang: "zh" | "en",
): Promise<{ name: string; bytes: Uint8Array }> {
  const { buildSummaryWorkbook, summaryFileName } = await import(
    /* webpackChunkName: "summary-writer" */ "../reports/summary/summaryWorkbook"
  );
  const { aggregateOf } = await import(/* webpackChunkName: "summary-writer" */ "../reports/aggregate");
  const files = entries.flatMap((e) =>
    e.result
      ? [{ aggregate: aggregateOf(e.result.report), label: e.name, link: e.result.output ? e.downloadName : null }]
      : [],
  );
  const { bytes } = buildSummaryWorkbook({
    report: { generator: GENERATOR, profile: profileId },
    files,
    lang,
    created: new Date(),
  });
  return { name: summaryFileName(lang), bytes };
}
