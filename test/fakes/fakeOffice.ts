// The fake Office global of one runtime: onReady, actions, addin (shared runtime), settings and the dialog API.
//
// Rules and their sources:
// - Office.js must be initialized before command code runs: `Office.actions` exists only once Office.onReady has
//   fired. https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands ("Office.js must be
//   initialized before the add-in command logic runs") and https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
// - Office.addin.showAsTaskpane needs SharedRuntime 1.1: https://learn.microsoft.com/javascript/api/office/office.addin
//   and https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
// - displayDialogAsync (DialogApi 1.1): the URL must be HTTPS (12005) on the host page's domain (12004), and a host
//   window can have only one dialog open at a time (12007); the user closing it raises DialogEventReceived with
//   error 12006. https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins and
//   https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
import type { FakeSettings } from "./fakeSettings";

/** What the fake Office global needs from the application. */
export interface FakeOfficeHost {
  isSetSupported(name: string, version: string): boolean;
  readonly readOnly: boolean;
  readonly url: string | null;
  readonly platform: string;
  /** The page this runtime runs (taskpane.html); dialogs must share its origin. */
  readonly hostPageUrl: string;
}

type Handler = (arg: unknown) => void;

/** A dialog opened with displayDialogAsync. */
export class FakeDialog {
  closed = false;
  private readonly handlers = new Map<string, Handler[]>();
  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {}
  /** Dialog.addEventHandler. */
  addEventHandler(type: string, handler: Handler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  /** True once the add-in listens for the dialog's events. */
  get listening(): boolean {
    return this.handlers.size > 0;
  }
  /** Dialog.close (called by the add-in). */
  close(): void {
    this.closed = true;
  }
  /** The user closes the dialog with its X: DialogEventReceived, error 12006. */
  userCloses(): void {
    this.closed = true;
    for (const h of this.handlers.get("dialogEventReceived") ?? []) h({ error: 12006 });
  }
  /** The dialog page calls messageParent. */
  messageParent(message: string): void {
    for (const h of this.handlers.get("dialogMessageReceived") ?? []) h({ message, origin: new URL(this.url).origin });
  }
}

/** One runtime's Office global and what it recorded. */
export class FakeOffice {
  ready = false;
  readonly actions = new Map<string, (event: unknown) => void>();
  readonly dialogs: FakeDialog[] = [];
  paneShown = 0;

  constructor(
    private readonly host: FakeOfficeHost,
    private readonly settings: FakeSettings,
  ) {}

  /** The dialog currently open, if any. */
  get openDialog(): FakeDialog | undefined {
    return this.dialogs.find((d) => !d.closed);
  }

  private displayDialogAsync(url: string, options: unknown, callback?: (r: unknown) => void): void {
    const fail = (code: number, message: string): void =>
      void setTimeout(() => callback?.({ status: "failed", error: { code, message } }), 0);
    const target = new URL(url, this.host.hostPageUrl);
    if (target.protocol !== "https:") return fail(12005, "The URL uses HTTP; HTTPS is required.");
    if (target.origin !== new URL(this.host.hostPageUrl).origin)
      return fail(12004, "The domain of the URL is not trusted.");
    if (this.openDialog) return fail(12007, "A dialog box is already opened from this host window.");
    const dialog = new FakeDialog(target.href, options);
    this.dialogs.push(dialog);
    setTimeout(() => callback?.({ status: "succeeded", value: dialog, error: null }), 0);
  }

  /** The object to install as globalThis.Office. */
  global(): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Office stand-in's members are plain functions
    const self = this;
    const host = this.host;
    const office: Record<string, unknown> = {
      HostType: { Excel: "Excel" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady(
        callback?: (info: { host: string; platform: string }) => void,
      ): Promise<{ host: string; platform: string }> {
        return new Promise((resolve) =>
          setTimeout(() => {
            if (!self.ready) {
              self.ready = true;
              office.actions = { associate: (id: string, fn: (event: unknown) => void) => self.actions.set(id, fn) };
              if (host.isSetSupported("SharedRuntime", "1.1"))
                office.addin = { showAsTaskpane: async () => void self.paneShown++ };
            }
            const info = { host: "Excel", platform: host.platform };
            callback?.(info);
            resolve(info);
          }, 0),
        );
      },
      context: {
        diagnostics: { platform: host.platform },
        requirements: { isSetSupported: (n: string, v: string) => host.isSetSupported(n, v) },
        ui: {
          displayDialogAsync: (url: string, options: unknown, cb?: (r: unknown) => void) =>
            self.displayDialogAsync(url, options, cb),
        },
        document: {
          get mode() {
            return host.readOnly ? "readOnly" : "readWrite";
          },
          settings: this.settings,
          url: host.url,
        },
      },
    };
    return office;
  }
}
