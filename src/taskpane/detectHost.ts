// Decides which workbook the pane works on: Excel through Office.js, or none (opened in a plain browser).
import type { WorkbookHost } from "../host/types";

/** The part of the Office global the detection uses. */
export interface OfficeGlobal {
  onReady(callback: (info: { host: unknown; platform?: unknown }) => void): unknown;
  HostType: { Excel: unknown };
}

/** The host to give the pane, and a bilingual note when there is none. */
export interface HostDetection {
  host: WorkbookHost | null;
  note?: string;
}

/** How long to wait for Office.onReady before giving up (ms). */
export const OFFICE_READY_TIMEOUT_MS = 15000;

/** Waits for Office.onReady; Excel gets `createHost()`, anything else (or no Office, or a timeout) gets null. */
export function detectHost(
  office: OfficeGlobal | undefined,
  createHost: () => WorkbookHost,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<HostDetection> {
  if (!office) return Promise.resolve({ host: null, note: "未加载 Office.js / Office.js is not loaded" });
  return new Promise<HostDetection>((resolve) => {
    const timer = setTimeout(
      () => resolve({ host: null, note: "Office 初始化超时 / Office did not start in time" }),
      timeoutMs,
    );
    office.onReady((info) => {
      clearTimeout(timer);
      if (info.host !== office.HostType.Excel) {
        const where = info.host ? String(info.host) : "浏览器 / browser";
        resolve({ host: null, note: `当前宿主：${where} / Current host: ${where}` });
        return;
      }
      try {
        resolve({ host: createHost() });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        resolve({ host: null, note: `无法连接工作簿：${message} / Cannot reach the workbook: ${message}` });
      }
    });
  });
}
