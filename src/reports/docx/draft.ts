// The 自评报告 drafts of a run: one per project or department table (a department table gets the department form),
// every number from the report, the parts only a person can write as 【请填写：…】 placeholders.
import type { FileReport, TableReport } from "../../core";
import { tableFacts } from "../tableFacts";
import { hasDraft } from "./drafted";
import { paragraph, runsOf, type Draft, type DraftBlock } from "./draftModel";
import { application, budget, deviations, organisation, result, targets, type SectionContext } from "./sections";
import { draftStrings } from "./strings";

export type { Draft, DraftBlock, Run } from "./draftModel";
export { hasDraft } from "./drafted";

function context(table: TableReport, lang: "zh" | "en"): SectionContext {
  const words = draftStrings(lang);
  const form = table.kind === "department" ? words.department : words.project;
  const unit = table.info.unit ?? table.info.department;
  const name =
    table.kind === "department"
      ? (unit ?? words.placeholder(words.missing.unit))
      : (table.info.project ?? words.placeholder(words.missing.project));
  const year = table.info.year === null ? words.placeholder(words.missing.year) : String(table.info.year);
  return { table, facts: tableFacts(table), words, form, subject: { name, year }, lang };
}

/** The draft of one table. */
export function buildDraft(table: TableReport, lang: "zh" | "en"): Draft {
  const c = context(table, lang);
  const { words: w } = c;
  const unit = table.info.unit ?? table.info.department;
  const title = c.form.title(c.subject);
  const unitLine: DraftBlock[] =
    table.kind === "project"
      ? [{ kind: "subtitle", runs: runsOf(w.unitLine(unit ?? w.placeholder(w.missing.unit)), w) }]
      : [];
  const blocks: DraftBlock[] = [
    { kind: "title", runs: runsOf(title, w) },
    ...unitLine,
    paragraph(c.form.intro(c.subject, unit ?? w.we, w.placeholder(w.missing.noticeFile)), w),
    ...organisation(c),
    ...budget(c),
    ...targets(c),
    ...deviations(c),
    ...result(c),
    ...application(c),
  ];
  return { title, lang, blocks };
}

/** One draft to write: the file and table it is about, and the draft. */
export interface DraftOf {
  file: FileReport;
  table: TableReport;
  draft: Draft;
}

/** The drafts of every project and department table of the files, in file and sheet order. */
export function draftsOf(files: readonly FileReport[], lang: "zh" | "en"): DraftOf[] {
  return files.flatMap((file) =>
    file.tables.filter(hasDraft).map((table) => ({ file, table, draft: buildDraft(table, lang) })),
  );
}

/** The plain text of a draft, one block per line (tables row by row, cells tab-separated). */
export function draftText(draft: Draft): string {
  return draft.blocks
    .map((b) => {
      if (b.kind === "heading") return b.text;
      if (b.kind === "table") return [b.header, ...b.rows].map((r) => r.join("\t")).join("\n");
      return b.runs.map((r) => r.text).join("");
    })
    .join("\n");
}
