// The worker pool against a fake Worker that runs the real worker tasks: replies by id, lazy workers, crashes.
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import type { WorkerRequest, WorkerResponse } from "../../src/web/protocol";
import { NotStartedError, WorkerPool, workerCount, type WorkerLike } from "../../src/web/workerPool";
import { pagePacker } from "../../src/web/pageCodec";
import { requestHandler } from "../../src/web/workerRequests";
import { scoreFileBytes, type ScoreFileOptions } from "../../src/web/workerTasks";
import { workbookBytes } from "../helpers/fixtures";

/** A Worker stand-in: the worker's own request handler (workerRequests.ts, the portable packer) answering
 *  asynchronously, like the real one; `crashOn` makes it die on a file of that name instead. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];
  private readonly handle = requestHandler(pagePacker(false), (reply) =>
    setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent<WorkerResponse>), 0),
  );
  constructor(private readonly crashOn?: string) {}
  postMessage(request: WorkerRequest): void {
    this.received.push(request);
    if (request.type === this.crashOn || (request.type === "score" && request.name === this.crashOn)) {
      setTimeout(() => this.onerror?.({ message: "worker crashed", preventDefault: () => undefined } as ErrorEvent), 0);
      return;
    }
    this.handle(request);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const central = BUILT_IN_PROFILES[0];
/** The run settings the tests score and check with. */
const scoring: ScoreFileOptions = { mode: "score", profile: central, lang: "zh" };
const checking: ScoreFileOptions = { mode: "check", profile: central, lang: "zh" };
const bytesOf = (name: string): Blob => new Blob([workbookBytes(name) as Uint8Array<ArrayBuffer>]);

/** A pool of `size` fake workers, the `crashing`-th made of which crashes on `crashOn`; `made` lists the workers made. */
function fakePool(crashOn?: string, size = 1, crashing = 0): { pool: WorkerPool; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  const pool = new WorkerPool(() => {
    const w = new FakeWorker(made.length === crashing ? crashOn : undefined);
    made.push(w);
    return w;
  }, size);
  return { pool, made };
}

describe("workerCount", () => {
  it("keeps one core for the page and stays within 1..4", () => {
    expect(workerCount(2)).toBe(1);
    expect(workerCount(1)).toBe(1);
    expect(workerCount(8)).toBe(4);
    expect(workerCount(undefined)).toBe(1);
  });
});

describe("WorkerPool", () => {
  it("creates workers on first use and matches concurrent replies to their requests", async () => {
    const made: FakeWorker[] = [];
    const pool = new WorkerPool(() => {
      const w = new FakeWorker();
      made.push(w);
      return w;
    }, 2);
    expect(made).toHaveLength(0);
    const [project, department] = await Promise.all([
      pool.score(0, "project-gansu-2021.xlsx", bytesOf("project-gansu-2021.xlsx"), scoring),
      pool.score(1, "department-gansu-2021.xlsx", bytesOf("department-gansu-2021.xlsx"), scoring),
    ]);
    expect(made).toHaveLength(2);
    expect(project.report.tables[0].total).toBe(96.88);
    expect(department.report.tables[0].total).toBe(90.56);
    expect(department.report.tables[0].funding?.score).toBe(5.94);
    const zipped = await pool.zip([{ name: "a.json", bytes: new Uint8Array([123, 125]) }]);
    expect(Array.from(zipped.subarray(0, 2))).toEqual([0x50, 0x4b]);
    expect(made).toHaveLength(2);
  });

  it("fails the request of a crashed worker and starts a fresh worker for the next one", async () => {
    const { pool, made } = fakePool("bad.xlsx");
    await expect(pool.score(0, "bad.xlsx", bytesOf("no-weights-xiqu-2021.xlsx"), checking)).rejects.toThrow(
      "worker crashed",
    );
    expect(made[0].terminated).toBe(true);
    const again = await pool.score(0, "no-weights-xiqu-2021.xlsx", bytesOf("no-weights-xiqu-2021.xlsx"), checking);
    expect(made).toHaveLength(2);
    expect(again.report.tables[0].mode).toBe("check-only");
  });

  it("warms every worker up on the example, a crashed one counting no rounds", async () => {
    const { pool, made } = fakePool("warm", 3, 1);
    const rounds = await pool.warm(bytesOf("project-gansu-2021.xlsx"), central, 2);
    expect(made).toHaveLength(3);
    expect(rounds).toEqual([2, 0, 2]);
    expect(made[0].received.map((r) => r.type)).toEqual(["warm"]);
  });

  it("rejects an unknown slot and pending work on terminate", async () => {
    const pool = new WorkerPool(() => new FakeWorker(), 1);
    await expect(pool.score(3, "x.xlsx", new Blob(["x"]), scoring)).rejects.toThrow(RangeError);
    const pending = pool.zip([]);
    pool.terminate();
    await expect(pending).rejects.toThrow("worker stopped");
  });
});

describe("a worker that does not answer in time", () => {
  it("is stopped, the file fails with the reason, and the next file gets a fresh worker", async () => {
    const made: FakeWorker[] = [];
    const silent = {
      onmessage: null,
      onerror: null,
      terminated: false,
      postMessage() {},
      terminate() {
        this.terminated = true;
      },
    };
    let first = true;
    const pool = new WorkerPool(
      () => {
        if (first) {
          first = false;
          return silent as unknown as WorkerLike;
        }
        const w = new FakeWorker();
        made.push(w);
        return w;
      },
      1,
      50,
    );
    // on a clock of the test's own: the fresh worker scores while the 50 ms run, which a loaded machine can outlast
    jest.useFakeTimers();
    try {
      const stuck = expect(pool.score(0, "卡住.xlsx", bytesOf("project-gansu-2021.xlsx"), scoring)).rejects.toThrow(
        "处理超过0.05秒，已停止",
      );
      await jest.advanceTimersByTimeAsync(49);
      expect(silent.terminated).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await stuck;
      expect(silent.terminated).toBe(true);
      const scored = pool.score(0, "b.xlsx", bytesOf("project-gansu-2021.xlsx"), scoring);
      await jest.advanceTimersByTimeAsync(0);
      expect((await scored).report.tables[0].total).toBe(96.88);
      expect(made).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("two requests per worker", () => {
  it("slot i goes to worker i % size; a worker works through its requests in order", async () => {
    const { pool, made } = fakePool();
    expect(pool.slots).toBe(2);
    const [a, b] = await Promise.all(
      [0, 1].map((slot) => pool.score(slot, `${slot}.xlsx`, bytesOf("project-gansu-2021.xlsx"), scoring)),
    );
    expect(made).toHaveLength(1);
    expect([a.report.file, b.report.file]).toEqual(["0.xlsx", "1.xlsx"]);
  });

  it("the one behind a file its worker dies on is told it never started; the first fails with the reason", async () => {
    const { pool } = fakePool("bad.xlsx");
    const first = pool.score(0, "bad.xlsx", bytesOf("project-gansu-2021.xlsx"), scoring);
    const second = pool.score(1, "good.xlsx", bytesOf("project-gansu-2021.xlsx"), scoring);
    await expect(first).rejects.toThrow("worker crashed");
    await expect(second).rejects.toBeInstanceOf(NotStartedError);
    const again = await pool.score(1, "good.xlsx", bytesOf("project-gansu-2021.xlsx"), scoring);
    expect(again.report.tables[0].total).toBe(96.88);
  });

  it("the time limit counts from when a worker takes a request in hand, not from when it was queued", async () => {
    jest.useFakeTimers();
    try {
      const replies: ((r: WorkerResponse) => void)[] = [];
      const slow: WorkerLike = {
        onmessage: null,
        onerror: null,
        postMessage(request: WorkerRequest) {
          replies.push((r) => this.onmessage?.({ data: { ...r, id: request.id } } as MessageEvent<WorkerResponse>));
        },
        terminate() {},
      };
      const pool = new WorkerPool(() => slow, 1, 1000);
      const result = scoreFileBytes(workbookBytes("project-gansu-2021.xlsx"), "p.xlsx", scoring);
      const first = pool.score(0, "a.xlsx", new Blob(["x"]), scoring);
      const second = pool.score(1, "b.xlsx", new Blob(["x"]), scoring);
      jest.advanceTimersByTime(900);
      replies[0]({ type: "scored", id: 0, result });
      await expect(first).resolves.toBe(result);
      jest.advanceTimersByTime(900); // 1,800 ms since b was queued, 900 since it was taken in hand
      replies[1]({ type: "scored", id: 0, result });
      await expect(second).resolves.toBe(result);
    } finally {
      jest.useRealTimers();
    }
  });
});
