// A fixed set of Web Workers with a promise per request; slot i always talks to worker i.
import type { MarkPolicy } from "../core/buildPlan";
import type { Profile } from "../core/profile";
import type { RunMode } from "../host/types";
import type { ScoredFile, WorkerRequest, WorkerResponse } from "./protocol";

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

/** How many workers to start: one per core beyond the page's own, 1 to 4. */
export function workerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(4, (cores ?? 2) - 1));
}

type Waiter = { slot: number; resolve: (r: WorkerResponse) => void; reject: (e: Error) => void };

/** Workers created lazily by `create`; requests are answered in any order and matched by id. */
export class WorkerPool {
  private readonly workers: (WorkerLike | null)[];
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 1;

  constructor(
    private readonly create: () => WorkerLike,
    readonly size: number,
    private readonly timeLimitMs = SCORE_TIME_LIMIT_MS,
  ) {
    this.workers = new Array<WorkerLike | null>(size).fill(null);
  }

  /** Scores one workbook in worker `slot`; `bytes` is transferred (unusable here afterwards). */
  async score(slot: number, name: string, bytes: ArrayBuffer, mode: RunMode, profile: Profile, lang: "zh" | "en", marks?: MarkPolicy): Promise<ScoredFile> {
    const id = this.nextId++;
    const limit = lang === "en" ? `stopped after ${this.timeLimitMs / 1000} s (the file may be too large or damaged)` : `处理超过${this.timeLimitMs / 1000}秒，已停止（文件可能过大或已损坏）`;
    const timer = setTimeout(() => this.fail(slot, limit), this.timeLimitMs);
    const reply = await this.send(slot, { type: "score", id, name, bytes, mode, profile, lang, marks }, [bytes]).finally(() => clearTimeout(timer));
    if (reply.type !== "scored") throw new Error(reply.type === "failed" ? reply.message : "unexpected reply");
    return reply.result;
  }

  /** Packs files into a zip in worker 0 (the bytes are copied, the page keeps its own). */
  async zip(entries: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
    const reply = await this.send(0, { type: "zip", id: this.nextId++, entries }, []);
    if (reply.type !== "zipped") throw new Error(reply.type === "failed" ? reply.message : "unexpected reply");
    return reply.bytes;
  }

  /** Stops every worker; pending requests fail. */
  terminate(): void {
    this.workers.forEach((w) => w?.terminate());
    this.workers.fill(null);
    for (const w of this.waiting.values()) w.reject(new Error("worker stopped"));
    this.waiting.clear();
  }

  private worker(slot: number): WorkerLike {
    const existing = this.workers[slot];
    if (existing) return existing;
    const worker = this.create();
    worker.onmessage = (event) => {
      const waiter = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      waiter?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(slot, event.message || "worker error");
    };
    this.workers[slot] = worker;
    return worker;
  }

  /** A crashed worker: fail what it was doing and start a fresh one on next use. */
  private fail(slot: number, message: string): void {
    this.workers[slot]?.terminate();
    this.workers[slot] = null;
    for (const [id, w] of this.waiting) {
      if (w.slot !== slot) continue;
      this.waiting.delete(id);
      w.reject(new Error(message));
    }
  }

  private send(slot: number, request: WorkerRequest, transfer: Transferable[]): Promise<WorkerResponse> {
    if (slot < 0 || slot >= this.size) return Promise.reject(new RangeError(`no worker slot ${slot}`));
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.waiting.set(request.id, { slot, resolve, reject });
      this.worker(slot).postMessage(request, transfer);
    });
  }
}
