// The current language: Danish unless the user chose English (kept in localStorage), with Intl formats to match.
import { da, type Messages } from './da';
import { en } from './en';

export type Lang = 'da' | 'en';
const KEY = 'cti.lang';
const CATALOGUES: Record<Lang, Messages> = { da, en };

export let lang: Lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'da';
export let t: Messages = CATALOGUES[lang];

export function setLanguage(next: Lang): void {
  lang = next;
  t = CATALOGUES[next];
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
}

export const locale = (): string => t.locale;

export function num(value: number, digits = 2): string {
  return value.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
export const int = (value: number): string => num(value, 0);
export const pct = (share: number): string => share.toLocaleString(locale(), { style: 'percent', maximumFractionDigits: 0 });

/** A date (YYYY-MM-DD or ISO time) in the user's language: 1. marts 2025 / 1 March 2025. */
export function date(value: string | null | undefined): string {
  if (!value) return t.common.none;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric' });
}
export function dateTime(value: string): string {
  return new Date(value).toLocaleString(locale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** d3-format / d3-time-format locale definitions, so Vega's axes say 56.814 and "mar." in Danish, 56,814 and "Mar" in English. */
export function vegaLocale(): { number: object; time: object } {
  if (lang === 'da') {
    return {
      number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' kr.'] },
      time: {
        dateTime: '%A den %d. %B %Y %X', date: '%d.%m.%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
        days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'], shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
        months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
        shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      },
    };
  }
  return {
    number: { decimal: '.', thousands: ',', grouping: [3], currency: ['DKK ', ''] },
    time: {
      dateTime: '%a %e %b %X %Y', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    },
  };
}
