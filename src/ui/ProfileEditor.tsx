// The profile editor: every Profile setting, copy a built-in to start, validate with the schema, save by callback.
import { Button, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular, Save20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { BUILT_IN_PROFILES, type Profile } from "../core";
import { useLang, useT } from "./i18n";
import { RuleSections, ScoringSections } from "./ProfileSections";
import { useProfileEditor, type SaveStatus } from "./useProfileEditor";

/** Props of ProfileEditor. */
export interface ProfileEditorProps {
  /** The profile to start from (the document's, or the selected built-in). */
  initial: Profile;
  /** Called with a validated profile; a rejected promise is shown as 保存失败. */
  onSave: (profile: Profile) => Promise<void> | void;
  /** Label of the save button (default 保存到工作簿; the browser page saves in the browser instead). */
  saveLabel?: string;
  /** Message after a successful save (default 评分方案已保存到本工作簿。). */
  savedMessage?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  copy: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalXS },
});

/** The outcome of the last save attempt. */
function StatusBar(props: { status: SaveStatus; savedMessage?: string }): ReactNode {
  const tr = useT();
  const { status } = props;
  if (status.kind === "invalid") return bar("error", tr("invalidCount", { n: status.count }));
  if (status.kind === "saved") return bar("success", props.savedMessage ?? tr("saved"));
  if (status.kind === "failed") return bar("error", `${tr("saveFailed")}：${status.message}`);
  return null;
}

/** A one-line message bar. */
function bar(intent: "error" | "success", text: string): ReactNode {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** 复制 a built-in profile: the select of built-ins and its button. */
function CopyFromBuiltIn(props: { source: string; onSource: (id: string) => void; onCopy: () => void }): ReactNode {
  const tr = useT();
  const lang = useLang();
  const styles = useStyles();
  return (
    <div className={styles.copy}>
      <Select aria-label={tr("copyFrom")} value={props.source} onChange={(_e, d) => props.onSource(d.value)}>
        {BUILT_IN_PROFILES.map((p) => (
          <option key={p.id} value={p.id}>
            {lang === "en" ? p.nameEn : p.name}
          </option>
        ))}
      </Select>
      <Button icon={<Copy20Regular />} onClick={props.onCopy}>
        {tr("copyButton")}
      </Button>
    </div>
  );
}

/** Edits a profile; nothing is saved until every field passes ProfileSchema. */
export default function ProfileEditor(props: ProfileEditorProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const editor = useProfileEditor(props.initial, props.onSave);
  const { status } = editor;
  return (
    <section className={styles.root} aria-labelledby="selfeval-editor-heading">
      <h2 id="selfeval-editor-heading" className={styles.heading}>
        {tr("editorTitle")}
      </h2>
      <CopyFromBuiltIn source={editor.copySource} onSource={editor.setCopySource} onCopy={editor.copy} />
      <ScoringSections form={editor} />
      <RuleSections form={editor} />
      <StatusBar status={status} savedMessage={props.savedMessage} />
      <Button
        appearance="primary"
        icon={<Save20Regular />}
        disabled={status.kind === "saving"}
        onClick={() => void editor.save()}
      >
        {status.kind === "saving" ? tr("saving") : (props.saveLabel ?? tr("save"))}
      </Button>
    </section>
  );
}

export { ProfileEditor };
