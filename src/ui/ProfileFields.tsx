// Small labelled inputs of the profile editor, each showing its validation message beside the field.
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useT } from "./i18n";
import { newWeightRow, type WeightRow } from "./profileForm";
import type { FieldErrors } from "./profileValidation";

/** What every field takes: its label, the error to show, an optional hint. */
interface FieldBase {
  label: string;
  error?: string;
  hint?: string;
}

const useStyles = makeStyles({
  control: { minWidth: 0, width: "100%" },
  weightRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr) auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "start",
  },
  remove: { marginTop: "22px" },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Props of Fluent's Field that the wrappers below share. */
interface SharedFieldProps {
  label: string;
  hint?: string;
  validationMessage?: string;
  validationState: "error" | "none";
}

/** Field props shared by the wrappers below. */
function fieldProps(p: FieldBase): SharedFieldProps {
  return { label: p.label, hint: p.hint, validationMessage: p.error, validationState: p.error ? "error" : "none" };
}

/** A text or number box (numbers are typed as text and checked by the schema). */
export function TextField(
  props: FieldBase & { value: string; onChange: (v: string) => void; numeric?: boolean },
): ReactNode {
  const styles = useStyles();
  return (
    <Field {...fieldProps(props)}>
      <Input
        className={styles.control}
        value={props.value}
        inputMode={props.numeric ? "decimal" : "text"}
        onChange={(_e, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

/** A select among fixed options. */
export function ChoiceField(
  props: FieldBase & {
    value: string;
    options: readonly { value: string; label: string }[];
    onChange: (v: string) => void;
  },
): ReactNode {
  const styles = useStyles();
  return (
    <Field {...fieldProps(props)}>
      <Select className={styles.control} value={props.value} onChange={(_e, data) => props.onChange(data.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A yes/no setting. */
export function CheckField(props: FieldBase & { checked: boolean; onChange: (v: boolean) => void }): ReactNode {
  return (
    <Field validationMessage={props.error} validationState={props.error ? "error" : "none"}>
      <Checkbox
        label={props.label}
        checked={props.checked}
        onChange={(_e, data) => props.onChange(data.checked === true)}
      />
    </Field>
  );
}

/** One row of the weights table: the level-1 name, its weight and the remove button. */
function WeightRowEditor(props: {
  row: WeightRow;
  index: number;
  errors: FieldErrors;
  onEdit: (patch: Partial<WeightRow>) => void;
  onRemove: () => void;
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { row, errors } = props;
  const removeLabel = tr("removeRow", { name: row.name || String(props.index + 1) });
  return (
    <div className={styles.weightRow} data-testid="weight-row">
      <TextField
        label={`${tr("field.level1Name")} ${props.index + 1}`}
        value={row.name}
        error={errors[`weights.${row.key}.name`]}
        onChange={(name) => props.onEdit({ name })}
      />
      <TextField
        label={tr("field.level1Weight")}
        value={row.weight}
        numeric
        error={errors[`weights.${row.key}.weight`]}
        onChange={(weight) => props.onEdit({ weight })}
      />
      <Button
        appearance="subtle"
        className={styles.remove}
        icon={<Delete20Regular />}
        aria-label={removeLabel}
        title={removeLabel}
        onClick={props.onRemove}
      />
    </div>
  );
}

/** The level-1 weights table: one name and weight per row, rows added and removed freely. */
export function WeightsEditor(props: {
  rows: WeightRow[];
  errors: FieldErrors;
  onChange: (rows: WeightRow[]) => void;
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { rows, errors, onChange } = props;
  const update = (key: number, patch: Partial<WeightRow>): void =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className={styles.rows}>
      {rows.map((row, i) => (
        <WeightRowEditor
          key={row.key}
          row={row}
          index={i}
          errors={errors}
          onEdit={(patch) => update(row.key, patch)}
          onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
        />
      ))}
      <div>
        <Button size="small" icon={<Add20Regular />} onClick={() => onChange([...rows, newWeightRow()])}>
          {tr("addRow")}
        </Button>
      </div>
    </div>
  );
}
