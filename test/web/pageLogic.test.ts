// Small page helpers: the demo switch and fetch, the saved profile, download names and types, preview JSON,
// the outcome the shared components get (including a refused write on a protected sheet).
import { strToU8, unzipSync, zipSync, strFromU8 } from "fflate";
import { BUILT_IN_PROFILES, type Profile } from "../../src/core/profile";
import { failedReport } from "../../src/core/failedReport";
import { buildReport } from "../../src/core/reportBuilder";
import { createMemoryPreferenceStore } from "../../src/ui/preferences";
import { DEMO_WORKBOOK, fetchDemoWorkbook, wantsDemo } from "../../src/web/demo";
import { mimeOf } from "../../src/web/downloads";
import { jsonBlob, jsonBytes } from "../../src/reports/prettyJson";
import { outcomeOf } from "../../src/web/outcome";
import { parsePreviews } from "../../src/web/previewJson";
import { CUSTOM_PROFILE_KEY, loadCustomProfile, saveCustomProfile, webProfileChoices } from "../../src/web/webProfiles";
import { webT } from "../../src/web/webStrings";
import { scoreFileBytes } from "../../src/web/workerTasks";
import { workbookBytes } from "../helpers/fixtures";

describe("demo", () => {
  it("is asked for with ?demo=1 only", () => {
    expect(wantsDemo("?demo=1")).toBe(true);
    expect(wantsDemo("?lang=en&demo=1")).toBe(true);
    expect(wantsDemo("?demo=0")).toBe(false);
    expect(wantsDemo("")).toBe(false);
  });

  it("fetches the example from the page's own origin (a relative, encoded path) as a file source", async () => {
    const urls: string[] = [];
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]).buffer;
    const fake = (async (url: string) => {
      urls.push(url);
      return { ok: true, status: 200, blob: async () => new Blob([bytes]) } as Response;
    }) as unknown as typeof fetch;
    const [file] = await fetchDemoWorkbook(fake);
    expect(urls).toEqual([encodeURI(DEMO_WORKBOOK)]);
    expect(urls[0]).not.toMatch(/^https?:|^\/\//);
    expect(file.name).toBe("绩效自评表示例.xlsx");
    expect(file.file.size).toBe(4);
    expect(new Uint8Array(await file.file.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
  });

  it("rejects when the example is not there", async () => {
    const fake = (async () => ({ ok: false, status: 404 }) as Response) as unknown as typeof fetch;
    await expect(fetchDemoWorkbook(fake)).rejects.toThrow("HTTP 404");
  });
});

describe("the saved profile", () => {
  const mine: Profile = { ...BUILT_IN_PROFILES[0], id: "mine", name: "本局方案", nameEn: "Our bureau", fullMark: 100 };

  it("round-trips through the preference store and comes first in the picker, marked", () => {
    const prefs = createMemoryPreferenceStore();
    expect(loadCustomProfile(prefs)).toBeNull();
    saveCustomProfile(prefs, mine);
    const loaded = loadCustomProfile(prefs);
    expect(loaded).toEqual(mine);
    const zh = webProfileChoices("zh", loaded);
    expect(zh[0]).toEqual({ id: "mine", label: "本局方案（我的方案）" });
    expect(zh.map((c) => c.id)).toEqual(["mine", "central-2020", "qualitative-80-50", "sichuan"]);
    expect(webProfileChoices("en", loaded)[0].label).toBe("Our bureau (my profile)");
  });

  it("ignores stored text that is not a valid profile", () => {
    expect(loadCustomProfile(createMemoryPreferenceStore({ [CUSTOM_PROFILE_KEY]: "{not json" }))).toBeNull();
    expect(
      loadCustomProfile(
        createMemoryPreferenceStore({ [CUSTOM_PROFILE_KEY]: JSON.stringify({ ...mine, fullMark: -5 }) }),
      ),
    ).toBeNull();
  });
});

describe("downloads", () => {
  it("types files by extension", () => {
    expect(mimeOf("a.scored.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(mimeOf("m.scored.XLSM")).toBe("application/vnd.ms-excel.sheet.macroEnabled.12");
    expect(mimeOf("selfeval-report.json")).toBe("application/json");
    expect(mimeOf("selfeval-results.zip")).toBe("application/zip");
    expect(mimeOf("x.bin")).toBe("application/octet-stream");
  });

  it("writes the report as the command line does: pretty JSON with a final newline", async () => {
    const empty = buildReport([], "central-2020");
    const text =
      '{\n  "reportVersion": 8,\n  "generator": "selfeval 0.1.0",\n  "profile": "central-2020",\n  "files": []\n}\n';
    expect(new TextDecoder().decode(jsonBytes(empty))).toBe(text);
    expect(await jsonBlob(empty).text()).toBe(text);
    // 1,200 files (the files array cut into pieces of 512): the same text as stringified whole
    const many = buildReport(
      Array.from({ length: 1200 }, (_v, i) => failedReport(`单位${i}.xlsx`, "FILE_UNREADABLE", "无法读取")),
      "central-2020",
    );
    const whole = JSON.stringify(many, null, 2) + "\n";
    expect(new TextDecoder().decode(jsonBytes(many))).toBe(whole);
    const blob = jsonBlob(many);
    expect([blob.type, await blob.text()]).toEqual(["application/json", whole]);
  });
});

describe("page strings", () => {
  it("fill placeholders in both languages", () => {
    expect(webT("zh", "progress", { done: 3, total: 200 })).toBe("正在处理 3/200");
    expect(webT("en", "batchDone", { done: 200, total: 200, seconds: "2.4" })).toBe("Finished 200/200 in 2.4 s");
  });
});

describe("parsePreviews", () => {
  it("returns the array, or nothing for text that is not a JSON array", () => {
    expect(
      parsePreviews('[{"sheet":"S","range":"A1:B2","columns":["A","B"],"rows":[],"hiddenRows":0,"hiddenCols":0}]')[0]
        .range,
    ).toBe("A1:B2");
    expect(parsePreviews("{}")).toEqual([]);
    expect(parsePreviews("")).toEqual([]);
  });
});

describe("outcomeOf", () => {
  it("counts what was written and says notes were attached", () => {
    const result = scoreFileBytes(workbookBytes("project-gansu-2021.xlsx"), "p.xlsx", {
      mode: "score",
      profile: BUILT_IN_PROFILES[0],
      lang: "zh",
    });
    expect(outcomeOf(result)).toMatchObject({ written: 35, noteMode: "notes", refused: null, plan: null });
  });

  it("turns a protected sheet into a refusal: scored in the report, nothing written, no duplicate file error", () => {
    const files = unzipSync(workbookBytes("project-gansu-2021.xlsx"));
    const sheetName = Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) as string;
    files[sheetName] = strToU8(
      strFromU8(files[sheetName]).replace(
        "</sheetData>",
        '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>',
      ),
    );
    const result = scoreFileBytes(zipSync(files), "locked.xlsx", {
      mode: "score",
      profile: BUILT_IN_PROFILES[0],
      lang: "zh",
    });
    expect(result.output).toBeNull();
    expect(result.report.tables[0].total).toBe(96.88);
    expect(result.report.errors.map((e) => e.code)).toEqual(["SHEET_PROTECTED"]);
    const outcome = outcomeOf(result);
    expect(outcome.refused?.code).toBe("SHEET_PROTECTED");
    expect(outcome.refused?.message).toContain("撤销工作表保护");
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.written).toBe(0);
  });
});
