// The run controls: mode picker, profile picker, the blue-hints setting and the 一键评分 button. Props only, no host.
import { Button, Checkbox, Field, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Calculator20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { RunMode } from "../host/types";
import { useT } from "./i18n";
import type { ProfileChoice } from "./profiles";

/** The modes in picker order. */
export const RUN_MODES: readonly RunMode[] = ["score", "audit", "check"];

/** Props of RunBar. */
export interface RunBarProps {
  mode: RunMode;
  onModeChange: (mode: RunMode) => void;
  profiles: readonly ProfileChoice[];
  profileId: string;
  onProfileChange: (id: string) => void;
  onRun: () => void;
  busy: boolean;
  disabled?: boolean;
  /** Disables only the run button (the pickers stay usable), e.g. while the browser page has no files yet. */
  runDisabled?: boolean;
  /** 在工作簿中也标出蓝色提示: whether info findings mark the workbook too (off by default). */
  infoMarks: boolean;
  onInfoMarksChange: (on: boolean) => void;
}

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  select: { minWidth: 0, maxWidth: "100%" },
});

/** Reads a select's value as a run mode. */
function toMode(value: string): RunMode {
  return RUN_MODES.find((m) => m === value) ?? "score";
}

/** A picker of the bar: a labelled select, locked while a run is on. */
function BarSelect(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  locked: boolean;
  onChange: (value: string) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <Select
        className={styles.select}
        value={props.value}
        disabled={props.locked}
        onChange={(_e, data) => props.onChange(data.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Mode and profile pickers with the primary 一键评分 button. */
export function RunBar(props: RunBarProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const locked = props.busy || props.disabled === true;
  return (
    <div className={styles.bar}>
      <BarSelect
        label={tr("modeLabel")}
        value={props.mode}
        options={RUN_MODES.map((m) => ({ value: m, label: tr(`mode.${m}`) }))}
        locked={locked}
        onChange={(value) => props.onModeChange(toMode(value))}
      />
      <BarSelect
        label={tr("profileLabel")}
        value={props.profileId}
        options={props.profiles.map((p) => ({ value: p.id, label: p.label }))}
        locked={locked}
        onChange={props.onProfileChange}
      />
      <Field hint={tr("infoMarksHint")}>
        <Checkbox
          label={tr("infoMarks")}
          checked={props.infoMarks}
          disabled={locked || props.mode === "check"}
          onChange={(_e, data) => props.onInfoMarksChange(data.checked === true)}
          data-testid="info-marks"
        />
      </Field>
      <Button
        appearance="primary"
        icon={props.busy ? <Spinner size="tiny" aria-label={tr("loading")} /> : <Calculator20Regular />}
        disabled={locked || props.runDisabled === true}
        onClick={props.onRun}
      >
        {props.busy ? tr("running") : tr("runButton")}
      </Button>
    </div>
  );
}
