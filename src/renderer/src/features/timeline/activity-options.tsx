import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS } from '../../../../core/drawing/timeline-layout';
import { newId } from '../../../../core/ids';
import type { ProjectData } from '../../../../core/model/schema';

/** The kinds in the legend's order: myndighedsopgave, tilbud, aktivitet. */
export function KindOptions() {
  const { t } = useTranslation();
  return ACTIVITY_KINDS.map((k) => (
    <option key={k} value={k}>
      {t(`activities.kinds.${k}`)}
    </option>
  ));
}

/** The codebook's target groups, in its order, named in the reader's language. */
export function TargetGroupOptions({ data }: { data: ProjectData }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return data.codebooks.targetGroups.map((g) => (
    <option key={g.key} value={g.key}>
      {g.label[lang]}
    </option>
  ));
}

export const FREQUENCIES = ['once', 'weekly', 'monthly', 'ongoing'] as const;

/** The frequencies, each option saying what it is (the select stands without a label of its own). */
export function FrequencyOptions() {
  const { t } = useTranslation();
  const name = t('timeline.edit.frequency');
  return (
    <>
      <option value="">
        {name}: {t('timeline.edit.frequencyUnknown').toLocaleLowerCase()}
      </option>
      {FREQUENCIES.map((f) => (
        <option key={f} value={f}>
          {name}: {t(`activities.frequency.${f}`).toLocaleLowerCase()}
        </option>
      ))}
    </>
  );
}

/** An id made here, so that the new activity can be chosen as soon as the store has it. */
export const newActivityId = (): string => newId('act', () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32);
