import { detectHost, type OfficeGlobal } from "../../src/taskpane/detectHost";
import { FakeHost } from "./fakes";

/** An Office global whose onReady answers with `host` (or never, when host is undefined). */
function fakeOffice(host: string | null | undefined): OfficeGlobal {
  return {
    HostType: { Excel: "Excel" },
    onReady(callback) {
      if (host !== undefined) setTimeout(() => callback({ host, platform: "PC" }), 0);
      return undefined;
    },
  };
}

describe("detectHost", () => {
  test("Excel gets the workbook host", async () => {
    const host = new FakeHost();
    const create = jest.fn(() => host);
    await expect(detectHost(fakeOffice("Excel"), create)).resolves.toEqual({ host });
    expect(create).toHaveBeenCalledTimes(1);
  });

  test("no Office.js, another Office app, or a plain browser: no host, and a note", async () => {
    const create = jest.fn(() => new FakeHost());
    await expect(detectHost(undefined, create)).resolves.toEqual({
      host: null,
      note: "未加载 Office.js / Office.js is not loaded",
    });
    await expect(detectHost(fakeOffice("Word"), create)).resolves.toEqual({
      host: null,
      note: "当前宿主：Word / Current host: Word",
    });
    const browser = await detectHost(fakeOffice(null), create);
    expect(browser.host).toBeNull();
    expect(browser.note).toContain("浏览器");
    expect(create).not.toHaveBeenCalled();
  });

  test("a host that cannot be created, or Office that never starts, gives no host", async () => {
    const broken = await detectHost(fakeOffice("Excel"), () => {
      throw new Error("ExcelApi 1.4 not supported");
    });
    expect(broken).toEqual({ host: null, note: expect.stringContaining("ExcelApi 1.4 not supported") });
    jest.useFakeTimers();
    try {
      const pending = detectHost(fakeOffice(undefined), () => new FakeHost(), 1000);
      jest.advanceTimersByTime(1000);
      await expect(pending).resolves.toEqual({ host: null, note: "Office 初始化超时 / Office did not start in time" });
    } finally {
      jest.useRealTimers();
    }
  });
});
