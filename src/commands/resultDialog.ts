// Without a shared runtime (or in Internet Explorer/EdgeHTML, where the pane cannot run) the ribbon shows its result
// in a small dialog (DialogApi 1.1, Excel 2016 on): dialog.html reads the result from its query string.
// The page must be HTTPS on the function file's own domain; the user closing it raises DialogEventReceived (12006).
// https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins
import type { RibbonPresenter, RibbonResult } from "../excel";
import { hostText } from "../excel/messages";

/** Internet Explorer's URL length limit is 2,083 characters; the dialog URL stays under it. */
export const MAX_DIALOG_URL = 2000;

/** The part of Office the dialog presenter uses. */
export interface DialogOffice {
  context: {
    ui: {
      displayDialogAsync(
        url: string,
        options: unknown,
        callback: (result: { status: unknown; value?: unknown; error?: unknown }) => void,
      ): void;
    };
  };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
}

interface OpenDialog {
  addEventHandler(type: unknown, handler: (arg: unknown) => void): void;
  close(): void;
}

/** dialog.html next to the page this runtime runs (the function file or the task pane). */
export function dialogPageUrl(pageUrl: string): string {
  return pageUrl.replace(/[?#].*$/, "").replace(/[^/]*$/, "dialog.html");
}

/** The dialog URL with the result (title, kind, language, as many lines as fit), escaped compactly (%uXXXX). */
export function dialogUrl(pageUrl: string, result: RibbonResult): string {
  const base = dialogPageUrl(pageUrl) + "?r=";
  const lines = result.lines.map((l) => (l.length > 400 ? l.slice(0, 399) + "…" : l));
  for (let n = lines.length; n >= 0; n--) {
    const shown = n < lines.length ? [...lines.slice(0, n), hostText(result.lang).dialogRest()] : lines;
    const url = base + escape(JSON.stringify({ k: result.kind, g: result.lang, t: result.title, l: shown }));
    if (url.length <= MAX_DIALOG_URL) return url;
  }
  return base + escape(JSON.stringify({ k: result.kind, g: result.lang, t: result.title, l: [] }));
}

/** Shows the result in a dialog; resolves when the user closes it (or at once when it cannot open). */
export function dialogPresenter(office: DialogOffice, pageUrl: string): RibbonPresenter {
  return {
    show: (result) =>
      new Promise<void>((resolve) => {
        office.context.ui.displayDialogAsync(
          dialogUrl(pageUrl, result),
          { height: 45, width: 35, displayInIframe: true },
          (opened) => {
            if (String(opened.status) === "failed" || !opened.value) {
              console.error("绩效评分：无法打开结果对话框", opened.error);
              resolve();
              return;
            }
            const dialog = opened.value as OpenDialog;
            dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
              dialog.close();
              resolve();
            });
            dialog.addEventHandler(office.EventType.DialogEventReceived, () => resolve());
          },
        );
      }),
  };
}
