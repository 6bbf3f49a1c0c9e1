// The browser page: pick or drop workbooks, choose mode and profile, see each file's result and preview, download.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState, type ReactNode } from "react";
import type { BandPick } from "../core";
import type { PreferenceStore } from "../host/types";
import { LangProvider, type Lang } from "../ui/i18n";
import { copyOfBuiltIn } from "../ui/profiles";
import { RunBar } from "../ui/RunBar";
import { BatchBar } from "./BatchBar";
import { saveBatchReport, saveBatchSummary, saveBatchZip, type ZipFiles } from "./batchDownloads";
import type { BatchSnapshot, FileEntry, FileSource, ScoreInSlot } from "./batchState";
import { DropZone } from "./DropZone";
import type { LoadPreview } from "./usePreviews";
import { FileDetail } from "./FileDetail";
import { FileList } from "./FileList";
import { DemoNotice, EditorToggle, PageHeader } from "./PageParts";
import { useBatchRun, useDemoFiles, useDocumentLang, usePageSettings, type PageSettings } from "./usePageState";
import { webProfileChoices } from "./webProfiles";
import { webT } from "./webStrings";

const Detail = memo(FileDetail);

/** The workers behind the page: score in a slot, zip, and how many slots there are. */
export interface PageWorkers {
  slots: number;
  score: ScoreInSlot;
  zip(entries: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array>;
}

/** Props of WebApp. */
export interface WebAppProps {
  prefs: PreferenceStore;
  workers: PageWorkers;
  /** Files to score as soon as the page opens (the ?demo=1 example). */
  initialFiles?: Promise<FileSource[]>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
    maxWidth: "1600px",
    margin: "0 auto",
    minWidth: 0,
  },
  layout: {
    display: "grid",
    gridTemplateColumns: "340px minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXL,
    alignItems: "start",
    "@media (max-width: 899px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  detail: { minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** 模式, 评分方案, 蓝色提示 and 一键评分 (re-scores every file). */
function PageRunBar(props: { page: PageSettings; snapshot: BatchSnapshot; onRun: () => void }): ReactNode {
  const { page, snapshot } = props;
  const choices = useMemo(() => webProfileChoices(page.lang, page.custom), [page.lang, page.custom]);
  return (
    <RunBar
      mode={page.mode}
      onModeChange={page.setMode}
      profiles={choices}
      profileId={page.profile.id}
      onProfileChange={page.setProfileId}
      infoMarks={page.infoMarks}
      onInfoMarksChange={page.setInfoMarks}
      onRun={props.onRun}
      busy={snapshot.running}
      runDisabled={snapshot.entries.length === 0}
    />
  );
}

/** Props of FilesSection. */
interface FilesSectionProps {
  lang: Lang;
  snapshot: BatchSnapshot;
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** The profile of downloads when no file says which it was scored with. */
  profileId: string;
  zip: ZipFiles;
  onClear: () => void;
}

/** 文件: the batch bar with its downloads, and the list of files (or a line saying there are none yet). */
function FilesSection(props: FilesSectionProps): ReactNode {
  const styles = useStyles();
  const { lang, snapshot, profileId } = props;
  const { entries } = snapshot;
  return (
    <section className={styles.section} aria-labelledby="web-files-heading">
      <h2 id="web-files-heading" className={styles.h2}>
        {webT(lang, "filesTitle")}
      </h2>
      <BatchBar
        snapshot={snapshot}
        onDownloadReport={() => saveBatchReport(entries, profileId)}
        onDownloadZip={() => saveBatchZip(entries, profileId, lang, props.zip)}
        onDownloadSummary={() => saveBatchSummary(entries, profileId, lang)}
        onClear={props.onClear}
      />
      {entries.length === 0 ? (
        <Text className={styles.empty}>{webT(lang, "filesEmpty")}</Text>
      ) : (
        <FileList entries={entries} selectedId={props.selectedId} onSelect={props.onSelect} />
      )}
    </section>
  );
}

/** The selected file's result and preview, beside the list. */
function DetailColumn(props: {
  selected: FileEntry | undefined;
  /** The profile shown when the file does not say which it was scored with. */
  profileId: string;
  onCleanCopy: (entry: FileEntry) => Promise<void>;
  loadPreview: LoadPreview;
  onPick: (entry: FileEntry, pick: BandPick) => Promise<void>;
}): ReactNode {
  const styles = useStyles();
  const { selected } = props;
  return (
    <div className={styles.detail}>
      {selected?.result && (
        <Detail
          key={selected.id}
          entry={selected}
          result={selected.result}
          profileId={selected.profileId ?? props.profileId}
          onCleanCopy={props.onCleanCopy}
          loadPreview={props.loadPreview}
          onPick={props.onPick}
        />
      )}
    </div>
  );
}

/** The page. All scoring happens in `workers`; this component only keeps state and draws. */
export function WebApp(props: WebAppProps): ReactNode {
  const { prefs, workers } = props;
  const styles = useStyles();
  const page = usePageSettings(prefs);
  const { lang, profile, settings } = page;
  useDocumentLang(lang);
  const { snapshot, batch, addFiles, downloadClean, loadPreview, pick } = useBatchRun(workers, settings);
  const demo = useDemoFiles(props.initialFiles, addFiles);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const { entries } = snapshot;
  const selected = entries.find((e) => e.id === selectedId && e.result) ?? entries.find((e) => e.result);
  return (
    <LangProvider lang={lang}>
      <main className={styles.root}>
        <PageHeader lang={lang} onLang={page.setLang} />
        <div className={styles.layout}>
          <div className={styles.side}>
            <DropZone onFiles={addFiles} />
            <DemoNotice lang={lang} demo={demo} />
            <PageRunBar page={page} snapshot={snapshot} onRun={() => batch.current?.rerun(settings.current)} />
            <EditorToggle lang={lang} initial={page.custom ?? copyOfBuiltIn(profile)} onSave={page.saveProfile} />
            <FilesSection
              lang={lang}
              snapshot={snapshot}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              profileId={profile.id}
              zip={(files) => workers.zip(files)}
              onClear={() => batch.current?.clear()}
            />
          </div>
          <DetailColumn
            selected={selected}
            profileId={profile.id}
            onCleanCopy={downloadClean}
            loadPreview={loadPreview}
            onPick={pick}
          />
        </div>
      </main>
    </LangProvider>
  );
}
