// 中文 / English: two toggle buttons, each labelled in its own language.
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT, type Lang } from "./i18n";

/** Props of LanguageSwitch. */
export interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

const LANGS: readonly { lang: Lang; label: string; htmlLang: string }[] = [
  { lang: "zh", label: "中文", htmlLang: "zh-CN" },
  { lang: "en", label: "English", htmlLang: "en" },
];

const useStyles = makeStyles({
  root: { display: "inline-flex", gap: tokens.spacingHorizontalXS },
});

/** The language switch; the current language is pressed. */
export function LanguageSwitch(props: LanguageSwitchProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={tr("languageLabel")}>
      {LANGS.map((l) => (
        <ToggleButton
          key={l.lang}
          size="small"
          lang={l.htmlLang}
          checked={props.lang === l.lang}
          onClick={() => props.lang !== l.lang && props.onChange(l.lang)}
        >
          {l.label}
        </ToggleButton>
      ))}
    </div>
  );
}
