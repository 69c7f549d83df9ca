import { type DraftDate, long, plus, weekOf } from './calendar';
import type { DraftLang } from './lexicon';

/**
 * Dates said relative to the day of writing, each in every language and how it resolves against
 * the publication date.
 */
export const RELATIVE_DATES: Array<[Record<DraftLang, string>, (published: string) => DraftDate]> =
  [
    [
      { en: 'today', ar: 'اليوم', ru: 'сегодня', uk: 'сьогодні' },
      (p) => ({
        start: p,
        end: p,
        precision: 'DAY',
        note: `"Today": the publication day, ${long(p)}.`,
      }),
    ],
    [
      { en: 'yesterday', ar: 'أمس|الأمس|البارحة', ru: 'вчера', uk: 'вчора|учора' },
      (p) => {
        const d = plus(p, -1);
        return {
          start: d,
          end: d,
          precision: 'DAY',
          note: `"Yesterday": the day before publication, ${long(d)}.`,
        };
      },
    ],
    [
      { en: 'tomorrow', ar: 'غداً|غدا', ru: 'завтра', uk: 'завтра' },
      (p) => {
        const d = plus(p, 1);
        return {
          start: d,
          end: d,
          precision: 'DAY',
          note: `"Tomorrow": the day after publication, ${long(d)}.`,
        };
      },
    ],
    [
      { en: 'last week', ar: 'الأسبوع الماضي', ru: 'на прошлой неделе', uk: 'минулого тижня' },
      (p) => {
        const w = weekOf(p, 1);
        return {
          ...w,
          precision: 'WEEK',
          note: `"Last week": the week of ${long(w.start)} to ${long(w.end)}, before the publication date.`,
        };
      },
    ],
    [
      { en: 'this week', ar: 'هذا الأسبوع', ru: 'на этой неделе', uk: 'цього тижня' },
      (p) => {
        const w = weekOf(p, 0);
        return {
          ...w,
          precision: 'WEEK',
          note: `"This week": the week of the publication date, ${long(w.start)} to ${long(w.end)}.`,
        };
      },
    ],
    [
      {
        en: '(?:during|over|in) the past year|(?:during|over) the last year',
        ar: 'خلال العام الماضي|خلال السنة الماضية|العام الماضي',
        ru: 'за последний год|за прошедший год',
        uk: 'за минулий рік|протягом минулого року',
      },
      (p) => {
        const start = `${Number(p.slice(0, 4)) - 1}-01-01`;
        return {
          start,
          end: p,
          precision: 'UNKNOWN',
          note: `Reads as "during the past year" (the twelve months before publication) or "during last year" (${start.slice(0, 4)}); the bounds allow both.`,
        };
      },
    ],
    [
      { en: 'last year', ar: 'السنة الماضية', ru: 'в прошлом году', uk: 'минулого року|торік' },
      (p) => {
        const y = Number(p.slice(0, 4)) - 1;
        return {
          start: `${y}-01-01`,
          end: `${y}-12-31`,
          precision: 'YEAR',
          note: `"Last year": ${y}, the year before publication.`,
        };
      },
    ],
    [
      { en: 'last month', ar: 'الشهر الماضي', ru: 'в прошлом месяце', uk: 'минулого місяця' },
      (p) => {
        const first = `${p.slice(0, 8)}01`;
        const end = plus(first, -1);
        return {
          start: `${end.slice(0, 8)}01`,
          end,
          precision: 'MONTH',
          note: `"Last month": the month before publication.`,
        };
      },
    ],
  ];
