// The page's batch state: unique download names, throttled updates, files handed on unread, crashes, re-runs.
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import type { FileReport } from "../../src/core/report";
import { BatchState, FLUSH_MS, type BatchSnapshot, type FileSource, type RunSettings } from "../../src/web/batchState";
import { KEPT_PREVIEWS } from "../../src/web/previewCache";
import type { ScoredFile } from "../../src/web/protocol";
import { NotStartedError } from "../../src/web/workerPool";

const settings: RunSettings = { mode: "score", profile: BUILT_IN_PROFILES[0], lang: "zh", marks: "problems" };

function source(name: string, size = 100): FileSource {
  return { name, file: new Blob([new Uint8Array(size)]) };
}

function scored(name: string, total: number | null): ScoredFile {
  const report: FileReport = {
    file: name,
    output: total === null ? null : name,
    tables:
      total === null
        ? []
        : [
            {
              sheet: "S",
              range: "A1:H9",
              headerRow: 1,
              info: { project: null, department: null, unit: null, year: null },
              kind: "project",
              mode: "score",
              indicators: [],
              blocks: [],
              funding: null,
              total,
              grade: "优",
              findings: [],
            },
          ],
    errors: total === null ? [{ code: "NO_TABLE_FOUND", message: "未找到" }] : [],
  };
  return {
    report,
    output: total === null ? null : new Uint8Array([1, 2, 3]),
    written: 3,
    notes: false,
    previewJson: "[]",
    millis: 1,
  };
}

const until = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 2));
  if (!done()) throw new Error("timed out");
};

describe("BatchState", () => {
  it("scores every file, gives repeated names unique downloads and times the batch", async () => {
    let clock = 1000;
    const snapshots: BatchSnapshot[] = [];
    const calls: { slot: number; name: string; mode: string }[] = [];
    const state = new BatchState(
      async (slot, name, file, s) => {
        calls.push({ slot, name, mode: s.mode });
        clock += 250;
        return scored(name, file.size === 100 ? 96.88 : null);
      },
      2,
      (s) => snapshots.push(s),
      () => clock,
    );
    state.add([source("a.xlsx"), source("A.xlsx"), source("b.xlsx", 7)], settings);
    await until(() => state.snapshot().elapsedMs !== null);
    const last = state.snapshot();
    expect(last.entries.map((e) => [e.name, e.status, e.downloadName])).toEqual([
      ["a.xlsx", "done", "a.scored.xlsx"],
      ["A.xlsx", "done", "A.scored (2).xlsx"],
      ["b.xlsx", "failed", "b.scored.xlsx"],
    ]);
    expect(last.progress).toEqual({ total: 3, finished: 3, failed: 0, running: 0 });
    expect(last.elapsedMs).toBe(750);
    expect(last.running).toBe(false);
    expect(new Set(calls.map((c) => c.slot))).toEqual(new Set([0, 1]));
    expect(last.entries[0].profileId).toBe("central-2020");
    expect(snapshots.at(-1)?.elapsedMs).toBe(750);
  });

  it("tells the page at most about every FLUSH_MS during a batch of 120 files", async () => {
    let changes = 0;
    const state = new BatchState(
      async (_slot, name) => {
        await new Promise((r) => setTimeout(r, 3));
        return scored(name, 90);
      },
      1,
      () => changes++,
    );
    const started = Date.now();
    state.add(
      Array.from({ length: 120 }, (_, i) => source(`f${i}.xlsx`)),
      settings,
    );
    await until(() => state.snapshot().elapsedMs !== null);
    const elapsed = Date.now() - started;
    expect(state.snapshot().entries.every((e) => e.status === "done")).toBe(true);
    // one on add, one when idle, and one per FLUSH_MS window in between
    expect(changes).toBeLessThanOrEqual(2 + Math.ceil(elapsed / FLUSH_MS) + 1);
    expect(changes).toBeLessThan(120 / 4);
  });

  it("hands each File to its worker without reading its size or bytes on the page's thread", async () => {
    const touched: string[] = [];
    const file = new Proxy(new Blob([new Uint8Array(10)]), {
      get: (target, key) => (touched.push(String(key)), Reflect.get(target, key)),
    });
    const given: Blob[] = [];
    const state = new BatchState(
      async (_s, name, f) => (given.push(f), scored(name, 1)),
      1,
      () => undefined,
    );
    state.add([{ name: "a.xlsx", file }], settings);
    await until(() => state.snapshot().elapsedMs !== null);
    expect(touched).toEqual([]);
    expect(given.length).toBe(1);
    expect(given[0] === file).toBe(true);
  });

  it("turns a crashed worker into a failed file with the reason", async () => {
    const state = new BatchState(
      async () => Promise.reject(new Error("out of memory")),
      1,
      () => undefined,
    );
    state.add([source("x.xlsx")], { ...settings, lang: "en" });
    await until(() => state.snapshot().elapsedMs !== null);
    const entry = state.snapshot().entries[0];
    expect(entry.status).toBe("failed");
    expect(entry.result?.report.errors[0]).toEqual({
      code: "FILE_UNREADABLE",
      message: "Processing failed: out of memory",
    });
  });

  it("re-runs every file with new settings and clears everything on clear()", async () => {
    const modes: string[] = [];
    const state = new BatchState(
      async (_s, name, _b, s) => (modes.push(s.mode), scored(name, 80)),
      1,
      () => undefined,
    );
    const a = source("a.xlsx");
    state.add([a, source("b.xlsx")], settings);
    await until(() => state.snapshot().elapsedMs !== null);
    expect(state.snapshot().entries.map((e) => e.mode)).toEqual(["score", "score"]);
    state.rerun({ ...settings, mode: "check", profile: BUILT_IN_PROFILES[2] });
    expect(state.snapshot().entries.map((e) => [e.status, e.result, e.mode])).toEqual([
      ["running", null, null],
      ["queued", null, null],
    ]);
    await until(() => state.snapshot().elapsedMs !== null);
    expect(modes).toEqual(["score", "score", "check", "check"]);
    expect(state.snapshot().entries.map((e) => [e.profileId, e.mode])).toEqual([
      ["sichuan", "check"],
      ["sichuan", "check"],
    ]);
    state.clear();
    expect(state.snapshot().entries).toEqual([]);
    expect(state.snapshot().progress.total).toBe(0);
  });

  it("scores a finished file again with the same settings but marks none for the copy without marks, leaving its entry alone", async () => {
    const calls: string[] = [];
    const state = new BatchState(
      async (_s, name, _b, s) => (calls.push(`${name}:${s.mode}:${s.profile.id}:${s.marks}`), scored(name, 80)),
      1,
      () => undefined,
    );
    state.add([source("单位A/自评表.xlsx"), source("单位B/自评表.xlsx")], { ...settings, mode: "audit", marks: "all" });
    await until(() => state.snapshot().elapsedMs !== null);
    const [first, second] = state.snapshot().entries;
    expect([first.downloadName, second.downloadName]).toEqual(["单位A/自评表.scored.xlsx", "单位B/自评表.scored.xlsx"]);
    const copy = await state.scoreCopy(second.id, "none");
    expect(copy?.output).toEqual(new Uint8Array([1, 2, 3]));
    expect(calls).toEqual([
      "单位A/自评表.xlsx:audit:central-2020:all",
      "单位B/自评表.xlsx:audit:central-2020:all",
      "单位B/自评表.xlsx:audit:central-2020:none",
    ]);
    expect(state.snapshot().entries[1]).toBe(second);
    expect(await state.scoreCopy(99, "none")).toBeNull();
  });

  it("scores an entry again with every band picked on it, keeps them for later runs, and drops a pick whose run failed", async () => {
    const calls: string[] = [];
    let failing = false;
    const state = new BatchState(
      async (_s, name, _b, s) => {
        calls.push(`${name}:${(s.picks ?? []).map((p) => `${p.sheet}!${p.row}=${p.band}`).join(",")}`);
        if (failing) throw new Error("worker gone");
        return scored(name, 80);
      },
      1,
      () => undefined,
    );
    state.add([source("a.xlsx")], settings);
    await until(() => state.snapshot().elapsedMs !== null);
    const id = state.snapshot().entries[0].id;
    await state.pick(id, { sheet: "S", row: 11, band: 1 });
    await state.pick(id, { sheet: "S", row: 12, band: 2 });
    await state.pick(id, { sheet: "S", row: 11, band: 0 });
    failing = true;
    await expect(state.pick(id, { sheet: "S", row: 13, band: 2 })).rejects.toThrow("worker gone");
    failing = false;
    state.rerun(settings);
    await until(() => state.snapshot().entries[0].status === "done");
    expect(calls).toEqual([
      "a.xlsx:",
      "a.xlsx:S!11=1",
      "a.xlsx:S!11=1,S!12=2",
      "a.xlsx:S!12=2,S!11=0",
      "a.xlsx:S!12=2,S!11=0,S!13=2",
      "a.xlsx:S!12=2,S!11=0",
    ]);
  });

  it("sends a file again when its worker died before starting it", async () => {
    const sources = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"].map((n) => source(n));
    let refusals = 1;
    const sent: string[] = [];
    const state = new BatchState(
      async (_slot, name, file) => {
        sent.push(name);
        expect(file).toBe(sources.find((s) => s.name === name)?.file);
        if (name === "c.xlsx" && refusals-- > 0) throw new NotStartedError();
        await new Promise((r) => setTimeout(r, 5));
        return scored(name, 96.88);
      },
      1,
      () => undefined,
    );
    state.add(sources, settings);
    await until(() => state.snapshot().elapsedMs !== null);
    expect(state.snapshot().entries.map((e) => e.status)).toEqual(["done", "done", "done", "done"]);
    expect(sent).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "c.xlsx", "d.xlsx"]);
  });

  it("makes a file's preview when asked, with its run's settings, keeps the last few and tries a failed one again", async () => {
    const asked: string[] = [];
    let failNext = false;
    const state = new BatchState(
      async (_slot, name, _f, s) => {
        if (s.previews) asked.push(`${name}:${s.mode}`);
        if (s.previews && failNext) {
          failNext = false;
          throw new Error("NotReadableError");
        }
        return { ...scored(name, 80), previewJson: s.previews ? `[{"name":"${name}"}]` : undefined };
      },
      1,
      () => undefined,
    );
    const names = Array.from({ length: KEPT_PREVIEWS + 2 }, (_, i) => `f${i}.xlsx`);
    state.add(
      names.map((n) => source(n)),
      { ...settings, mode: "audit" },
    );
    await until(() => state.snapshot().elapsedMs !== null);
    const ids = state.snapshot().entries.map((e) => e.id);
    expect(asked).toEqual([]); // the batch made none
    expect(await state.previewOf(ids[0])).toBe('[{"name":"f0.xlsx"}]');
    expect(await state.previewOf(ids[0])).toBe('[{"name":"f0.xlsx"}]');
    expect(asked).toEqual(["f0.xlsx:audit"]);
    for (const id of ids.slice(1)) await state.previewOf(id);
    await state.previewOf(ids[0]); // pushed out by KEPT_PREVIEWS others: made again
    expect(asked.filter((a) => a === "f0.xlsx:audit")).toHaveLength(2);
    failNext = true;
    await expect(state.previewOf(ids[1])).rejects.toThrow("NotReadableError");
    expect(await state.previewOf(ids[1])).toBe('[{"name":"f1.xlsx"}]');
    expect(state.previewOf(999)).toBeNull();
  });
});
