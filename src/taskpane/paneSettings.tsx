// The pane's settings (language, mode, profile, the blue-hints setting, the workbook's own profile) and the sentence
// that says, before the first run, what a run writes and where.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { Profile } from "../core";
import type { PreferenceStore, RunMode, WorkbookHost } from "../host/types";
import { parseLang, useT, type Lang, type MessageKey } from "../ui/i18n";
import { PREF_KEYS } from "../ui/preferences";
import { parseFlag, parseRunMode, usePreference } from "../ui/usePreference";

const useStyles = makeStyles({
  intro: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** Something that went wrong, with the title to show above the host's message. */
export interface Failure {
  title: MessageKey;
  message: string;
}

/** A failure from anything thrown. */
export function failureOf(title: MessageKey, err: unknown): Failure {
  return { title, message: err instanceof Error ? err.message : String(err) };
}

/** What a run writes and where, said before the first run (in the chosen mode). */
export function RunIntro(props: { mode: RunMode; infoMarks: boolean }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const marks = props.infoMarks && props.mode !== "check" ? ` ${tr("intro.infoMarks")}` : "";
  return (
    <p className={styles.intro} data-testid="run-intro">
      {tr(`intro.${props.mode}`)}
      {marks}
    </p>
  );
}

/** The workbook's own profile: loaded from the host once (then chosen, and the editor started again), and saved. */
function useDocumentProfile(
  host: WorkbookHost | null,
  setProfileId: (id: string) => void,
  onFailure: (f: Failure) => void,
): { documentProfile: Profile | null; editorSeed: number; saveProfile: (p: Profile) => Promise<void> } {
  const [documentProfile, setDocumentProfile] = useState<Profile | null>(null);
  const [editorSeed, setEditorSeed] = useState(0);
  useEffect(() => {
    if (!host) return;
    let live = true;
    host.loadDocumentProfile().then(
      (p) => {
        if (!live || !p) return;
        setDocumentProfile(p);
        setProfileId(p.id);
        setEditorSeed((n) => n + 1);
      },
      (err: unknown) => live && onFailure(failureOf("profileLoadFailed", err)),
    );
    return () => {
      live = false;
    };
  }, [host, setProfileId, onFailure]);

  const saveProfile = async (p: Profile): Promise<void> => {
    if (!host) return;
    await host.saveDocumentProfile(p);
    setDocumentProfile(p);
    setProfileId(p.id);
  };
  return { documentProfile, editorSeed, saveProfile };
}

/** Workbook, profile and language state of the pane, with the document profile loaded from the host. */
export function usePaneSettings(host: WorkbookHost | null, prefs: PreferenceStore, onFailure: (f: Failure) => void) {
  const [lang, setLang] = usePreference<Lang>(prefs, PREF_KEYS.language, parseLang);
  const [mode, setMode] = usePreference(prefs, PREF_KEYS.mode, parseRunMode);
  const [profileId, setProfileId] = usePreference<string>(prefs, PREF_KEYS.profileId, (raw) => raw ?? "");
  const [infoMarks, setInfoMarks] = usePreference(prefs, PREF_KEYS.infoMarks, parseFlag);
  useEffect(() => {
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  }, [lang]);
  const { documentProfile, editorSeed, saveProfile } = useDocumentProfile(host, setProfileId, onFailure);
  return {
    lang,
    setLang,
    mode,
    setMode,
    profileId,
    setProfileId,
    documentProfile,
    editorSeed,
    saveProfile,
    infoMarks: infoMarks === "true",
    setInfoMarks: (on: boolean) => setInfoMarks(on ? "true" : "false"),
  };
}

/** The pane's settings as usePaneSettings returns them. */
export type PaneSettings = ReturnType<typeof usePaneSettings>;
