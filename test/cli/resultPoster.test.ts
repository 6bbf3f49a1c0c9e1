// How a worker posts its results (src/cli/resultPoster.ts) and says which file it has in hand
// (src/cli/workerProgress.ts): held to the end of a chunk when files are quick, at once when slow or large; the
// progress record read by another thread as the worker writes it.
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { FileResult } from "../../src/cli/fileResult";
import { POST_BYTES, POST_WAIT_MS, ResultPoster, type PostedResult } from "../../src/cli/resultPoster";
import { WorkerProgress } from "../../src/cli/workerProgress";

const aggregate = { file: "a.xlsx" } as unknown as FileResult["aggregate"];

function result(json: (string | Uint8Array)[] | null): FileResult {
  return { json, lines: "■ a.xlsx", aggregate };
}

/** A poster on a clock the test moves, and what it posted. */
function poster() {
  const posts: { results: PostedResult[]; moved: ArrayBuffer[] }[] = [];
  const clock = { now: 1000 };
  const p = new ResultPoster(
    (results, moved) => posts.push({ results, moved }),
    () => clock.now,
  );
  return { p, posts, clock };
}

test("quick files are held to the end of the chunk and posted together, in order", () => {
  const { p, posts, clock } = poster();
  for (let i = 0; i < 8; i++) {
    clock.now += 2;
    p.add(i, result(null));
  }
  expect(posts).toHaveLength(0);
  p.flush();
  p.flush();
  expect(posts).toHaveLength(1);
  expect(posts[0].results.map((r) => r.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  expect(posts[0].results[3].result).toEqual({ json: null, lines: "■ a.xlsx", aggregate });
});

test("a result that comes POST_WAIT_MS after the last post goes at once, with those held before it", () => {
  const { p, posts, clock } = poster();
  p.add(0, result(null));
  clock.now += POST_WAIT_MS - 1;
  p.add(1, result(null));
  expect(posts).toHaveLength(0);
  clock.now += 1;
  p.add(2, result(null));
  expect(posts.map((x) => x.results.map((r) => r.i))).toEqual([[0, 1, 2]]);
  clock.now += POST_WAIT_MS - 1;
  p.add(3, result(null));
  expect(posts).toHaveLength(1);
});

test("report entries go as UTF-8 bytes in buffers of their own, moved; POST_BYTES of them are posted at once", () => {
  const { p, posts } = poster();
  const bytes = new TextEncoder().encode("{}");
  p.add(0, result(["    {", '"单位": "甲"', bytes]));
  expect(posts).toHaveLength(0);
  p.add(1, result(["x".repeat(POST_BYTES)]));
  expect(posts).toHaveLength(1);
  const [first, second] = posts[0].results;
  expect(Buffer.concat(first.result.json!).toString("utf8")).toBe('    {"单位": "甲"{}');
  expect(posts[0].moved).toEqual([...first.result.json!, ...second.result.json!].map((b) => b.buffer));
  expect(new Set(posts[0].moved).size).toBe(4);
  expect(second.result.json![0].length).toBe(POST_BYTES);
});

test("a copy left to the main thread and its original go moved when they own their buffer, copied when they are a view into a larger one; a large copy is posted at once", () => {
  const { p, posts } = poster();
  const copy = { bytes: new Uint8Array(100), original: new Uint8Array(64), stamp: "1:2:64:3:4" };
  const pooled = { bytes: Buffer.from("a view into Node's shared pool"), original: null, stamp: null };
  p.add(0, result(null), copy);
  p.add(1, result(null), pooled);
  p.add(2, result(null));
  expect(posts).toHaveLength(0);
  const large = { bytes: new Uint8Array(POST_BYTES), original: null, stamp: null };
  p.add(3, result(null), large);
  expect(posts).toHaveLength(1);
  expect(posts[0].results.map((r) => r.copy)).toEqual([copy, pooled, undefined, large]);
  expect(posts[0].moved).toEqual([copy.bytes.buffer, copy.original.buffer, large.bytes.buffer]);
});

test("the progress record: another thread sees the job in hand as the worker writes it, -1 between files, and the messages it posted", async () => {
  const progress = WorkerProgress.create();
  expect(progress.inHand()).toBe(-1);
  // the worker holds job 41 until this thread has read the record and let it go (no race with a busy machine)
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const code = `const { workerData, parentPort } = require("node:worker_threads");
const { WorkerProgress } = require(${JSON.stringify(path.resolve(__dirname, "../../lib/cli/workerProgress.js"))});
const p = new WorkerProgress(workerData.progress);
const gate = new Int32Array(workerData.gate);
p.start(41);
p.posting();
parentPort.postMessage("started");
Atomics.wait(gate, 0, 0, 30000);
p.finish();
p.posting();
parentPort.postMessage("finished");`;
  const worker = new Worker(code, { eval: true, workerData: { progress: progress.buffer, gate: gate.buffer } });
  const seen: number[] = [];
  await new Promise<void>((resolve, reject) => {
    worker.on("message", (m) => {
      seen.push(progress.inHand(), progress.posted());
      if (m === "started")
        setTimeout(() => {
          Atomics.store(gate, 0, 1);
          Atomics.notify(gate, 0);
        }, 160);
      if (seen.length === 4) resolve();
    });
    worker.on("error", reject);
  });
  await worker.terminate();
  expect(seen).toEqual([41, 1, -1, 2]);
  expect(progress.sinceStart()).toBeGreaterThanOrEqual(150);
});
