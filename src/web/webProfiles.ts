// The user's own profile in the browser: saved as JSON under one preference key, offered first in the picker.
import type { Profile } from "../core";
import { parseProfile } from "../core/schemas";
import type { PreferenceStore } from "../host/types";
import type { Lang } from "../ui/i18n";
import { availableProfiles, type ProfileChoice } from "../ui/profiles";
import { webT } from "./webStrings";

/** The preference key of the saved profile. */
export const CUSTOM_PROFILE_KEY = "customProfile";

/** The saved profile, or null when none is saved or what is stored no longer passes the schema. */
export function loadCustomProfile(prefs: PreferenceStore): Profile | null {
  const raw = prefs.get(CUSTOM_PROFILE_KEY);
  if (!raw) return null;
  try {
    return parseProfile(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Stores `profile` as the user's profile. */
export function saveCustomProfile(prefs: PreferenceStore, profile: Profile): void {
  prefs.set(CUSTOM_PROFILE_KEY, JSON.stringify(profile));
}

/** Picker entries: the saved profile first (marked 我的方案 / my profile), then the built-ins. */
export function webProfileChoices(lang: Lang, custom: Profile | null): ProfileChoice[] {
  return availableProfiles(custom).map((p) => {
    const name = lang === "en" ? p.nameEn : p.name;
    return { id: p.id, label: p === custom ? webT(lang, "myProfile", { name }) : name };
  });
}
