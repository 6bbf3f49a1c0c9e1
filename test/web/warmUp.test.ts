/** @jest-environment jsdom */
// Warming the page's workers once the page is idle: the example handed to every worker, <html data-workers> says
// how it went.
import { warmWhenIdle, type WarmablePageWorkers } from "../../src/web/warmUp";

function workers(rounds: number[] | Error): WarmablePageWorkers & { warmed: Blob[] } {
  const warmed: Blob[] = [];
  return {
    warmed,
    slots: 2,
    score: () => Promise.reject(new Error("not used")),
    zip: () => Promise.reject(new Error("not used")),
    warm: async (file) => {
      warmed.push(file);
      if (rounds instanceof Error) throw rounds;
      return rounds;
    },
  };
}

const settled = async (): Promise<void> => {
  for (let i = 0; i < 100 && !document.documentElement.dataset.workers; i++) await new Promise((r) => setTimeout(r, 5));
};

describe("warmWhenIdle", () => {
  beforeEach(() => delete document.documentElement.dataset.workers);

  it("warms the workers on the example and marks the page warm", async () => {
    const example = new Blob(["PK"]);
    const w = workers([30, 30]);
    warmWhenIdle(w, async () => [{ name: "绩效自评表示例.xlsx", file: example }]);
    expect(document.documentElement.dataset.workers).toBeUndefined();
    await settled();
    expect(w.warmed).toEqual([example]);
    expect(document.documentElement.dataset.workers).toBe("warm");
  });

  it("marks it cold when a worker did no round, the example is missing, or the workers fail", async () => {
    for (const [rounds, fetchExample] of [
      [[30, 0], async () => [{ name: "a.xlsx", file: new Blob(["PK"]) }]],
      [[30], () => Promise.reject(new Error("HTTP 404"))],
      [new Error("worker error"), async () => [{ name: "a.xlsx", file: new Blob(["PK"]) }]],
    ] as const) {
      delete document.documentElement.dataset.workers;
      warmWhenIdle(workers(rounds instanceof Error ? rounds : [...rounds]), fetchExample);
      await settled();
      expect(document.documentElement.dataset.workers).toBe("cold");
    }
  });
});
