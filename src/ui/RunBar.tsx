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

/** 模式: 评分, 审核 or 检查. */
function ModePicker(props: { mode: RunMode; locked: boolean; onChange: (mode: RunMode) => void }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  return (
    <Field label={tr("modeLabel")}>
      <Select
        className={styles.select}
        value={props.mode}
        disabled={props.locked}
        onChange={(_e, data) => props.onChange(toMode(data.value))}
      >
        {RUN_MODES.map((m) => (
          <option key={m} value={m}>
            {tr(`mode.${m}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** 评分方案: the built-in profiles and the workbook's or browser's own. */
function ProfilePicker(props: {
  profiles: readonly ProfileChoice[];
  profileId: string;
  locked: boolean;
  onChange: (id: string) => void;
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  return (
    <Field label={tr("profileLabel")}>
      <Select
        className={styles.select}
        value={props.profileId}
        disabled={props.locked}
        onChange={(_e, data) => props.onChange(data.value)}
      >
        {props.profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
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
      <ModePicker mode={props.mode} locked={locked} onChange={props.onModeChange} />
      <ProfilePicker
        profiles={props.profiles}
        profileId={props.profileId}
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
