import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../../../core/analysis/analyze';
import { namesIn, word } from '../../../../core/analysis/wording';
import type { ProjectData } from '../../../../core/model/schema';
import { translatorOf } from '../../i18n';
import { marksOf, type TimelineMark } from './timeline-marks';

/** The marks of the latest analysis, worded in the reader's language; null while there is none. */
export function useTimelineMarks(data: ProjectData, result: AnalysisResult | null): TimelineMark[] | null {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return useMemo(() => {
    if (!result) return null;
    const names = namesIn(data, lang);
    const tr = translatorOf(i18n);
    return marksOf(result, (w) => word(w, names, tr), (key) => data.codebooks.targetGroups.find((g) => g.key === key)?.label[lang] ?? key);
  }, [data, result, lang, i18n]);
}
