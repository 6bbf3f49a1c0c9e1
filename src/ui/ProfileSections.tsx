// The fieldsets of the profile editor, in the order of the Profile: general, weights, funding, rounding, then the
// qualitative bands, over-completion, 不适用, grades and keywords.
import type { ReactNode } from "react";
import { useT } from "./i18n";
import { CheckField, ChoiceField, WeightsEditor } from "./ProfileFields";
import { DraftList, DraftRounding, DraftText, DraftTuple, EditorSection } from "./ProfileDraftFields";
import type { DraftForm } from "./useProfileEditor";

/** Id, names, full mark, level-1 weights, the funding score and the score rounding. */
export function ScoringSections(props: { form: DraftForm }): ReactNode {
  const { form } = props;
  return (
    <>
      <EditorSection title="section.general">
        <DraftText form={form} field="id" label="field.id" />
        <DraftText form={form} field="name" label="field.name" />
        <DraftText form={form} field="nameEn" label="field.nameEn" />
        <DraftText form={form} field="fullMark" label="field.fullMark" numeric />
      </EditorSection>
      <EditorSection title="section.weights">
        <WeightsEditor rows={form.draft.weights} errors={form.errors} onChange={(weights) => form.edit({ weights })} />
      </EditorSection>
      <EditorSection title="section.funding">
        <DraftText form={form} field="fundingWeight" label="field.fundingWeight" numeric />
        <DraftText form={form} field="fundingDecimals" label="field.decimals" numeric />
        <DraftRounding form={form} field="fundingMode" />
        <DraftText form={form} field="reasonBelowRate" label="field.reasonBelowRate" numeric />
      </EditorSection>
      <EditorSection title="section.rounding">
        <DraftText form={form} field="scoreDecimals" label="field.decimals" numeric />
        <DraftRounding form={form} field="scoreMode" />
      </EditorSection>
    </>
  );
}

/** Points and floors of the qualitative bands and their extra words. */
function QualitativeSection(props: { form: DraftForm }): ReactNode {
  const { form } = props;
  return (
    <EditorSection title="section.qualitative">
      <DraftTuple form={form} field="points" index={0} label="field.pointsAchieved" />
      <DraftTuple form={form} field="points" index={1} label="field.pointsPartial" />
      <DraftTuple form={form} field="points" index={2} label="field.pointsMissed" />
      <DraftTuple form={form} field="bandFloors" index={0} label="field.floorAchieved" />
      <DraftTuple form={form} field="bandFloors" index={1} label="field.floorPartial" />
      <DraftList form={form} field="vocabAchieved" label="field.vocabAchieved" />
      <DraftList form={form} field="vocabPartial" label="field.vocabPartial" />
      <DraftList form={form} field="vocabMissed" label="field.vocabMissed" />
    </EditorSection>
  );
}

/** The over-completion threshold and what happens above it (warn or deduct). */
function OverSection(props: { form: DraftForm }): ReactNode {
  const tr = useT();
  const { form } = props;
  return (
    <EditorSection title="section.over">
      <DraftText form={form} field="overThreshold" label="field.overThreshold" numeric />
      <ChoiceField
        label={tr("field.overAction")}
        value={form.draft.overAction}
        error={form.errors.overAction}
        options={[
          { value: "warn", label: tr("over.warn") },
          { value: "deduct", label: tr("over.deduct") },
        ]}
        onChange={(overAction) => form.edit({ overAction })}
      />
    </EditorSection>
  );
}

/** The 不适用 markers and whether the rest is rescaled to the full mark. */
function NotApplicableSection(props: { form: DraftForm }): ReactNode {
  const tr = useT();
  const { form } = props;
  return (
    <EditorSection title="section.na">
      <DraftList form={form} field="naMarkers" label="field.naMarkers" />
      <CheckField
        label={tr("field.naRescale")}
        checked={form.draft.naRescale}
        error={form.errors.naRescale}
        onChange={(naRescale) => form.edit({ naRescale })}
      />
    </EditorSection>
  );
}

/** Qualitative bands, over-completion, 不适用, grade floors and the keyword lists. */
export function RuleSections(props: { form: DraftForm }): ReactNode {
  const { form } = props;
  return (
    <>
      <QualitativeSection form={form} />
      <OverSection form={form} />
      <NotApplicableSection form={form} />
      <EditorSection title="section.grades">
        <DraftText form={form} field="gradeExcellent" label="field.gradeExcellent" numeric />
        <DraftText form={form} field="gradeGood" label="field.gradeGood" numeric />
        <DraftText form={form} field="gradePass" label="field.gradePass" numeric />
      </EditorSection>
      <EditorSection title="section.keywords">
        <DraftList form={form} field="reasonPlaceholders" label="field.reasonPlaceholders" />
        <DraftList form={form} field="lowerIsBetter" label="field.lowerIsBetter" />
        <DraftList form={form} field="higherIsBetter" label="field.higherIsBetter" />
        <DraftList form={form} field="requiredLevel2" label="field.requiredLevel2" />
      </EditorSection>
    </>
  );
}
