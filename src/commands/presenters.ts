// Which way the ribbon shows its result: the pane in a shared runtime (SharedRuntime 1.1, not in IE/EdgeHTML, where
// the pane cannot run), else a dialog (DialogApi 1.1), else only the console.
import { consolePresenter, postRibbonResult, type RibbonPresenter } from "../excel";
import { isOldWebview } from "./oldWebview";
import { dialogPresenter, type DialogOffice } from "./resultDialog";

/** The part of Office the presenters use. */
export interface PresenterOffice extends DialogOffice {
  context: DialogOffice["context"] & { requirements: { isSetSupported(name: string, version?: string): boolean } };
  addin?: { showAsTaskpane(): Promise<void> };
}

/** Leaves the result in the shared runtime's mailbox and opens the pane, which shows it with undo at hand. */
export function panePresenter(office: PresenterOffice): RibbonPresenter {
  return {
    show: async (result) => {
      postRibbonResult(result);
      await office.addin!.showAsTaskpane();
    },
  };
}

/** The presenter for this runtime. */
export function choosePresenter(office: PresenterOffice, userAgent: string, pageUrl: string): RibbonPresenter {
  const req = office.context.requirements;
  if (office.addin && req.isSetSupported("SharedRuntime", "1.1") && !isOldWebview(userAgent))
    return panePresenter(office);
  if (req.isSetSupported("DialogApi", "1.1")) return dialogPresenter(office, pageUrl);
  return consolePresenter;
}
