// Document settings (Office.context.document.settings): promisified save, and the workbook's scoring profile.
import { ProfileSchema, type Profile } from "../core/profile";
import type { SettingsLike } from "./environment";

/** Settings key of the profile stored in the workbook. */
export const PROFILE_SETTING = "selfeval.profile";

/** Saves the document settings; rejects with the reason when Office reports a failure. */
export function saveSettings(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === "failed") reject(new Error(result.error?.message || "saveAsync failed"));
      else resolve();
    });
  });
}

/** The profile stored in the workbook, validated; null when there is none or it is not a valid profile. */
export function readDocumentProfile(settings: SettingsLike | null): Profile | null {
  if (!settings) return null;
  let raw = settings.get(PROFILE_SETTING);
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = ProfileSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Validates and stores a profile in the workbook, then saves the settings. */
export async function writeDocumentProfile(settings: SettingsLike | null, profile: Profile): Promise<void> {
  const valid = ProfileSchema.parse(profile);
  if (!settings) throw new Error("此环境不支持在工作簿中保存设置 / document settings are not available here");
  settings.set(PROFILE_SETTING, valid);
  await saveSettings(settings);
}
