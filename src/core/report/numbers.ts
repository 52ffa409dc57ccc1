import type { Language } from '../i18n/catalogue';
import { numberFormat, withMinus } from '../text/numbers';

/**
 * Figures as the report prints them: the reader's decimal comma and thousands dot in Danish, a
 * true minus sign, a dash for a figure there is none of.
 */
export interface ReportNumbers {
  integer(n: number): string;
  decimal(x: number | null, digits?: number): string;
  percent(x: number | null): string;
}

export function reportNumbers(lang: Language): ReportNumbers {
  return {
    integer: (n) => withMinus(numberFormat(lang, 'decimal', 0).format(n)),
    decimal: (x, digits = 2) => (x === null ? '–' : withMinus(numberFormat(lang, 'decimal', digits).format(x))),
    percent: (x) => (x === null ? '–' : withMinus(numberFormat(lang, 'percent', 0).format(x))),
  };
}
