// Downloads the JSON report of the last run (Blob + object URL), the same shape as `selfeval --json`.
import { Button } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { jsonBlob } from "../reports/prettyJson";
import { saveBlob } from "./saveBlob";
import type { Report } from "../core";
import { useT } from "./i18n";

/** Props of ExportButton. */
export interface ExportButtonProps {
  report: Report | null;
  fileName: string;
}

/** Saves `report` as a pretty-printed JSON file named `fileName` through a temporary link (built in pieces: a large
 *  report is never one string). */
export function downloadJson(report: Report, fileName: string, doc: Document = document): void {
  saveBlob(jsonBlob(report), fileName, doc, 0);
}

/** The 导出JSON报告 button; disabled until there is a report. */
export function ExportButton(props: ExportButtonProps): ReactNode {
  const tr = useT();
  const { report, fileName } = props;
  return (
    <Button
      icon={<ArrowDownload20Regular />}
      disabled={report === null}
      onClick={() => report && downloadJson(report, fileName)}
    >
      {tr("exportReport")}
    </Button>
  );
}
