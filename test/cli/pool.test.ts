// The batch machinery: when a pool is used, the streamed report (the very bytes of the whole-report JSON), the
// compact aggregates, and the compiled pool's chunks, order, temporary names and piped output.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { builtInProfile } from "../../src/core/builtInProfiles";
import { scoreWorkbook } from "../../src/core/buildPlan";
import type { FileReport } from "../../src/core/report";
import { buildReport } from "../../src/core/reportBuilder";
import { aggregateOf, RunTally } from "../../src/cli/aggregate";
import { fileEntry } from "../../src/cli/fileResult";
import { poolMinBytes, workerCount, workerDied } from "../../src/cli/pool";
import { workerWaited } from "../../src/cli/poolWorker";
import { FLUSH_AT, ReportStream } from "../../src/cli/reportStream";
import type { PostedResult } from "../../src/cli/resultPoster";
import { WorkerProgress } from "../../src/cli/workerProgress";
import { WRITE_CHUNK, writeAll } from "../../src/cli/writeAll";
import { readXlsx } from "../../src/xlsx";
import { readmeWorkbooks, workbook, workbookBytes } from "../helpers/fixtures";
import { BIN, CRASHING_WORKERS, folderOfCopies, runWithCrashingWorkers, runWithPreload, tmpDir } from "./helpers";

const LIB = path.resolve(__dirname, "../../lib/cli");
const central = builtInProfile("central-2020")!;
/** A run's settings: scoring copies, report entries made. */
const SETTINGS = {
  inPlace: false,
  backup: false,
  mode: "score",
  profile: central,
  lang: "zh",
  marks: "problems",
  reportEntries: true,
} as const;

/** Preload code that makes the time limit for one file 2 s in every thread (the compiled pool reads it from its
 *  module's exports when it sets the watchdog; a file takes a few ms, the first of a cold worker well under a second). */
const TWO_SECOND_LIMIT = `const Module = require("node:module"); const load = Module._load;
Module._load = function (request, ...rest) {
  const m = load.call(this, request, ...rest);
  if (/poolWorker$/.test(request)) m.FILE_TIME_LIMIT_MS = 2000;
  return m;
};`;

function reportOf(name: string): FileReport {
  return scoreWorkbook(readXlsx(workbookBytes(name), name).grid, {
    mode: "score",
    profile: central,
    fileName: name,
    lang: "zh",
  }).report;
}

describe("how many workers a batch gets", () => {
  const MB = 1 << 20;
  test.each([
    [1, 100 * MB, null, 16, 0, "one file: in this thread"],
    [500, 100 * MB, null, 1, 0, "one core: in this thread"],
    [20, 1 * MB, null, 16, 0, "a few small files: the workers' warm-up would cost more than they save"],
    [1000, 6.3 * MB, null, 2, 0, "1,000 small workbooks on two cores: a pool finished no sooner, for 1.3× the CPU"],
    [10000, 63 * MB, null, 2, 1, "10,000 on two cores: one worker, whose copies this thread stores"],
    [10000, 63 * MB, null, 4, 4, "10,000 on four cores: one worker per core"],
    [10000, 63 * MB, 2, 2, 2, "--jobs 2 on two cores: two workers"],
    [1000, 6.3 * MB, null, 16, 16, "1,000 on sixteen cores: one worker per core"],
    [3, 100 * MB, null, 16, 3, "no more than files"],
    [1000, 0, 1, 16, 0, "--jobs 1: in this thread"],
    [1000, 0, 4, 2, 4, "--jobs 4 is followed"],
    [2, 0, 8, 2, 2, "--jobs capped at the files"],
  ])("%i files, %i bytes, --jobs %s, %i cores → %i (%s)", (files, bytes, jobs, cores, want, _why) => {
    expect(workerCount(files, bytes, jobs, cores)).toBe(want);
  });

  test("the input a pool needs falls with the cores, and one worker never pays", () => {
    const needed = [1, 2, 4, 8, 16].map(poolMinBytes);
    expect(needed[0]).toBe(Infinity);
    expect(needed[1] / MB).toBeCloseTo(27.7, 1);
    expect(needed[2] / MB).toBeCloseTo(6.1, 1);
    expect(needed[4] / MB).toBeCloseTo(3.8, 1);
    expect(needed.slice(1).every((n, i) => i === 0 || n < needed[i])).toBe(true);
  });
});

describe("the streamed JSON report", () => {
  const reports = [
    ...readmeWorkbooks().slice(0, 4).map(reportOf),
    {
      file: "缺.xlsx",
      output: null,
      tables: [],
      errors: [{ code: "FILE_UNREADABLE" as const, message: "找不到文件" }],
    },
  ];

  test.each([0, 1, 5])("with %i files it is byte for byte the whole report's JSON", (n) => {
    const dir = tmpDir();
    const target = path.join(dir, "报告", "r.json");
    const stream = new ReportStream(target, central.id);
    for (const r of reports.slice(0, n)) stream.add(fileEntry(r));
    expect(stream.finish()).toBeNull();
    expect(fs.readFileSync(target, "utf8")).toBe(JSON.stringify(buildReport(reports.slice(0, n), central.id), null, 2));
    expect(fs.readdirSync(path.dirname(target))).toEqual(["r.json"]);
  });

  test("text and bytes across its 1 MB buffer's edge, or larger than it, are written whole and in order", () => {
    const target = path.join(tmpDir(), "r.json");
    const stream = new ReportStream(target, central.id);
    // a 3-byte character at the buffer's edge, a piece of bytes larger than the buffer, text over twice its size
    const middle = [
      "a".repeat(FLUSH_AT - 20),
      "甲乙丙丁",
      Buffer.from("戊".repeat(FLUSH_AT / 3 + 7)),
      "己".repeat(900000),
      Buffer.from("庚"),
    ];
    stream.add(['    {"note": "', ...middle, '"}']);
    expect(stream.finish()).toBeNull();
    const text = middle.map((p) => (typeof p === "string" ? p : p.toString("utf8"))).join("");
    expect(JSON.parse(fs.readFileSync(target, "utf8")).files).toEqual([{ note: text }]);
  });

  test("pieces a short write left unwritten are written after it, in order", () => {
    const file = path.join(tmpDir(), "r.json");
    const pieces = ["甲乙", "丙", "丁戊己", "庚"].map((t) => Buffer.from(t));
    const fd = fs.openSync(file, "w");
    // the system takes only the first 4 bytes of the 30 (mid-character, mid-piece)
    const writev = jest.fn((f: number, bufs: readonly NodeJS.ArrayBufferView[]) => fs.writeSync(f, bufs[0], 0, 4));
    try {
      writeAll(fd, pieces, { writeSync: fs.writeSync, writevSync: writev });
    } finally {
      fs.closeSync(fd);
    }
    expect(writev).toHaveBeenCalledTimes(1);
    expect(fs.readFileSync(file, "utf8")).toBe("甲乙丙丁戊己庚");
  });

  test("no write call is handed more than 64 KiB; pieces are written whole, split or joined, in order", () => {
    const file = path.join(tmpDir(), "r.json");
    const sizes = [10, WRITE_CHUNK * 3 + 7, 5, WRITE_CHUNK - 15, 20, WRITE_CHUNK];
    const pieces = sizes.map((n, k) => Buffer.alloc(n, 97 + k));
    const calls: number[] = [];
    const fd = fs.openSync(file, "w");
    const io = {
      writeSync: (f: number, b: NodeJS.ArrayBufferView) => (calls.push(b.byteLength), fs.writeSync(f, b)),
      writevSync: (f: number, bufs: readonly NodeJS.ArrayBufferView[]) => (
        calls.push(bufs.reduce((n, b) => n + b.byteLength, 0)),
        fs.writevSync(f, bufs)
      ),
    } as unknown as Parameters<typeof writeAll>[2];
    try {
      writeAll(fd, pieces, io);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
    expect(Math.max(...calls)).toBe(WRITE_CHUNK);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(calls.length).toBe(Math.ceil(calls.reduce((a, b) => a + b, 0) / WRITE_CHUNK));
  });

  test("a report that cannot be written says why at the end and leaves no temporary file", () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "文件"), "x");
    const inFile = new ReportStream(path.join(dir, "文件", "r.json"), central.id);
    inFile.add(fileEntry(reports[0]));
    expect((inFile.finish() as NodeJS.ErrnoException).code).toMatch(/ENOTDIR|EEXIST/);
    fs.mkdirSync(path.join(dir, "目录.json"));
    const onFolder = new ReportStream(path.join(dir, "目录.json"), central.id);
    expect((onFolder.finish() as NodeJS.ErrnoException).code).toMatch(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    expect(fs.readdirSync(dir).sort()).toEqual(["文件", "目录.json"]);
  });
});

describe("the compact aggregate of a file", () => {
  test("one row per table with the title block, figures, counts and problems", () => {
    const report = reportOf("project-gansu-2021.xlsx");
    const t = report.tables[0];
    const a = aggregateOf(report);
    expect(a.failed).toBe(false);
    expect(a.tables).toHaveLength(1);
    const row = a.tables[0];
    expect([row.sheet, row.range, row.kind, row.total, row.grade, row.rate]).toEqual([
      t.sheet,
      t.range,
      "project",
      96.88,
      "优",
      t.funding!.rate,
    ]);
    expect([row.project, row.unit, row.year]).toEqual([t.info.project, t.info.unit, t.info.year]);
    expect(row.warnings).toBe(t.findings.filter((f) => f.severity === "warning").length);
    expect(row.withoutReason).toBe(1);
    expect(row.notMet).toBe(
      t.indicators.filter((i) => i.score !== null && i.weight !== null && i.score < i.weight).length,
    );
    const reason = row.problems.find((p) => p.code === "NOT_MET_NO_REASON")!;
    expect(reason.indicator).toBe(t.indicators.find((i) => i.findings.includes("NOT_MET_NO_REASON"))!.level3);
    expect(JSON.stringify(a).length).toBeLessThan(JSON.stringify(report).length / 10);
  });

  test("a failed file counts as failed; a file without tables does not", () => {
    const tally = new RunTally();
    tally.add(
      aggregateOf({ file: "a", output: null, tables: [], errors: [{ code: "FILE_UNREADABLE", message: "x" }] }),
    );
    tally.add(aggregateOf({ file: "b", output: null, tables: [], errors: [{ code: "NO_TABLE_FOUND", message: "y" }] }));
    tally.add(aggregateOf(reportOf("department-gansu-2021.xlsx")));
    expect([tally.files, tally.failed, tally.tables, tally.scored]).toEqual([3, 1, 1, 1]);
  });
});

describe("the compiled pool", () => {
  test("workers name their temporary files apart (they share the process id)", async () => {
    const names = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const w = new Worker(
              `require("node:worker_threads").parentPort.postMessage(require(${JSON.stringify(path.join(LIB, "atomicFile.js"))}).tmpPath("/d"))`,
              { eval: true },
            );
            w.on("message", (m: string) => void w.terminate().then(() => resolve(m)));
            w.on("error", reject);
          }),
      ),
    );
    expect(names[0]).not.toBe(names[1]);
  });

  test.each([true, false])(
    "a worker sends a file's report entry only when the run makes a report (reportEntries %s)",
    async (reportEntries) => {
      const progress = WorkerProgress.create();
      const worker = new Worker(path.join(LIB, "worker.js"), {
        workerData: { settings: { ...SETTINGS, reportEntries }, progress: progress.buffer, storesCopies: true },
      });
      const name = "project-gansu-2021.xlsx";
      const result = await new Promise<{ json: Uint8Array[] | null; lines: string }>((resolve, reject) => {
        worker.on("message", ([m]: PostedResult[]) => resolve(m.result));
        worker.on("error", reject);
        worker.postMessage([{ i: 0, input: workbook(name), display: name, output: null }]);
      });
      await worker.terminate();
      expect(result.lines).toContain(name);
      if (reportEntries) expect(JSON.parse(Buffer.concat(result.json!).toString("utf8"))).toEqual(reportOf(name));
      else expect(result.json).toBeNull();
    },
  );

  test("a lone worker leaves its copies to this thread: the same copies, lines and report entries as in this thread; a copy that cannot be written fails alone; in place, the backup is kept", async () => {
    const pool = require(path.join(LIB, "pool.js")) as typeof import("../../src/cli/pool");
    const dir = tmpDir();
    const names = readmeWorkbooks().map((n) => path.basename(n));
    fs.mkdirSync(path.join(dir, "in"));
    for (const n of readmeWorkbooks()) fs.copyFileSync(workbook(n), path.join(dir, "in", path.basename(n)));
    fs.writeFileSync(path.join(dir, "in", "坏.xlsx"), "not a zip");
    fs.writeFileSync(path.join(dir, "blocked"), "a file where the copy's folder would be");
    const inputs = [...names, "坏.xlsx", "挡.xlsx"];
    fs.copyFileSync(path.join(dir, "in", names[0]), path.join(dir, "in", "挡.xlsx"));
    const run = async (how: "workers" | "here", out: string, inPlace = false, reportEntries = true) => {
      const results: { lines: string; json: string | null }[] = [];
      const files = inputs.map((n) => ({
        input: path.join(dir, "in", n),
        display: n,
        output: inPlace ? path.join(dir, "in", n) : n === "挡.xlsx" ? path.join(dir, "blocked", n) : path.join(out, n),
      }));
      const batch = {
        files: { length: files.length, at: (i: number) => files[i] },
        settings: { ...SETTINGS, inPlace, backup: inPlace, reportEntries },
        bytes: 0,
        jobsWanted: null,
        onResult: (i: number, r: import("../../src/cli/fileResult").FileResult) => {
          const json = r.json && [...r.json].map((p) => (typeof p === "string" ? p : Buffer.from(p).toString("utf8")));
          results[i] = {
            lines: r.lines.split(out + path.sep).join("OUT/"),
            json:
              json &&
              json
                .join("")
                .split(out + path.sep)
                .join("OUT/"),
          };
        },
      };
      await (how === "workers" ? pool.runOnWorkers(batch, 1) : pool.runHere(batch));
      return results;
    };
    // the copies are renamed into place by this thread (a worker's calls go to its own fs module)
    const renamed = jest.spyOn(require("node:fs") as typeof fs, "renameSync");
    const byWorker = await run("workers", path.join(dir, "a"));
    expect(renamed.mock.calls.map(([, to]) => String(to)).sort()).toEqual(
      names.map((n) => path.join(dir, "a", n)).sort(),
    );
    renamed.mockRestore();
    const here = await run("here", path.join(dir, "b"));
    expect(byWorker).toEqual(here);
    // without report entries the result after a failed store is made again by scoring that file here (the worker
    // sends no report for it)
    expect(await run("workers", path.join(dir, "c"), false, false)).toEqual(here.map((r) => ({ ...r, json: null })));
    for (const n of names)
      expect(fs.readFileSync(path.join(dir, "a", n))).toEqual(fs.readFileSync(path.join(dir, "b", n)));
    expect(JSON.parse(byWorker[names.length].json!).errors[0].code).toBe("FILE_UNREADABLE");
    expect(JSON.parse(byWorker[names.length + 1].json!).errors.map((e: { code: string }) => e.code)).toEqual([
      "WRITE_FAILED",
    ]);
    expect(JSON.parse(byWorker[0].json!).output).toBe("OUT/" + names[0]);

    const original = fs.readFileSync(path.join(dir, "in", names[0]));
    await run("workers", "unused", true);
    expect(fs.readFileSync(path.join(dir, "in", names[0]))).toEqual(fs.readFileSync(path.join(dir, "a", names[0])));
    expect(fs.readFileSync(path.join(dir, "in", names[0].replace(/\.xlsx$/, ".before-selfeval.xlsx")))).toEqual(
      original,
    );
  }, 30000);

  test("a lone worker in place: a file saved by another program after the worker read it is not replaced by this thread", async () => {
    const pool = require(path.join(LIB, "pool.js")) as typeof import("../../src/cli/pool");
    const dir = tmpDir();
    const file = path.join(dir, "自评表.xlsx");
    fs.copyFileSync(workbook(readmeWorkbooks()[0]), file);
    const original = fs.readFileSync(file);
    // this thread stores the copy: its first flush to disk (the backup's) is when "Excel" saves the file
    const nodeFs = require("node:fs") as typeof fs;
    const realFsync = nodeFs.fsyncSync;
    let saved = false;
    const fsync = jest.spyOn(nodeFs, "fsyncSync").mockImplementation((fd) => {
      realFsync(fd);
      if (!saved) nodeFs.writeFileSync(file, "saved meanwhile");
      saved = true;
    });
    const results: string[] = [];
    const files = [{ input: file, display: "自评表.xlsx", output: file }];
    await pool.runOnWorkers(
      {
        files: { length: 1, at: (i: number) => files[i] },
        settings: { ...SETTINGS, inPlace: true, backup: true },
        bytes: 0,
        jobsWanted: null,
        onResult: (_i, r) => results.push(r.lines),
      },
      1,
    );
    fsync.mockRestore();
    expect(saved).toBe(true);
    expect(results[0]).toContain("读取后该文件已被其他程序修改");
    expect(fs.readFileSync(file, "utf8")).toBe("saved meanwhile");
    expect(fs.readFileSync(path.join(dir, "自评表.before-selfeval.xlsx"))).toEqual(original);
    expect(fs.readdirSync(dir).sort()).toEqual(["自评表.before-selfeval.xlsx", "自评表.xlsx"]);
  }, 30000);

  test("a lone worker that dies costs its file only: the fresh one scores the rest and this thread stores every other copy, in order", () => {
    const names = Array.from(
      { length: 30 },
      (_v, i) => `表${String(i).padStart(2, "0")}${i === 7 || i === 22 ? "崩溃" : ""}.xlsx`,
    );
    const dir = folderOfCopies(names);
    fs.writeFileSync(path.join(dir, "crash.js"), CRASHING_WORKERS);
    const script = `const path = require("node:path");
const { runOnWorkers } = require(${JSON.stringify(path.join(LIB, "pool.js"))});
const { builtInProfile } = require(${JSON.stringify(path.resolve(LIB, "../core"))});
const names = ${JSON.stringify(names)}; const dir = ${JSON.stringify(dir)};
const files = names.map((n) => ({ input: path.join(dir, "in", n), display: n, output: path.join(dir, "out", n) }));
const settings = { inPlace: false, backup: false, mode: "score", profile: builtInProfile("central-2020"), lang: "zh", marks: "problems", reportEntries: false };
const lines = [];
runOnWorkers({ files: { length: files.length, at: (i) => files[i] }, settings, bytes: 0, jobsWanted: null,
  onResult: (i, r) => lines.push([i, r.lines]) }, 1).then(() => console.log(JSON.stringify(lines)));`;
    const run = spawnSync(process.execPath, ["-r", path.join(dir, "crash.js"), "-e", script], { encoding: "utf8" });
    const lines = JSON.parse(run.stdout) as [number, string][];
    expect(lines.map(([i]) => i)).toEqual(names.map((_n, i) => i));
    const failed = lines.filter(([, l]) => l.includes("✗ FILE_UNREADABLE")).map(([i]) => names[i]);
    expect(failed).toEqual([names[7], names[22]]);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(names.filter((n) => !n.includes("崩溃")).sort());
  }, 30000);

  test("jobs go out in chunks; a worker that dies mid-chunk costs its file only, the rest of its chunk is scored; the report and the summary keep file order", () => {
    const names = Array.from(
      { length: 90 },
      (_v, i) => `表${String(i).padStart(3, "0")}${i === 20 || i === 61 ? "崩溃" : ""}.xlsx`,
    );
    const { run: r, report, dir } = runWithCrashingWorkers(names);
    expect(r.status).toBe(1);
    const files = report.files;
    expect(files.map((f) => path.basename(f.file))).toEqual(names);
    expect(files.filter((f) => f.tables[0]?.total === 96.88)).toHaveLength(88);
    expect(files.filter((f) => f.errors.length).map((f) => path.basename(f.file))).toEqual([names[20], names[61]]);
    const printed = [...r.stdout.matchAll(/^■ (.*)$/gm)].map((m) => path.basename(m[1]));
    expect(printed).toEqual(names);
    expect(fs.readdirSync(path.join(dir, "out"))).toHaveLength(88);
  });

  test.each([
    ["crashes", `process.exit(7)`],
    [
      "is stopped by the watchdog (over the time limit)",
      `{ const end = Date.now() + 10000; while (Date.now() < end); }`,
    ],
  ])(
    "a worker that %s while it stores a copy leaves no temporary file; that file fails alone",
    (_how, stall) => {
      const names = Array.from({ length: 12 }, (_v, i) => `表${String(i).padStart(2, "0")}${i === 5 ? "停" : ""}.xlsx`);
      // the limit made 2 s; in the workers, the rename that would put the copy of 停 in place (its temporary file
      // written whole) stalls
      const {
        run: r,
        report,
        dir,
      } = runWithPreload(
        names,
        `${TWO_SECOND_LIMIT}
if (!require("node:worker_threads").isMainThread) { const fs = require("node:fs"); const real = fs.renameSync;
  fs.renameSync = (from, to) => { if (String(to).includes("停")) ${stall}; return real(from, to); }; }`,
      );
      expect(r.status).toBe(1);
      expect(report.files.filter((f) => f.errors.length).map((f) => path.basename(f.file))).toEqual([names[5]]);
      expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(names.filter((_n, i) => i !== 5));
    },
    30000,
  );

  test("a file a worker is on for longer than the time limit is stopped and fails alone; every other file the worker held is scored", () => {
    const names = Array.from({ length: 40 }, (_v, i) => `表${String(i).padStart(2, "0")}${i === 13 ? "慢" : ""}.xlsx`);
    // in every thread the limit is made 2 s; in the workers, opening the file named 慢 runs for 10 s first
    const { run: r, report } = runWithPreload(
      names,
      `${TWO_SECOND_LIMIT}
if (!require("node:worker_threads").isMainThread) { const fs = require("node:fs"); const real = fs.openSync;
  fs.openSync = (p, ...a) => { if (String(p).includes("慢")) { const end = Date.now() + 10000; while (Date.now() < end); }
    return real(p, ...a); }; }`,
    );
    expect(r.status).toBe(1);
    expect(report.files.map((f) => path.basename(f.file))).toEqual(names);
    const failed = report.files.filter((f) => f.errors.length);
    expect(failed.map((f) => path.basename(f.file))).toEqual([names[13]]);
    expect(failed[0].errors[0].code).toBe("FILE_TOO_LARGE");
    expect(failed[0].errors[0].message).toContain("处理超过2秒");
    expect(report.files.filter((f) => f.tables[0]?.total === 96.88)).toHaveLength(39);
  }, 60000);

  test("a summary longer than a pipe holds, piped to a reader that starts late, arrives whole", () => {
    const dir = tmpDir();
    const inDir = path.join(dir, "in");
    fs.mkdirSync(inDir);
    for (let i = 0; i < 700; i++)
      fs.copyFileSync(workbook("department-gansu-2021.xlsx"), path.join(inDir, `d${i}.xlsx`));
    const out = path.join(dir, "out.txt");
    // 700 summaries are about 90 KB, more than a pipe's 64 KB: exiting before they are taken cut them off
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${BIN}" check "${inDir}" --jobs 1 | (sleep 1; cat) > "${out}"`],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    const text = fs.readFileSync(out, "utf8");
    expect(Buffer.byteLength(text)).toBeGreaterThan(65536);
    expect(text.match(/^■ /gm)).toHaveLength(700);
    expect(text).toContain("共处理700个文件，0个未能完成。");
  }, 60000);
});

test("the watchdog's wait: the file in hand's time; between files the shorter of the times since a start and since a message, none while posted results wait to be taken", () => {
  expect(workerWaited(7, 130_000, 0, 500)).toBe(130_000);
  expect(workerWaited(-1, 130_000, 0, 125_000)).toBe(125_000);
  expect(workerWaited(-1, 2_000, 0, 125_000)).toBe(2_000);
  expect(workerWaited(-1, 130_000, 1, 125_000)).toBe(0);
});

test("a file whose worker died is reported in the run's language, with the limit or the exit code", () => {
  const file = { input: "/x/大表.xlsx", display: "大表.xlsx", output: null };
  const memory = workerDied(file, "memory", "en").errors[0];
  expect(memory.code).toBe("FILE_TOO_LARGE");
  expect(memory.message).toMatch(/^The file is too large \(it needs more than \d+ MB of memory\)/);
  const crash = workerDied(file, { kind: "exit", code: 134 }, "zh").errors[0];
  expect([crash.code, crash.message]).toEqual([
    "FILE_UNREADABLE",
    "处理此文件时程序中断（退出码134；文件可能过大或已损坏），其余文件照常处理，原文件未改动",
  ]);
});
