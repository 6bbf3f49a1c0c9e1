// The page's workers: a WorkerPool of real Web Workers (worker.ts is its own webpack chunk).
import { BUILT_IN_PROFILES } from "../core";
import type { WarmablePageWorkers } from "./warmUp";
import { WorkerPool, workerCount, type WorkerLike } from "./workerPool";

/** Starts (lazily) one worker per core (up to 4), two slots each, and exposes them as the page's PageWorkers. */
export function createPageWorkers(cores: number | undefined = navigator.hardwareConcurrency): WarmablePageWorkers {
  const create = (): WorkerLike =>
    new Worker(/* webpackChunkName: "scorer-worker" */ new URL("./worker.ts", import.meta.url), {
      name: "selfeval-scorer",
    }) as unknown as WorkerLike;
  const pool = new WorkerPool(create, workerCount(cores));
  return {
    slots: pool.slots,
    score: (slot, name, file, settings) => pool.score(slot, name, file, settings),
    zip: (entries) => pool.zip(entries),
    warm: (file) => pool.warm(file, BUILT_IN_PROFILES[0]),
  };
}
