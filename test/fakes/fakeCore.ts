// The fake Excel's batching core: queued actions, sync(), loads that appear only after sync, payload counting.

/** An Office.js-like error with a code (OfficeExtension.Error has `code`, `message`, `debugInfo`). */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

/** One round trip as the fake measured it. */
export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
  ok: boolean;
  error: string | null;
}

/** Loaded values waiting for the sync to succeed. */
export class Stage {
  private readonly entries: [FakeObject, string, unknown][] = [];
  responseBytes = 0;

  /** Records a loaded property and its response size. */
  set(target: FakeObject, name: string, value: unknown, bytes?: number): void {
    this.entries.push([target, name, value]);
    this.responseBytes += bytes ?? jsonSize(value) + name.length + 4;
  }

  /** Makes every staged value readable. */
  commit(): void {
    for (const [target, name, value] of this.entries) target.commitLoaded(name, value);
  }
}

/** A queued action: its request size and what it does at sync time. */
export interface Action {
  requestBytes: number;
  run(stage: Stage): void;
}

/** What a context needs from the fake application. */
export interface FakeHostState {
  supports(version: string): boolean;
  readonly editMode: boolean;
  readonly payloadLimit: number | null;
  record(stat: SyncStat): void;
  /** Called before each sync executes (index = syncs so far): tests use it to simulate the user between syncs. */
  beforeSync?(index: number): void;
}

/** UTF-8 bytes of a value's JSON. */
export function jsonSize(value: unknown): number {
  if (value === undefined) return 0;
  if (value instanceof FakeObject) return 16;
  const text = JSON.stringify(value, (_k, v) => (v instanceof FakeObject ? "{}" : v));
  return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
}

/** The request context: queues actions, executes them in order on sync, and counts round trips. */
export class FakeContextCore {
  private queue: Action[] = [];
  syncCount = 0;

  constructor(readonly host: FakeHostState) {}

  /** Queues an action. */
  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Queues an action that needs an ExcelApi version; without it the sync fails with ApiNotFound. */
  enqueueApi(version: string, what: string, requestBytes: number, run: (stage: Stage) => void): void {
    this.enqueue({
      requestBytes,
      run: (stage) => {
        this.requireApi(version, what);
        run(stage);
      },
    });
  }

  /** Throws ApiNotFound when the version is not supported. */
  requireApi(version: string, what: string): void {
    if (!this.host.supports(version)) throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  /** Executes the queue like Excel: all or nothing for edit mode and request size, in order otherwise. */
  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.syncCount++;
    const requestBytes = 200 + actions.reduce((s, a) => s + a.requestBytes, 0);
    const fail = (error: FakeOfficeError, responseBytes = 0): never => {
      this.host.record({ requestBytes, responseBytes, ok: false, error: error.code });
      throw error;
    };
    await Promise.resolve();
    this.host.beforeSync?.(this.syncCount - 1);
    if (this.host.editMode)
      fail(new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    const limit = this.host.payloadLimit;
    if (limit !== null && requestBytes > limit)
      fail(new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."));
    const stage = new Stage();
    for (const action of actions) {
      try {
        action.run(stage);
      } catch (error) {
        fail(
          error instanceof FakeOfficeError ? error : new FakeOfficeError("GeneralException", String(error)),
          stage.responseBytes,
        );
      }
    }
    if (limit !== null && stage.responseBytes > limit) {
      fail(
        new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."),
        stage.responseBytes,
      );
    }
    stage.commit();
    this.host.record({ requestBytes, responseBytes: stage.responseBytes, ok: true, error: null });
  }
}

/** Splits load() arguments into property paths ("values, format/fill/color" → ["values", "format/fill/color"]). */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if ("select" in o || "expand" in o) return [...loadPaths(o.select), ...loadPaths(o.expand)];
    return Object.entries(o).flatMap(([k, v]) =>
      v === true ? [k] : v && typeof v === "object" ? loadPaths(v).map((p) => `${k}/${p}`) : [],
    );
  }
  return [];
}

/** A proxy object: properties are readable only after load + sync (PropertyNotLoaded otherwise). */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContextCore) {}

  /** Queues loading properties; nothing is readable until the next sync. */
  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.context.enqueue({
      requestBytes: 40 + paths.join(",").length,
      run: (stage) => this.applyLoad(paths.length > 0 ? paths : this.scalarProperties(), stage),
    });
    return this;
  }

  /** Executes a load at sync time (nested paths go to navigation properties). */
  applyLoad(paths: string[], stage: Stage): void {
    const groups = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const list = groups.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      groups.set(head, list);
    }
    stage.set(this, "isNullObject", this.resolvesToNull(), 0);
    for (const [head, nested] of groups) {
      if (nested.length > 0 || this.isNavigation(head)) this.loadNavigation(head, nested, stage);
      else stage.set(this, head, this.readProperty(head));
    }
  }

  /** Makes a loaded value readable (called by the stage after a successful sync). */
  commitLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** Reads a loaded property, throwing like Office.js when it was not loaded and synced. */
  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** True when this proxy is a null object (…OrNullObject found nothing). Needs load + sync. */
  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  protected resolvesToNull(): boolean {
    return false;
  }
  protected isNavigation(_name: string): boolean {
    return false;
  }
  protected loadNavigation(name: string, _nested: string[], _stage: Stage): void {
    throw new FakeOfficeError("InvalidArgument", `Cannot load '${name}' on ${this.constructor.name}`);
  }
  /** The properties a bare load() loads. */
  protected abstract scalarProperties(): string[];
  /** The current value of a scalar property, read at sync time. */
  protected abstract readProperty(name: string): unknown;
}

/** A collection whose navigation is `items`: a load makes the current items and loads each (its defaults when no paths). */
export abstract class FakeItemsCollection<T extends FakeObject> extends FakeObject {
  /** The Office.js type name, for the error on an unknown property. */
  protected abstract readonly typeName: string;
  /** What loading `items` without paths loads on each item. */
  protected abstract readonly itemDefaults: string[];
  /** The items as they are when the load runs (at sync). */
  protected abstract currentItems(): T[];

  get items(): T[] {
    return this.loadedValue("items");
  }
  protected scalarProperties(): string[] {
    return [];
  }
  protected readProperty(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `${this.typeName}.${name} is not in the fake`);
  }
  protected isNavigation(name: string): boolean {
    return name === "items";
  }
  protected loadNavigation(_name: string, nested: string[], stage: Stage): void {
    const items = this.currentItems();
    for (const item of items) item.applyLoad(nested.length ? nested : this.itemDefaults, stage);
    stage.set(this, "items", items, 8 * items.length);
  }
}
