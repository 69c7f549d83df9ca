import type { DraftLang } from './lexicon';

/**
 * How each language writes months and weekdays, as regular-expression alternatives (Russian and
 * Ukrainian in the cases dates take them in).
 */
export const MONTHS: Record<DraftLang, string[]> = {
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  ar: [
    'يناير|كانون الثاني',
    'فبراير|شباط',
    'مارس|آذار',
    'أبريل|ابريل|نيسان',
    'مايو|أيار',
    'يونيو|يونيه|حزيران',
    'يوليو|يوليه|تموز',
    'أغسطس|آب',
    'سبتمبر|أيلول',
    'أكتوبر|تشرين الأول',
    'نوفمبر|تشرين الثاني',
    'ديسمبر|كانون الأول',
  ],
  ru: [
    'январ[ья]',
    'феврал[ья]',
    'марта?',
    'апрел[ья]',
    'ма[йя]',
    'июн[ья]',
    'июл[ья]',
    'августа?',
    'сентябр[ья]',
    'октябр[ья]',
    'ноябр[ья]',
    'декабр[ья]',
  ],
  uk: [
    'січ(?:ня|ень)',
    'лют(?:ого|ий)',
    'берез(?:ня|ень)',
    'квіт(?:ня|ень)',
    'трав(?:ня|ень)',
    'черв(?:ня|ень)',
    'лип(?:ня|ень)',
    'серп(?:ня|ень)',
    'верес(?:ня|ень)',
    'жовт(?:ня|ень)',
    'листопада?',
    'груд(?:ня|ень)',
  ],
};

// Weekdays, Monday first (ISO), as each language writes "on <day>".
export const WEEKDAYS: Record<DraftLang, string[]> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ar: ['الاثنين|الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  ru: ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'],
  uk: ['понеділок', 'вівторок', 'середу', 'четвер', "п['’]ятницю", 'суботу', 'неділю'],
};

/** The month (0 for January) a written month name stands for; -1 when none. */
export function monthIndex(lang: DraftLang, written: string): number {
  return MONTHS[lang].findIndex((m) => new RegExp(`^(?:${m})$`, 'iu').test(written));
}
