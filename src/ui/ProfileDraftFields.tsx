// The profile editor's fields bound to the draft: a text box, a list, one of a pair, a rounding choice, and the
// fieldset that groups them.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT, type MessageKey } from "./i18n";
import { ChoiceField, TextField } from "./ProfileFields";
import type { ProfileDraft } from "./profileForm";
import type { DraftForm } from "./useProfileEditor";

/** Draft fields that hold plain text or numbers (everything but weights, tuples and the checkbox). */
export type TextKey = { [K in keyof ProfileDraft]: ProfileDraft[K] extends string ? K : never }[keyof ProfileDraft];

const useStyles = makeStyles({
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

/** A titled fieldset of the editor. */
export function EditorSection(props: { title: MessageKey; children?: ReactNode }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{tr(props.title)}</legend>
      {props.children}
    </fieldset>
  );
}

/** A text or number box for one draft field. */
export function DraftText(props: {
  form: DraftForm;
  field: TextKey;
  label: MessageKey;
  numeric?: boolean;
  hint?: string;
}): ReactNode {
  const tr = useT();
  const { form, field } = props;
  return (
    <TextField
      label={tr(props.label)}
      value={form.draft[field]}
      numeric={props.numeric ?? false}
      hint={props.hint}
      error={form.errors[field]}
      onChange={(v) => form.edit({ [field]: v })}
    />
  );
}

/** A comma-separated list for one draft field, with the list hint. */
export function DraftList(props: { form: DraftForm; field: TextKey; label: MessageKey }): ReactNode {
  const tr = useT();
  return <DraftText form={props.form} field={props.field} label={props.label} hint={tr("listHint")} />;
}

/** One number of a pair (points per band, band floors). */
export function DraftTuple(props: {
  form: DraftForm;
  field: "points" | "bandFloors";
  index: number;
  label: MessageKey;
}): ReactNode {
  const tr = useT();
  const { form, field, index } = props;
  return (
    <TextField
      label={tr(props.label)}
      value={form.draft[field][index]}
      numeric
      error={form.errors[`${field}.${index}`]}
      onChange={(v) =>
        form.edit({ [field]: form.draft[field].map((old, j) => (j === index ? v : old)) } as Partial<ProfileDraft>)
      }
    />
  );
}

/** 四舍五入 or 去尾 for the funding score or the indicator scores. */
export function DraftRounding(props: { form: DraftForm; field: "fundingMode" | "scoreMode" }): ReactNode {
  const tr = useT();
  const { form, field } = props;
  return (
    <ChoiceField
      label={tr("field.roundingMode")}
      value={form.draft[field]}
      error={form.errors[field]}
      options={[
        { value: "half-up", label: tr("rounding.half-up") },
        { value: "floor", label: tr("rounding.floor") },
      ]}
      onChange={(v) => form.edit({ [field]: v })}
    />
  );
}
