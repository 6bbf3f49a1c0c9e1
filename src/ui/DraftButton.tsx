// The 生成自评报告 buttons: one per project or department table of a report (named by sheet when there are several);
// the draft writer and the docx library load on the first click, never with the first screen.
import { Button, Text } from "@fluentui/react-components";
import { DocumentText20Regular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { FileReport, TableReport } from "../core";
import type { RunMode } from "../host/types";
import { hasDraft, sheetTag } from "../reports/docx/drafted";
import { useLang, useT } from "./i18n";
import { saveBlob } from "./saveBlob";

/** Props of DraftButton. */
export interface DraftButtonProps {
  /** The report of the last run, or null before one. */
  report: FileReport | null;
  /** The mode of that run: a target review (check) scores nothing, so it offers no draft and says why. */
  mode: RunMode | null;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The draft being written (its table), why the last one failed, and the writing itself. */
function useDraftWriter(): {
  busy: TableReport | null;
  failure: string | null;
  make: (report: FileReport, table: TableReport) => Promise<void>;
} {
  const tr = useT();
  const lang = useLang();
  const [busy, setBusy] = useState<TableReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const make = async (report: FileReport, table: TableReport): Promise<void> => {
    setBusy(table);
    setFailure(null);
    try {
      const { draftFile } = await import(/* webpackChunkName: "draft-writer" */ "../reports/docx/draftFile");
      const file = await draftFile(report, table, lang);
      saveBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: DOCX }), file.name);
    } catch (err) {
      setFailure(tr("draftFailed", { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(null);
    }
  };
  return { busy, failure, make };
}

/** The buttons; one disabled button before a run, after a target review (with the reason), or when no table can be
 *  drafted. */
export function DraftButton(props: DraftButtonProps): ReactNode {
  const tr = useT();
  const { busy, failure, make } = useDraftWriter();
  const reviewed = props.report !== null && props.mode === "check";
  const tables = props.report && !reviewed ? props.report.tables.filter(hasDraft) : [];
  const label = (t: TableReport) => {
    const tag = sheetTag(t, tables);
    return tag === null ? tr("draftReport") : tr("draftReportOf", { sheet: tag });
  };
  return (
    <>
      {tables.length === 0 && (
        <Button icon={<DocumentText20Regular />} disabled data-testid="download-draft">
          {tr("draftReport")}
        </Button>
      )}
      {tables.map((t) => (
        <Button
          key={`${t.sheet}!${t.range}`}
          icon={<DocumentText20Regular />}
          disabled={busy !== null}
          data-testid="download-draft"
          onClick={() => props.report && void make(props.report, t)}
        >
          {busy === t ? tr("draftWorking") : label(t)}
        </Button>
      ))}
      {reviewed && <Text data-testid="draft-after-scoring">{tr("draftAfterScoring")}</Text>}
      {failure !== null && <Text role="alert">{failure}</Text>}
    </>
  );
}
