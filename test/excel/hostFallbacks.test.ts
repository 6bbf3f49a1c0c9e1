// Older Excel and big sheets: explanation column on ExcelApi 1.1, comments on 1.10–1.17, 5 MB chunking, >512 merges.
import { FakeExcel } from "../fakes/fakeExcel";
import { generateProjectGrid } from "../fakes/generateTable";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { central, fixtureGrid, hostOn, planCells, planMismatches, planOf } from "./harness";

const FIVE_MB = 5 * 1024 * 1024;

describe("ExcelApi 1.1 (Office 2016): no notes, no comments, no merged-area API", () => {
  it("writes the explanations into a 评分说明 column right of the table and undoes it", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api: "1.1" });
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.refused).toBeNull();
    expect(outcome.noteMode).toBe("column");
    expect(outcome.syncs).toBe(2);
    expect(planMismatches(excel, outcome.plan!, "none")).toEqual([]);
    const sheet = excel.doc.sheets[0];
    // Table A4:H41 → column I; header on the first header row (row 4: 项目资金 … 得分).
    expect(sheet.peek(3, 8)?.value).toBe("评分说明");
    // one line for the note on the score cell and on the empty reason cell beside it
    expect(sheet.peek(16, 8)?.value).toMatch(/^G17、H17：【绩效评分】未完成但未填写偏差原因：[^\n]*$/);
    expect(sheet.peek(13, 8)?.value).toBe(
      "E14：【绩效评分】完成值为约数或区间：实际完成值“1000多人次”为约数，按1000人次计算",
    );
    const markedRows = new Set(outcome.plan!.writes.filter((w) => w.mark).map((w) => w.row));
    const texts = sheet.rows.map((r, i) => (r?.[8]?.value ? i : -1)).filter((i) => i >= 0 && i !== 3);
    expect(texts).toEqual([...markedRows].sort((x, y) => x - y));
    expect(sheet.notes.size).toBe(0);
    expect(excel.doc.comments).toHaveLength(0);
    expect(outcome.written).toBe(planCells(outcome.plan!).size + markedRows.size + 1);

    const undo = await host.undoLast();
    expect(undo.ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("reuses its own 评分说明 column on a second run instead of adding another", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api: "1.1" });
    await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    const once = snapshotDocument(excel.doc);
    await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    expect(snapshotDiff(once, snapshotDocument(excel.doc))).toEqual([]);
  });
});

describe("ExcelApi 1.10–1.17: threaded comments", () => {
  it("adds comments, replies to someone else's comment, updates its own on a re-run, and undoes all of it", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api: "1.17" });
    excel.doc.comments.push({
      id: "user-1",
      sheet: "绩效自评表",
      row: 16,
      col: 7,
      content: "王科长：原因稍后补",
      replies: [],
    });
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const first = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(first.noteMode).toBe("comments");
    // read, locate the existing comment, write the scores, then the comments in a batch of their own.
    expect(first.syncs).toBe(4);
    expect(planMismatches(excel, first.plan!, "comments")).toEqual([]);
    const user = excel.doc.commentAt("绩效自评表", 16, 7)!;
    expect(user.content).toBe("王科长：原因稍后补");
    expect(user.replies).toHaveLength(1);
    const count = excel.doc.comments.length;

    await host.run({ mode: "score", profile: central, marks: "all" });
    expect(excel.doc.comments).toHaveLength(count);
    expect(excel.doc.commentAt("绩效自评表", 16, 7)!.replies).toHaveLength(1);

    expect((await host.undoLast()).ok).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});

describe("payload limits (Excel on the web: 5 MB per request and response)", () => {
  it("chunks the writes with one sync per chunk, each under the limit, and says so", async () => {
    const grid = generateProjectGrid(3000);
    const excel = FakeExcel.fromGrid(grid, { payloadLimit: FIVE_MB });
    const host = hostOn(excel, { writeLimitBytes: 100_000 });
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.refused).toBeNull();
    expect(outcome.writeChunks).toBeGreaterThan(5);
    expect(outcome.syncs).toBe(1 + outcome.writeChunks);
    expect(outcome.notices.join()).toContain(`已分${outcome.writeChunks}批写入`);
    expect(planMismatches(excel, outcome.plan!, "notes")).toEqual([]);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes < 150_000)).toBe(true);
    // Undo is chunked the same way: every check first, then the restores.
    excel.resetStats();
    expect((await host.undoLast()).ok).toBe(true);
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(excel.syncCount % 2).toBe(0);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes < 150_000 && s.responseBytes < 150_000)).toBe(true);
  });

  it("reads and writes a 30,000-row sheet above 5 MB in chunks under the limit on Excel on the web", async () => {
    const grid = generateProjectGrid(30_000);
    const excel = FakeExcel.fromGrid(grid, { payloadLimit: FIVE_MB });
    const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    expect(outcome.refused).toBeNull();
    expect(excel.syncs[0]).toMatchObject({ ok: false, error: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.syncs.slice(1).every((s) => s.ok && s.requestBytes <= FIVE_MB && s.responseBytes <= FIVE_MB)).toBe(
      true,
    );
    expect(outcome.notices.join()).toMatch(/已分\d+次读取/);
    expect(outcome.writeChunks).toBeGreaterThan(1);
    expect(outcome.notices.join()).toContain(`超过网页版Excel单次5 MB上限，已分${outcome.writeChunks}批写入`);
    expect(planMismatches(excel, outcome.plan!, "notes")).toEqual([]);
    const sheet = excel.doc.sheets[0];
    const totalWrite = outcome.plan!.writes.find((w) => w.kind === "total")!;
    expect(sheet.peek(totalWrite.row, totalWrite.col)?.value).toBe(outcome.report.tables[0].total);
    expect(outcome.report.tables[0].indicators).toHaveLength(30_000);
  }, 60_000);
});

describe("merged areas", () => {
  it("reads again without merges when Excel refuses more than 512 merged areas", async () => {
    const grid = generateProjectGrid(600);
    grid.sheets[0].merges.push(...Array.from({ length: 600 }, (_, i) => ({ r1: 8 + i, c1: 7, r2: 8 + i, c2: 8 })));
    const excel = FakeExcel.fromGrid(grid);
    const outcome = await hostOn(excel).run({ mode: "score", profile: central, marks: "all" });
    expect(excel.syncs[0]).toMatchObject({ ok: false, error: "GeneralException" });
    expect(outcome.notices).toContain("合并单元格过多（超过512个），未读取合并区域。");
    expect(outcome.refused).toBeNull();
    expect(planMismatches(excel, outcome.plan!, "notes")).toEqual([]);
    expect(outcome.report.tables[0].total).toBe(planOf(grid).report.tables[0].total);
  });
});

describe.each(["1.1", "1.2", "1.4", "1.7", "1.9", "1.10", "1.13", "1.17", "1.18"])("ExcelApi %s", (api) => {
  it("scores both sheets of a workbook and undoes exactly, with the best note mode available", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("two-sheets-gansu-2021.xlsx"), { api });
    const before = snapshotDocument(excel.doc);
    const host = hostOn(excel);
    const outcome = await host.run({ mode: "score", profile: central, marks: "all" });
    const minor = Number(api.split(".")[1]);
    expect(outcome.refused).toBeNull();
    expect(outcome.noteMode).toBe(minor >= 18 ? "notes" : minor >= 10 ? "comments" : "column");
    expect(outcome.report.file).toBe("two-sheets-gansu-2021.xlsx");
    expect(outcome.report.tables.map((t) => t.total)).toEqual([96.88, 90.56]);
    expect(planMismatches(excel, outcome.plan!, minor >= 18 ? "notes" : minor >= 10 ? "comments" : "none")).toEqual([]);
    // Two sheets: two reads, one write; comments mode (1.10–1.17) adds the comments' own batch.
    expect(outcome.syncs).toBe(minor >= 10 && minor < 18 ? 4 : 3);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });
});
