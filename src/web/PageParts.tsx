// The page's smaller parts: its header (title and language switch), the ?demo=1 notice and the profile editor toggle.
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useState, type ReactNode } from "react";
import type { Profile } from "../core";
import { t, type Lang } from "../ui/i18n";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import type { DemoState } from "./usePageState";
import { webT } from "./webStrings";

const ProfileEditor = lazy(() => import(/* webpackChunkName: "profile-editor" */ "../ui/ProfileEditor"));

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
});

/** The page's title and the language switch. */
export function PageHeader(props: { lang: Lang; onLang: (lang: Lang) => void }): ReactNode {
  const styles = useStyles();
  const { lang } = props;
  return (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title}>{webT(lang, "pageTitle")}</h1>
        <p className={styles.subtitle}>{webT(lang, "pageSubtitle")}</p>
      </div>
      <LanguageSwitch lang={lang} onChange={props.onLang} />
    </header>
  );
}

/** While the ?demo=1 files load, a spinner; if they could not, why. */
export function DemoNotice(props: { lang: Lang; demo: DemoState }): ReactNode {
  const { lang, demo } = props;
  return (
    <>
      {demo.state === "loading" && <Spinner size="tiny" label={webT(lang, "demoLoading")} />}
      {demo.state === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{webT(lang, "demoFailed", { message: demo.message })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** 编辑评分方案: opens the profile editor (loaded when first opened), which saves in this browser. */
export function EditorToggle(props: { lang: Lang; initial: Profile; onSave: (profile: Profile) => void }): ReactNode {
  const { lang } = props;
  const [editorOpen, setEditorOpen] = useState(false);
  const tr = (key: Parameters<typeof t>[1]): string => t(lang, key);
  return (
    <>
      <Button icon={<Edit20Regular />} aria-expanded={editorOpen} onClick={() => setEditorOpen((o) => !o)}>
        {editorOpen ? tr("closeEditor") : tr("editProfile")}
      </Button>
      {editorOpen && (
        <Suspense fallback={<Spinner size="small" label={tr("loading")} />}>
          <ProfileEditor
            initial={props.initial}
            onSave={props.onSave}
            saveLabel={webT(lang, "saveProfile")}
            savedMessage={webT(lang, "profileSavedHere")}
          />
        </Suspense>
      )}
    </>
  );
}
