// What the worker does with real workbooks: scored bytes that read back right, check mode, bad files, the zip.
import { unzipSync, strFromU8 } from "fflate";
import { BUILT_IN_PROFILES } from "../../src/core";
import { applyPlan, readBack, readXlsx } from "../../src/xlsx";
import { parsePreviews } from "../../src/web/previewJson";
import { scoreFileBytes, scoreFileBytesAsync, zipFiles } from "../../src/web/workerTasks";
import { hasDeflateRawStream, pagePacker } from "../../src/web/pageCodec";
import { STORE_BELOW } from "../../src/xlsx/codec";
import { readZip } from "../../src/xlsx/zip";
import { readmeWorkbooks, workbookBytes } from "../helpers/fixtures";

const central = BUILT_IN_PROFILES[0];
const zh = { mode: "score" as const, profile: central, lang: "zh" as const };

describe("scoreFileBytes", () => {
  it("scores project-gansu-2021.xlsx and returns a workbook whose cells read back as written", () => {
    const result = scoreFileBytes(workbookBytes("project-gansu-2021.xlsx"), "project-gansu-2021.xlsx", zh);
    const table = result.report.tables[0];
    expect(table.total).toBe(96.88);
    expect(table.grade).toBe("优");
    expect(table.funding?.score).toBe(7.68);
    expect(result.report.output).toBe("project-gansu-2021.scored.xlsx");
    // 34 values and the one warning's two cells (H17 empty reason, G17 its score: one of the 34): info stays in the report
    expect(result.written).toBe(35);
    expect(result.notes).toBe(true);
    expect(result.previewJson).toBeUndefined(); // a batch's result carries none
    const opened = scoreFileBytes(workbookBytes("project-gansu-2021.xlsx"), "p.xlsx", { ...zh, previews: true });
    expect(parsePreviews(opened.previewJson ?? "").map((p) => p.range)).toEqual(["A4:H41"]);
    const sheet = readBack(result.output as Uint8Array).get("绩效自评表");
    expect(sheet?.get("G17")?.value).toBe(2.2);
    expect(sheet?.get("G41")?.value).toBe(96.88);
    expect(sheet?.get("H5")?.value).toBe(7.68);
    expect(sheet?.get("H17")?.note).toContain("【绩效评分】");
  });

  it("scoring its own scored copy after the reason was filled in clears the old marks on H17 and G17 and counts them", () => {
    const first = scoreFileBytes(workbookBytes("project-gansu-2021.xlsx"), "p.xlsx", zh);
    expect(first.cleared).toBe(0);
    const wb = readXlsx(first.output as Uint8Array, "p.xlsx");
    const typed = applyPlan(wb, [
      { sheet: "绩效自评表", row: 16, col: 7, address: "H17", kind: "score", value: "出版推迟" },
    ]);
    const again = scoreFileBytes(typed, "p.scored.xlsx", zh);
    expect(again.cleared).toBe(2);
    expect(
      readBack(again.output as Uint8Array)
        .get("绩效自评表")
        ?.get("H17"),
    ).toMatchObject({ value: "出版推迟", note: null, fill: null });
  });

  it.each(readmeWorkbooks())("gives %s the totals of the fixtures README", (name) => {
    const result = scoreFileBytes(workbookBytes(name), name, zh);
    const totals = result.report.tables.map((t) => (t.mode === "check-only" ? "check-only" : `${t.total} ${t.grade}`));
    const expected: Record<string, string[]> = {
      "department-gansu-2021.xlsx": ["90.56 优"],
      "department-gansu-2021-split.xlsx": ["90.56 优"],
      "department-gansu-2021-submitted.xlsx": ["90.56 优"],
      "no-weights-xiqu-2021.xlsx": ["check-only"],
      "targets-hengshui-2021.xlsx": ["check-only", "check-only"],
      "two-sheets-gansu-2021.xlsx": ["96.88 优", "90.56 优"],
    };
    expect(totals).toEqual(expected[name] ?? ["96.88 优"]);
    expect(result.report.errors).toEqual([]);
  });

  it("writes nothing in target review and still reports and previews", () => {
    const result = scoreFileBytes(workbookBytes("targets-hengshui-2021.xlsx"), "targets-hengshui-2021.xlsx", {
      ...zh,
      mode: "check",
      previews: true,
    });
    expect(result.output).toBeNull();
    expect(result.report.output).toBeNull();
    expect(result.written).toBe(0);
    // each table's 指标值确定依据 column is said to be not read (HEADER_IGNORED), then the target review's flags
    expect(result.report.tables.map((t) => t.findings.length)).toEqual([4, 3]);
    expect(result.report.tables.map((t) => t.findings[0].code)).toEqual(["HEADER_IGNORED", "HEADER_IGNORED"]);
    expect(parsePreviews(result.previewJson ?? "").map((p) => p.range)).toEqual(["A4:E18", "A25:E34"]);
  });

  it("turns a legacy .xls into FILE_LEGACY_FORMAT with the save-as message, in the run's language", () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const zhResult = scoreFileBytes(cfb, "旧表.xls", zh);
    expect(zhResult.report.errors[0].code).toBe("FILE_LEGACY_FORMAT");
    expect(zhResult.report.errors[0].message).toContain("另存为");
    expect(zhResult.output).toBeNull();
    const enResult = scoreFileBytes(cfb, "old.et", { ...zh, lang: "en" });
    expect(enResult.report.errors[0].message).toContain("save it as an Excel workbook (.xlsx)");
  });

  it("reports a text file as unreadable without throwing", () => {
    const result = scoreFileBytes(new TextEncoder().encode("not a workbook"), "notes.xlsx", { ...zh, previews: true });
    expect(result.report.errors.map((e) => e.code)).toEqual(["FILE_UNREADABLE"]);
    expect(result.report.tables).toEqual([]);
    expect(result.previewJson).toBe("[]");
  });
});

describe("zipFiles", () => {
  it("packs workbooks and the report so that they unzip byte for byte", () => {
    const book = workbookBytes("no-weights-xiqu-2021.xlsx");
    const json = new TextEncoder().encode('{"reportVersion":1}\n');
    const zipped = zipFiles([
      { name: "a.scored.xlsx", bytes: book },
      { name: "selfeval-report.json", bytes: json },
    ]);
    const back = unzipSync(zipped);
    expect(Object.keys(back).sort()).toEqual(["a.scored.xlsx", "selfeval-report.json"]);
    expect(Buffer.from(back["a.scored.xlsx"]).equals(Buffer.from(book))).toBe(true);
    expect(strFromU8(back["selfeval-report.json"])).toBe('{"reportVersion":1}\n');
  });
});

describe("scoreFileBytesAsync (the page's worker)", () => {
  it.each([
    ["CompressionStream", true],
    ["fflate", false],
  ])(
    "packs the changed parts with %s: the same parts as the synchronous path, the sheet deflated, small parts stored",
    async (_name, native) => {
      const bytes = workbookBytes("project-gansu-2021.xlsx");
      const sync = scoreFileBytes(bytes, "p.xlsx", zh);
      const result = await scoreFileBytesAsync(bytes, "p.xlsx", zh, pagePacker(native));
      expect(result.report).toEqual(sync.report);
      const [a, b] = [unzipSync(sync.output as Uint8Array), unzipSync(result.output as Uint8Array)];
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const name of Object.keys(a)) expect([name, strFromU8(b[name])]).toEqual([name, strFromU8(a[name])]);
      const methods = new Map(readZip(result.output as Uint8Array, "p").entries.map((e) => [e.name, e.method]));
      expect(methods.get("xl/worksheets/sheet1.xml")).toBe(8);
      expect(
        [...readZip(result.output as Uint8Array, "p").entries]
          .filter((e) => e.method === 0)
          .every((e) => e.size < STORE_BELOW || e.compressedSize === e.size),
      ).toBe(true);
    },
  );

  it("the CompressionStream is there in this runtime (Node 20, Chromium)", () => {
    expect(hasDeflateRawStream()).toBe(true);
  });
});
