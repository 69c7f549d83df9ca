import type { DraftText, Stretch } from './draft-text';
import { dayOf, type DraftDate, long, plus, weekdayOf } from './calendar';

export type { DraftDate } from './calendar';
import { monthIndex, MONTHS, WEEKDAYS } from './date-words';
import type { DraftLang } from './lexicon';
import { RELATIVE_DATES } from './relative-dates';

/** A date expression of the text, resolved against the publication date. */
export interface DateMention extends Stretch {
  date: DraftDate;
}

/** "for two days": how long something the text dates lasts. */
export interface DurationMention extends Stretch {
  days: number;
}

type Resolver = (m: RegExpExecArray, published: string) => DraftDate | null;
interface Rule {
  pattern: RegExp;
  resolve: Resolver;
}

const B = '(?<![\\p{L}\\p{N}])'; // a word starts here
const E = '(?![\\p{L}\\p{N}])'; // a word ends here
// Arabic attaches a conjunction or preposition to the word it governs (والأربعاء، بالأمس).
const ARABIC_PREFIX = '(?:[وفبل]|وب|ول)?';
const word = (alternatives: string, lang: DraftLang) =>
  new RegExp(`${B}${lang === 'ar' ? ARABIC_PREFIX : ''}(?:${alternatives})${E}`, 'giu');

/** The year of a day and month given without one: the latest not after publication. */
function yearFor(month: number, day: number, published: string): number {
  const year = Number(published.slice(0, 4));
  return dayOf(year, month, day) > plus(published, 31) ? year - 1 : year;
}

function rules(lang: DraftLang): Rule[] {
  const months = MONTHS[lang].join('|');
  const and = { en: 'and|to|-|–', ar: 'و|إلى|-|–', ru: 'и|по|-|–', uk: 'та|і|й|по|-|–' }[lang];
  const list: Rule[] = [
    // 23 and 24 January [2026]; يومي 23 و24 يناير; 23 и 24 января 2026 года
    {
      pattern: new RegExp(
        `${B}(\\d{1,2})\\s*(?:${and})\\s*(\\d{1,2})\\s+(${months})(?:,?\\s+(\\d{4}))?${E}`,
        'giu',
      ),
      resolve: (m, p) => fromDays(lang, m[3], Number(m[1]), Number(m[2]), m[4], p),
    },
    // January 23 and 24[, 2026]
    {
      pattern: new RegExp(
        `${B}(${months})\\s+(\\d{1,2})\\s*(?:${and})\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?${E}`,
        'giu',
      ),
      resolve: (m, p) => fromDays(lang, m[1], Number(m[2]), Number(m[3]), m[4], p),
    },
    // 23 January [2026]
    {
      pattern: new RegExp(`${B}(\\d{1,2})\\s+(${months})(?:,?\\s+(\\d{4}))?${E}`, 'giu'),
      resolve: (m, p) => fromDays(lang, m[2], Number(m[1]), Number(m[1]), m[3], p),
    },
    // January 23[, 2026]
    {
      pattern: new RegExp(`${B}(${months})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?${E}`, 'giu'),
      resolve: (m, p) => fromDays(lang, m[1], Number(m[2]), Number(m[2]), m[3], p),
    },
    // January 2026
    {
      pattern: new RegExp(`${B}(${months})\\s+(\\d{4})${E}`, 'giu'),
      resolve: (m) => {
        const month = monthIndex(lang, m[1]);
        const start = dayOf(Number(m[2]), month, 1);
        const end = plus(
          dayOf(month === 11 ? Number(m[2]) + 1 : Number(m[2]), (month + 1) % 12, 1),
          -1,
        );
        return { start, end, precision: 'MONTH', note: `The month ${m[0].trim()}.` };
      },
    },
    // since 2022
    {
      pattern: word(
        {
          en: 'since (\\d{4})',
          ar: 'منذ (?:عام |العام )?(\\d{4})',
          ru: 'с (\\d{4}) года',
          uk: 'з (\\d{4}) року',
        }[lang],
        lang,
      ),
      resolve: (m) => ({
        start: `${m[1]}-01-01`,
        precision: 'YEAR',
        note: `"Since ${m[1]}": from ${m[1]}, with no end given.`,
      }),
    },
    // in 2022; عام 2022; в 2022 году
    {
      pattern: word(
        {
          en: '(?:in )?(\\d{4})',
          ar: '(?:عام|العام|سنة) (\\d{4})',
          ru: '(?:в )?(\\d{4}) (?:году|г\\.)',
          uk: '(?:у |в )?(\\d{4}) (?:році|р\\.)',
        }[lang],
        lang,
      ),
      resolve: (m) => {
        const y = Number(m[1]);
        if (y < 1900 || y > 2100) return null;
        return {
          start: `${y}-01-01`,
          end: `${y}-12-31`,
          precision: 'YEAR',
          note: `The year ${y}, as the text gives it.`,
        };
      },
    },
    // on Wednesday; (الأربعاء); в среду
    {
      pattern: word(WEEKDAYS[lang].join('|'), lang),
      resolve: (m, p) => {
        const index = WEEKDAYS[lang].findIndex((w) => new RegExp(`(?:${w})$`, 'iu').test(m[0]));
        const weekday = weekdayOf(p);
        const back = (weekday - index + 7) % 7;
        const d = plus(p, -back);
        return {
          start: d,
          end: d,
          precision: 'DAY',
          note:
            back === 0
              ? `${m[0]}: the publication day, ${long(d)}.`
              : `${m[0]}: taken as the latest such day up to publication, ${long(d)}; the text may mean the coming one.`,
        };
      },
    },
  ];
  for (const [written, resolve] of RELATIVE_DATES)
    list.push({ pattern: word(written[lang], lang), resolve: (_, p) => resolve(p) });
  return list;
}

function fromDays(
  lang: DraftLang,
  monthWritten: string,
  first: number,
  last: number,
  yearWritten: string | undefined,
  published: string,
): DraftDate | null {
  const month = monthIndex(lang, monthWritten);
  if (month < 0 || first < 1 || last < first || last > 31) return null;
  const year = yearWritten ? Number(yearWritten) : yearFor(month, first, published);
  const start = dayOf(year, month, first);
  const end = dayOf(year, month, last);
  const days = first === last ? `${first} ${monthWritten}` : `${first} to ${last} ${monthWritten}`;
  return {
    start,
    end,
    precision: 'DAY',
    note: yearWritten
      ? `${days} ${year}, as the text gives it.`
      : `${days} without a year; ${year} follows from the publication date (${published}).`,
  };
}

const RULES = new Map<DraftLang, Rule[]>();

/**
 * Every date expression of the text, resolved against the publication date. Where two overlap,
 * the one found by the earlier (more specific) rule wins.
 */
export function findDates(text: DraftText, lang: DraftLang, published: string): DateMention[] {
  if (!RULES.has(lang)) RULES.set(lang, rules(lang));
  const found: DateMention[] = [];
  for (const rule of RULES.get(lang)!) {
    for (const m of text.text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const date = rule.resolve(m as RegExpExecArray, published);
      if (date) found.push({ start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  يومين: 2,
  'ثلاثة أيام': 3,
  двух: 2,
  трёх: 3,
  трех: 3,
  два: 2,
  три: 3,
  двох: 2,
};

/** "lasting two days", "تستمر يومين", "двухдневные": how many days something takes. */
export function findDurations(text: DraftText, lang: DraftLang): DurationMention[] {
  const pattern = {
    en: /(?<![\p{L}])(two|three|four|five|\d+)[- ](?:day|days)(?![\p{L}])/giu,
    ar: /(?<![\p{L}])(يومين|ثلاثة أيام|(\d+) أيام)(?![\p{L}])/gu,
    ru: /(?<![\p{L}])(двух|трёх|трех|два|три|\d+)[- ]?(?:дневн\p{L}*|дня|дней)/giu,
    uk: /(?<![\p{L}])(двох|трьох|два|три|\d+)[- ]?(?:денн\p{L}*|дні|днів)/giu,
  }[lang];
  const out: DurationMention[] = [];
  for (const m of text.text.matchAll(pattern)) {
    const days = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[2] ?? m[1]);
    if (days > 0 && days < 60) out.push({ start: m.index, end: m.index + m[0].length, days });
  }
  return out;
}

/**
 * An event's date from the dates and durations inside its evidence: the first date, stretched
 * by a duration to its last day; the publication date bounds an event with no date at all.
 */
export function eventDateFrom(
  dates: DateMention[],
  durations: DurationMention[],
  published: string,
): DraftDate {
  const [first] = dates;
  if (!first)
    return {
      end: published,
      precision: 'UNKNOWN',
      note: 'The text gives no date; it was reported by the publication date.',
    };
  const [duration] = durations;
  if (
    duration &&
    first.date.precision === 'DAY' &&
    first.date.start &&
    first.date.start === first.date.end
  )
    return {
      start: first.date.start,
      end: plus(first.date.start, duration.days - 1),
      precision: 'DAY',
      note: `${first.date.note} Lasting ${duration.days} days, as the text says.`,
    };
  return first.date;
}
