// The zip container: stored/deflated entries, data descriptors, UTF-8 names, verbatim copies of unchanged entries.
import * as zlib from "node:zlib";
import { readXlsx, applyPlan } from "../../src/xlsx";
import { entryData, readZip, writeZip } from "../../src/xlsx/zip";
import { readmeWorkbooks, workbookBytes } from "../helpers/fixtures";
import { minimalXlsx, rawZip, sheetXml, unzipParts, type RawEntry } from "./builders";

/** The raw local record (header + compressed data + descriptor) of each entry, by name. */
function localRecords(bytes: Uint8Array): Map<string, Buffer> {
  const zip = readZip(bytes, "x");
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.localStart, e.localEnd))]));
}

describe("zip reading", () => {
  const entries: RawEntry[] = [
    { name: "stored.txt", data: "平平无奇", method: 0 },
    { name: "deflated.txt", data: "得分".repeat(500) },
    { name: "signed-descriptor.txt", data: "a".repeat(3000), descriptor: "signed" },
    { name: "unsigned-descriptor.txt", data: "b".repeat(3000), descriptor: "unsigned" },
    { name: "目录/中文 名称.xml", data: "<x>中文</x>", descriptor: "signed" },
  ];
  const bytes = rawZip(entries, "archive comment 注释");

  test("reads every entry whatever its method, descriptor or name", () => {
    const zip = readZip(bytes, "t.zip");
    expect(zip.entries.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    for (const e of entries) {
      const entry = zip.byKey.get(e.name.toLowerCase())!;
      expect(new TextDecoder().decode(entryData(zip, entry, "t.zip"))).toBe(e.data);
    }
    expect(zip.entries[2].localEnd - zip.entries[2].dataStart - zip.entries[2].compressedSize).toBe(16);
    expect(zip.entries[3].localEnd - zip.entries[3].dataStart - zip.entries[3].compressedSize).toBe(12);
  });

  test("writing with no change reproduces the archive byte for byte (fixtures included)", () => {
    for (const input of [bytes, ...readmeWorkbooks().map(workbookBytes)]) {
      const out = writeZip(readZip(input, "x"), { replace: new Map(), add: [] });
      expect(Buffer.compare(Buffer.from(out), Buffer.from(input))).toBe(0);
    }
  });

  test("changed entries are re-deflated, deleted ones dropped, new ones appended; the rest copied verbatim", () => {
    const zip = readZip(bytes, "t.zip");
    const out = writeZip(zip, {
      replace: new Map<string, Uint8Array | null>([
        ["deflated.txt", new TextEncoder().encode("新内容")],
        ["stored.txt", null],
      ]),
      add: [{ name: "新增/文件.xml", data: new TextEncoder().encode("<新/>") }],
    });
    const parts = unzipParts(out);
    expect([...parts.keys()]).toEqual(["deflated.txt", "signed-descriptor.txt", "unsigned-descriptor.txt", "目录/中文 名称.xml", "新增/文件.xml"]);
    expect(parts.get("deflated.txt")!.toString("utf8")).toBe("新内容");
    expect(parts.get("新增/文件.xml")!.toString("utf8")).toBe("<新/>");
    const before = localRecords(bytes);
    const after = localRecords(out);
    for (const name of ["signed-descriptor.txt", "unsigned-descriptor.txt", "目录/中文 名称.xml"]) {
      expect(Buffer.compare(after.get(name)!, before.get(name)!)).toBe(0);
    }
    expect(Buffer.from(out).subarray(-"archive comment 注释".length - 3).toString("utf8")).toContain("注释");
  });
});

describe("a workbook with data descriptors and stored parts", () => {
  test("is read and written; untouched parts keep their exact local records", () => {
    const plain = unzipParts(
      minimalXlsx({ sheets: [{ name: "表", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }, { name: "另", xml: sheetXml("") }] }),
    );
    const odd = rawZip([...plain].map(([name, data], i) => ({ name, data, method: i % 2 ? 0 : 8, descriptor: i % 3 ? "signed" : "unsigned" })));
    const wb = readXlsx(odd, "odd.xlsx");
    expect(wb.grid.sheets[0].values).toEqual([[1]]);
    const out = applyPlan(wb, [{ sheet: "表", row: 0, col: 1, address: "B1", kind: "score", value: 2 }]);
    const before = localRecords(odd);
    const after = localRecords(out);
    for (const [name, record] of before) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect([name, Buffer.compare(after.get(name)!, record)]).toEqual([name, 0]);
    }
    expect(readXlsx(out, "out.xlsx").grid.sheets[0].values).toEqual([[1, 2]]);
    let calls = 0;
    const viaZlib = applyPlan(wb, [{ sheet: "表", row: 0, col: 1, address: "B1", kind: "score", value: 2 }], {
      deflateRaw: (data) => (calls++, new Uint8Array(zlib.deflateRawSync(data))),
    });
    expect(calls).toBe(1);
    expect(readXlsx(viaZlib, "zlib.xlsx").grid.sheets[0].values).toEqual([[1, 2]]);
  });
});
