// The batch queue: slot limits, completion order, failures, progress and cancelling.
import { BatchQueue, type BatchProgress } from "../../src/web/batchQueue";

/** A job whose promise the test settles by hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

describe("BatchQueue", () => {
  it("never runs more jobs than slots, and each slot holds one job at a time", async () => {
    const running = new Set<number>();
    let peak = 0;
    const slotsInUse = new Set<number>();
    const settled: number[] = [];
    const queue = new BatchQueue<number, number>(
      async (job, slot) => {
        expect(slotsInUse.has(slot)).toBe(false);
        slotsInUse.add(slot);
        running.add(job);
        peak = Math.max(peak, running.size);
        await new Promise((r) => setTimeout(r, (job % 3) * 2));
        running.delete(job);
        slotsInUse.delete(slot);
        return job * 10;
      },
      3,
      { onSettled: (job, outcome) => outcome.ok && settled.push(outcome.value) },
    );
    queue.add(Array.from({ length: 20 }, (_, i) => i));
    while (queue.active) await new Promise((r) => setTimeout(r, 5));
    expect(peak).toBe(3);
    expect(settled.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
  });

  it("counts failures and reports progress up to total, then idles once", async () => {
    const progress: BatchProgress[] = [];
    const idle: BatchProgress[] = [];
    const errors: unknown[] = [];
    const queue = new BatchQueue<string, string>(
      async (job) => {
        if (job === "bad") throw new Error("boom");
        return job.toUpperCase();
      },
      2,
      {
        onSettled: (_job, outcome) => !outcome.ok && errors.push(outcome.error),
        onProgress: (p) => progress.push(p),
        onIdle: (p) => idle.push(p),
      },
    );
    queue.add(["a", "bad", "c", "d"]);
    await flush();
    await flush();
    expect(idle).toEqual([{ total: 4, finished: 4, failed: 1, running: 0 }]);
    expect(progress[0]).toEqual({ total: 4, finished: 0, failed: 0, running: 0 });
    expect(progress.at(-1)).toEqual({ total: 4, finished: 4, failed: 1, running: 0 });
    expect((errors[0] as Error).message).toBe("boom");
  });

  it("starts jobs in the order they were added", async () => {
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred<void>>>();
    const queue = new BatchQueue<string, void>(
      (job) => {
        started.push(job);
        const d = deferred<void>();
        gates.set(job, d);
        return d.promise;
      },
      1,
      { onSettled: () => undefined },
    );
    queue.add(["first", "second"]);
    queue.add(["third"]);
    expect(started).toEqual(["first"]);
    gates.get("first")?.resolve();
    await flush();
    expect(started).toEqual(["first", "second"]);
    gates.get("second")?.resolve();
    await flush();
    expect(started).toEqual(["first", "second", "third"]);
  });

  it("cancel drops queued jobs and silences running ones", async () => {
    const settled: number[] = [];
    const gate = deferred<number>();
    const started: number[] = [];
    const queue = new BatchQueue<number, number>(
      (job) => {
        started.push(job);
        return gate.promise;
      },
      1,
      { onSettled: (job) => settled.push(job) },
    );
    queue.add([1, 2, 3]);
    queue.cancel();
    gate.resolve(7);
    await flush();
    expect(started).toEqual([1]);
    expect(settled).toEqual([]);
    expect(queue.active).toBe(false);
    queue.add([4]);
    expect(started).toEqual([1]);
  });

  it("refuses a slot count that is not a positive integer", () => {
    expect(() => new BatchQueue(async () => 0, 0, { onSettled: () => undefined })).toThrow(RangeError);
    expect(() => new BatchQueue(async () => 0, 1.5, { onSettled: () => undefined })).toThrow(RangeError);
  });
});
