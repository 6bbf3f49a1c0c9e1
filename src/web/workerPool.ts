// A fixed set of Web Workers with a promise per request. Each worker is given up to SLOTS_PER_WORKER requests at a
// time (slot i goes to worker i % size) and works through them in order, so it has its next file at hand while the
// page is busy drawing; the time limit runs for the request a worker is working on.
import type { Profile } from "../core";
import type { ScoredFile, WorkerRequest, WorkerResponse } from "./protocol";
import type { ScoreFileOptions } from "./workerTasks";

/** The part of a Worker the pool uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Longest a worker may spend on one workbook before it is stopped and the file fails (the read budgets keep real
 *  and hostile files far below; this is the last guard that keeps the page going). */
export const SCORE_TIME_LIMIT_MS = 120_000;
/** How often a worker scores the example while the page waits for files: enough for the browser to have compiled
 *  the scorer's hot paths (a first 200-file batch about a quarter faster: BENCHMARKS.md, session 11); with the
 *  worker's start and the example's fetch, done about 0.8 s after the page has loaded. */
export const WARM_ROUNDS = 30;
/** Requests a worker holds at once: the one it works on and the next. */
export const SLOTS_PER_WORKER = 2;

/** How many workers to start: one per core beyond the page's own, 1 to 4 (on two cores, one worker that always
 *  has its next file at hand scored 200 files faster than two competing with the page: BENCHMARKS.md "Page"). */
export function workerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(4, (cores ?? 2) - 1));
}

/** A request that was waiting behind one its worker died on: it never started; the caller sends its file anew. */
export class NotStartedError extends Error {
  constructor() {
    super("not started: its worker was stopped");
    this.name = "NotStartedError";
  }
}

type Waiter = {
  worker: number;
  timeLimitMessage: string;
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
};

/** Workers created lazily by `create`; requests are answered in order per worker and matched by id. */
export class WorkerPool {
  private readonly workers: (WorkerLike | null)[];
  private readonly waiting = new Map<number, Waiter>();
  /** Each worker's requests in the order it works through them (the first is the one in hand). */
  private readonly queues: number[][];
  private readonly timers: (ReturnType<typeof setTimeout> | null)[];
  private nextId = 1;

  constructor(
    private readonly create: () => WorkerLike,
    readonly size: number,
    private readonly timeLimitMs = SCORE_TIME_LIMIT_MS,
  ) {
    this.workers = new Array<WorkerLike | null>(size).fill(null);
    this.queues = Array.from({ length: size }, () => []);
    this.timers = new Array(size).fill(null);
  }

  /** How many requests may be outstanding at once (BatchQueue's slots). */
  get slots(): number {
    return this.size * SLOTS_PER_WORKER;
  }

  /** Scores one workbook in slot `slot` (the worker reads `file`), its previews too when asked. Rejects with
   *  NotStartedError when the worker died on an earlier file before starting this one. */
  async score(slot: number, name: string, file: Blob, settings: ScoreFileOptions): Promise<ScoredFile> {
    const { mode, profile, lang, marks, previews, picks } = settings;
    if (slot < 0 || slot >= this.slots) throw new RangeError(`no worker slot ${slot}`);
    const limit =
      lang === "en"
        ? `stopped after ${this.timeLimitMs / 1000} s (the file may be too large or damaged)`
        : `处理超过${this.timeLimitMs / 1000}秒，已停止（文件可能过大或已损坏）`;
    const reply = await this.send(
      slot % this.size,
      { type: "score", id: this.nextId++, name, file, mode, profile, lang, marks, previews, picks },
      [],
      limit,
    );
    if (reply.type !== "scored") throw new Error(reply.type === "failed" ? reply.message : "unexpected reply");
    return reply.result;
  }

  /** Packs files into a zip in worker 0 (the bytes are copied, the page keeps its own). */
  async zip(entries: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
    const reply = await this.send(0, { type: "zip", id: this.nextId++, entries }, [], "zip stopped");
    if (reply.type !== "zipped") throw new Error(reply.type === "failed" ? reply.message : "unexpected reply");
    return reply.bytes;
  }

  /** Starts every worker now and has it score `file` (the bundled example) up to `rounds` times while the page
   *  waits for files, stopping at the first real request; resolves with the rounds each worker did (0 on failure). */
  warm(file: Blob, profile: Profile, rounds = WARM_ROUNDS): Promise<number[]> {
    const one = async (index: number): Promise<number> => {
      const request = { type: "warm", id: this.nextId++, file, profile, rounds } as const;
      const reply = await this.send(index, request, [], "warm-up stopped").catch(() => null);
      return reply?.type === "warmed" ? reply.rounds : 0;
    };
    return Promise.all(Array.from({ length: this.size }, (_, i) => one(i)));
  }

  /** Stops every worker; pending requests fail. */
  terminate(): void {
    this.workers.forEach((w) => w?.terminate());
    this.workers.fill(null);
    this.timers.forEach((t) => t !== null && clearTimeout(t));
    this.timers.fill(null);
    for (const q of this.queues) q.length = 0;
    for (const w of this.waiting.values()) w.reject(new Error("worker stopped"));
    this.waiting.clear();
  }

  private worker(index: number): WorkerLike {
    const existing = this.workers[index];
    if (existing) return existing;
    const worker = this.create();
    worker.onmessage = (event) => this.answered(index, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(index, event.message || "worker error", false);
    };
    this.workers[index] = worker;
    return worker;
  }

  private answered(index: number, reply: WorkerResponse): void {
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    const queue = this.queues[index];
    const at = queue.indexOf(reply.id);
    if (at >= 0) queue.splice(at, 1);
    this.arm(index);
    waiter?.resolve(reply);
  }

  /** Starts the time limit of the request worker `index` now has in hand. */
  private arm(index: number): void {
    const timer = this.timers[index];
    if (timer !== null) clearTimeout(timer);
    this.timers[index] = null;
    const head = this.queues[index][0];
    if (head === undefined) return;
    this.timers[index] = setTimeout(
      () => this.fail(index, this.waiting.get(head)?.timeLimitMessage ?? "", true),
      this.timeLimitMs,
    );
  }

  /** A crashed or stopped worker: the request in hand fails, those behind it are told they never started, and a
   *  fresh worker starts on next use. */
  private fail(index: number, message: string, timedOut: boolean): void {
    this.workers[index]?.terminate();
    this.workers[index] = null;
    const timer = this.timers[index];
    if (timer !== null) clearTimeout(timer);
    this.timers[index] = null;
    const [inHand, ...behind] = this.queues[index].splice(0);
    for (const id of [inHand, ...behind]) {
      const waiter = id === undefined ? undefined : this.waiting.get(id);
      if (!waiter) continue;
      this.waiting.delete(id);
      waiter.reject(id === inHand ? new Error(timedOut ? waiter.timeLimitMessage : message) : new NotStartedError());
    }
  }

  private send(
    index: number,
    request: WorkerRequest,
    transfer: Transferable[],
    timeLimitMessage: string,
  ): Promise<WorkerResponse> {
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.waiting.set(request.id, { worker: index, timeLimitMessage, resolve, reject });
      this.queues[index].push(request.id);
      if (this.queues[index].length === 1) this.arm(index);
      this.worker(index).postMessage(request, transfer);
    });
  }
}
