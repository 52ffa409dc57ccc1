import type { Language } from '../i18n/catalogue';

/**
 * Figures as the report prints them: the reader's decimal comma and thousands dot in Danish, a
 * true minus sign, a dash for a figure there is none of.
 */
export interface ReportNumbers {
  integer(n: number): string;
  decimal(x: number | null, digits?: number): string;
  percent(x: number | null): string;
}

const minus = (s: string) => s.replace('-', '−');

export function reportNumbers(lang: Language): ReportNumbers {
  // a small negative that rounds to nothing is printed 0, not "−0"
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'negative' });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'negative' });
  return {
    integer: (n) => minus(integer.format(n)),
    decimal: (x, digits = 2) => {
      if (x === null) return '–';
      let f = decimals.get(digits);
      if (!f) decimals.set(digits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative' })));
      return minus(f.format(x));
    },
    percent: (x) => (x === null ? '–' : minus(percent.format(x))),
  };
}
