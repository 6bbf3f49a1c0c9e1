// The profile editor's state: the draft being edited, its field errors, the last save's outcome, the built-in to copy.
import { useState } from "react";
import { BUILT_IN_PROFILES, type Profile } from "../core";
import { useLang, type Lang } from "./i18n";
import { copyOfBuiltIn } from "./profiles";
import { draftFromProfile, type ProfileDraft } from "./profileForm";
import { validateDraft, type FieldErrors } from "./profileValidation";

/** The outcome of the last save attempt. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "invalid"; count: number }
  | { kind: "failed"; message: string };

/** The draft, its errors and a way to change it: what every field of the editor reads and writes. */
export interface DraftForm {
  draft: ProfileDraft;
  errors: FieldErrors;
  /** Merges `patch` into the draft; a shown 已保存 goes away. */
  edit: (patch: Partial<ProfileDraft>) => void;
}

/** Everything ProfileEditor draws and does. */
export interface ProfileEditorState extends DraftForm {
  status: SaveStatus;
  copySource: string;
  setCopySource: (id: string) => void;
  /** Replaces the draft with a copy of the chosen built-in profile. */
  copy: () => void;
  /** Validates the draft and, if it passes, saves it through `onSave`. */
  save: () => Promise<void>;
}

/** Validates `draft`; saves it when valid, reporting each step through the setters. */
async function saveDraft(
  lang: Lang,
  draft: ProfileDraft,
  onSave: (profile: Profile) => Promise<void> | void,
  setErrors: (errors: FieldErrors) => void,
  setStatus: (status: SaveStatus) => void,
): Promise<void> {
  const result = validateDraft(lang, draft);
  if (!result.ok) {
    setErrors(result.errors);
    setStatus({ kind: "invalid", count: Object.keys(result.errors).length });
    return;
  }
  setErrors({});
  setStatus({ kind: "saving" });
  try {
    await onSave(result.profile);
    setStatus({ kind: "saved" });
  } catch (err) {
    setStatus({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
  }
}

/** The editor's state, starting from `initial`; nothing is saved until every field passes ProfileSchema. */
export function useProfileEditor(
  initial: Profile,
  onSave: (profile: Profile) => Promise<void> | void,
): ProfileEditorState {
  const lang = useLang();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [copySource, setCopySource] = useState(BUILT_IN_PROFILES[0].id);

  const edit = (patch: Partial<ProfileDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    if (status.kind === "saved") setStatus({ kind: "idle" });
  };
  const copy = (): void => {
    const source = BUILT_IN_PROFILES.find((p) => p.id === copySource);
    if (!source) return;
    setDraft(draftFromProfile(copyOfBuiltIn(source)));
    setErrors({});
    setStatus({ kind: "idle" });
  };
  const save = (): Promise<void> => saveDraft(lang, draft, onSave, setErrors, setStatus);
  return { draft, errors, edit, status, copySource, setCopySource, copy, save };
}
