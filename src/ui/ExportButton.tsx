// Downloads the JSON report of the last run (Blob + object URL), the same shape as `selfeval --json`.
import { Button } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { saveBlob } from "./saveBlob";
import type { Report } from "../core";
import { useT } from "./i18n";

/** Props of ExportButton. */
export interface ExportButtonProps {
  report: Report | null;
  fileName: string;
}

/** Saves `report` as a pretty-printed JSON file named `fileName` through a temporary link. */
export function downloadJson(report: Report, fileName: string, doc: Document = document): void {
  saveBlob(new Blob([JSON.stringify(report, null, 2) + "\n"], { type: "application/json" }), fileName, doc, 0);
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
