// The profile editor: every Profile setting, copy a built-in to start, validate with the schema, save by callback.
import { Button, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular, Save20Regular } from "@fluentui/react-icons";
import { createElement, useState, type ReactNode } from "react";
import { BUILT_IN_PROFILES, type Profile } from "../core";
import { useLang, useT, type MessageKey } from "./i18n";
import { copyOfBuiltIn } from "./profiles";
import { ChoiceField, CheckField, TextField, WeightsEditor } from "./ProfileFields";
import { draftFromProfile, type ProfileDraft } from "./profileForm";
import { validateDraft, type FieldErrors } from "./profileValidation";

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

type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "invalid"; count: number }
  | { kind: "failed"; message: string };

/** Draft fields that hold plain text or numbers (everything but weights, tuples and the checkbox). */
type TextKey = { [K in keyof ProfileDraft]: ProfileDraft[K] extends string ? K : never }[keyof ProfileDraft];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  copy: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalXS },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** The outcome of the last save attempt. */
function StatusBar(props: { status: Status; savedMessage?: string }): ReactNode {
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

/** Edits a profile; nothing is saved until every field passes ProfileSchema. */
export default function ProfileEditor(props: ProfileEditorProps): ReactNode {
  const tr = useT();
  const lang = useLang();
  const styles = useStyles();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(props.initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [copySource, setCopySource] = useState(BUILT_IN_PROFILES[0].id);

  const edit = (patch: Partial<ProfileDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    if (status.kind === "saved") setStatus({ kind: "idle" });
  };
  const text = (key: TextKey, label: MessageKey, numeric = false, hint?: string): ReactNode => (
    <TextField
      label={tr(label)}
      value={draft[key]}
      numeric={numeric}
      hint={hint}
      error={errors[key]}
      onChange={(v) => edit({ [key]: v })}
    />
  );
  const list = (key: TextKey, label: MessageKey): ReactNode => text(key, label, false, tr("listHint"));
  const tuple = <K extends "points" | "bandFloors">(key: K, i: number, label: MessageKey): ReactNode => (
    <TextField
      label={tr(label)}
      value={draft[key][i]}
      numeric
      error={errors[`${key}.${i}`]}
      onChange={(v) => edit({ [key]: draft[key].map((old, j) => (j === i ? v : old)) } as Partial<ProfileDraft>)}
    />
  );
  const rounding = (key: "fundingMode" | "scoreMode"): ReactNode => (
    <ChoiceField
      label={tr("field.roundingMode")}
      value={draft[key]}
      error={errors[key]}
      options={[
        { value: "half-up", label: tr("rounding.half-up") },
        { value: "floor", label: tr("rounding.floor") },
      ]}
      onChange={(v) => edit({ [key]: v })}
    />
  );
  // Fields are passed as separate children (not one array), so they need no keys.
  const section = (title: MessageKey, fields: ReactNode[]): ReactNode =>
    createElement(
      "fieldset",
      { className: styles.section },
      <legend className={styles.legend}>{tr(title)}</legend>,
      ...fields,
    );

  const copy = (): void => {
    const source = BUILT_IN_PROFILES.find((p) => p.id === copySource);
    if (!source) return;
    setDraft(draftFromProfile(copyOfBuiltIn(source)));
    setErrors({});
    setStatus({ kind: "idle" });
  };
  const save = async (): Promise<void> => {
    const result = validateDraft(lang, draft);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: "invalid", count: Object.keys(result.errors).length });
      return;
    }
    setErrors({});
    setStatus({ kind: "saving" });
    try {
      await props.onSave(result.profile);
      setStatus({ kind: "saved" });
    } catch (err) {
      setStatus({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="selfeval-editor-heading">
      <h2 id="selfeval-editor-heading" className={styles.heading}>
        {tr("editorTitle")}
      </h2>
      <div className={styles.copy}>
        <Select aria-label={tr("copyFrom")} value={copySource} onChange={(_e, d) => setCopySource(d.value)}>
          {BUILT_IN_PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {lang === "en" ? p.nameEn : p.name}
            </option>
          ))}
        </Select>
        <Button icon={<Copy20Regular />} onClick={copy}>
          {tr("copyButton")}
        </Button>
      </div>
      {section("section.general", [
        text("id", "field.id"),
        text("name", "field.name"),
        text("nameEn", "field.nameEn"),
        text("fullMark", "field.fullMark", true),
      ])}
      {section("section.weights", [
        <WeightsEditor rows={draft.weights} errors={errors} onChange={(weights) => edit({ weights })} />,
      ])}
      {section("section.funding", [
        text("fundingWeight", "field.fundingWeight", true),
        text("fundingDecimals", "field.decimals", true),
        rounding("fundingMode"),
        text("reasonBelowRate", "field.reasonBelowRate", true),
      ])}
      {section("section.rounding", [text("scoreDecimals", "field.decimals", true), rounding("scoreMode")])}
      {section("section.qualitative", [
        tuple("points", 0, "field.pointsAchieved"),
        tuple("points", 1, "field.pointsPartial"),
        tuple("points", 2, "field.pointsMissed"),
        tuple("bandFloors", 0, "field.floorAchieved"),
        tuple("bandFloors", 1, "field.floorPartial"),
        list("vocabAchieved", "field.vocabAchieved"),
        list("vocabPartial", "field.vocabPartial"),
        list("vocabMissed", "field.vocabMissed"),
      ])}
      {section("section.over", [
        text("overThreshold", "field.overThreshold", true),
        <ChoiceField
          label={tr("field.overAction")}
          value={draft.overAction}
          error={errors.overAction}
          options={[
            { value: "warn", label: tr("over.warn") },
            { value: "deduct", label: tr("over.deduct") },
          ]}
          onChange={(overAction) => edit({ overAction })}
        />,
      ])}
      {section("section.na", [
        list("naMarkers", "field.naMarkers"),
        <CheckField
          label={tr("field.naRescale")}
          checked={draft.naRescale}
          error={errors.naRescale}
          onChange={(naRescale) => edit({ naRescale })}
        />,
      ])}
      {section("section.grades", [
        text("gradeExcellent", "field.gradeExcellent", true),
        text("gradeGood", "field.gradeGood", true),
        text("gradePass", "field.gradePass", true),
      ])}
      {section("section.keywords", [
        list("reasonPlaceholders", "field.reasonPlaceholders"),
        list("lowerIsBetter", "field.lowerIsBetter"),
        list("higherIsBetter", "field.higherIsBetter"),
        list("requiredLevel2", "field.requiredLevel2"),
      ])}
      <StatusBar status={status} savedMessage={props.savedMessage} />
      <Button
        appearance="primary"
        icon={<Save20Regular />}
        disabled={status.kind === "saving"}
        onClick={() => void save()}
      >
        {status.kind === "saving" ? tr("saving") : (props.saveLabel ?? tr("save"))}
      </Button>
    </section>
  );
}

export { ProfileEditor };
