// The files `selfeval` writes from a run's reports: the summary workbook (--summary) and the 自评报告 drafts
// (`selfeval report`). Both are built by src/reports from the reports only; this module names and writes them.
import * as fs from "node:fs";
import * as path from "node:path";
import type { FileReport } from "../core";
import { GENERATOR } from "../core";
import { draftsOf, type DraftOf } from "../reports/docx/draft";
import { sheetTag } from "../reports/docx/drafted";
import { renderDocx } from "../reports/docx/renderDocx";
import { draftStrings } from "../reports/docx/strings";
import type { FileAggregate } from "../reports/aggregate";
import { buildSummaryWorkbook } from "../reports/summary/summaryWorkbook";
import { replaceFile } from "./atomicFile";
import { numbered, type InputFile } from "./files";
import type { CliIO } from "./main";
import { cliText } from "./args";
import { systemReason } from "./systemErrors";

/** Why a write failed, in the run's language. */
function why(e: unknown, lang: "zh" | "en"): string {
  return systemReason(e, lang);
}

/** A link from `fromDir` to `file` as a summary's hyperlink: relative, forward slashes; null when there is no such file. */
export function relativeLink(fromDir: string, file: string | null): string | null {
  if (file === null || !fs.existsSync(file)) return null;
  return path.relative(path.resolve(fromDir), path.resolve(file)).split(path.sep).join("/");
}

/** Writes the summary workbook of the run's files (their compact aggregates) to `target`; links go to each scored copy
 *  (the input when none was written). */
export function writeSummaryFile(
  aggregates: readonly FileAggregate[],
  target: string,
  profileId: string,
  lang: "zh" | "en",
  io: CliIO,
): boolean {
  const dir = path.dirname(path.resolve(target));
  const files = aggregates.map((aggregate) => ({
    aggregate,
    label: aggregate.file,
    link: relativeLink(dir, aggregate.output ?? aggregate.file),
  }));
  const t = cliText(lang);
  try {
    const { bytes, rows } = buildSummaryWorkbook({
      report: { generator: GENERATOR, profile: profileId },
      files,
      lang,
      created: new Date(),
    });
    replaceFile(target, bytes);
    io.out(t.summaryWritten({ file: target, rows: rows.length }));
    return true;
  } catch (e) {
    io.err(`selfeval: ${t.summaryFailed({ file: target, reason: why(e, lang) })}`);
    return false;
  }
}

/** Where each draft goes: --out FILE.docx (tagged when there are several), --out DIR mirroring the input folders,
 *  or beside the input as <name>.自评报告.docx; never one path twice. */
export function draftPaths(
  drafts: readonly DraftOf[],
  inputOf: (f: FileReport) => InputFile,
  out: string | null,
  lang: "zh" | "en",
): string[] {
  const suffix = draftStrings(lang).fileSuffix;
  const toFile = out !== null && /\.docx$/i.test(out);
  const manyFiles = new Set(drafts.map((d) => d.file)).size > 1;
  const paths = drafts.map((d) => {
    const input = inputOf(d.file);
    const stem = path.basename(input.path, path.extname(input.path));
    const sheet = sheetTag(d.table, d.file.tables);
    if (toFile) {
      const tag = [manyFiles ? path.join(input.relDir, stem).split(path.sep).join("-") : null, sheet]
        .filter(Boolean)
        .join(" ");
      return tag ? out.replace(/\.docx$/i, `（${tag}）.docx`) : out;
    }
    const name = `${stem}${sheet ? `（${sheet}）` : ""}.${suffix}.docx`;
    return out === null ? path.join(path.dirname(input.path), name) : path.join(out, input.relDir, name);
  });
  const taken = new Set<string>();
  return paths.map((p) => {
    let n = 1;
    while (taken.has(path.resolve(numbered(p, n)).toLowerCase())) n++;
    taken.add(path.resolve(numbered(p, n)).toLowerCase());
    return numbered(p, n);
  });
}

/** Writes a 自评报告 draft for every project and department table of the run; false when one could not be written. */
export async function writeDraftFiles(
  runs: readonly { report: FileReport; input: InputFile }[],
  out: string | null,
  lang: "zh" | "en",
  io: CliIO,
): Promise<boolean> {
  const t = cliText(lang);
  const drafts = draftsOf(
    runs.map((r) => r.report),
    lang,
  );
  if (drafts.length === 0) {
    io.out(t.noDrafts());
    return true;
  }
  const inputs = new Map(runs.map((r) => [r.report, r.input]));
  const targets = draftPaths(drafts, (f) => inputs.get(f)!, out, lang);
  let ok = true;
  for (let i = 0; i < drafts.length; i++) {
    try {
      const bytes = await renderDocx(drafts[i].draft, GENERATOR);
      replaceFile(targets[i], bytes);
      io.out(t.draftWritten({ file: targets[i] }));
    } catch (e) {
      io.err(`selfeval: ${t.draftFailed({ file: targets[i], reason: why(e, lang) })}`);
      ok = false;
    }
  }
  return ok;
}
