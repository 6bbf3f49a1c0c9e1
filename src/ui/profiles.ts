// The profiles the pane offers: the built-in ones plus the profile stored in the document.
import { BUILT_IN_PROFILES, DEFAULT_PROFILE_ID, type Profile } from "../core";
import { t, type Lang } from "./i18n";

/** One entry of the profile picker. */
export interface ProfileChoice {
  id: string;
  label: string;
}

/** The profiles to offer: the document's own first (it replaces a built-in with the same id), then the built-ins. */
export function availableProfiles(documentProfile: Profile | null): Profile[] {
  const builtIns = BUILT_IN_PROFILES.filter((p) => p.id !== documentProfile?.id);
  return documentProfile ? [documentProfile, ...builtIns] : [...builtIns];
}

/** Picker entries in `lang`; the document's profile is marked （本工作簿） / (this workbook). */
export function profileChoices(lang: Lang, documentProfile: Profile | null): ProfileChoice[] {
  return availableProfiles(documentProfile).map((p) => {
    const name = lang === "en" ? p.nameEn : p.name;
    return { id: p.id, label: p === documentProfile ? t(lang, "profileDocument", { name }) : name };
  });
}

/** The profile with `id`, else the document's, else the default built-in. */
export function resolveProfile(id: string | null, documentProfile: Profile | null): Profile {
  const all = availableProfiles(documentProfile);
  return (
    all.find((p) => p.id === id) ??
    documentProfile ??
    all.find((p) => p.id === DEFAULT_PROFILE_ID) ??
    BUILT_IN_PROFILES[0]
  );
}

/** A copy of a profile to edit: a new id and （自定义） / (custom) added to its names. */
export function copyOfBuiltIn(p: Profile): Profile {
  return { ...p, id: `${p.id}-custom`, name: p.name + t("zh", "copySuffix"), nameEn: p.nameEn + t("en", "copySuffix") };
}
