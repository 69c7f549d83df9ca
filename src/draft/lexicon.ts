/**
 * The words the drafter reads by, per language: titles that introduce people, verbs that report
 * speech, channels, and the words of dates. Written in the normal form of normalizeName (lower
 * case, no hamza or diacritics, ة as ه, ى as ي), as the words of a DraftText are.
 */

export type DraftLang = 'ar' | 'en' | 'ru' | 'uk';
export const DRAFT_LANGS: readonly DraftLang[] = ['ar', 'en', 'ru', 'uk'];

/** Words that begin a title ahead of a name; a title may run on over several words. */
export const TITLE_WORDS: Record<DraftLang, string[]> = {
  ar: [
    'الرييس',
    'رييس',
    'المتحدث',
    'المتحدثه',
    'الناطق',
    'وزير',
    'وزيره',
    'كبير',
    'سكرتير',
    'امين',
    'مستشار',
    'نايب',
    'السفير',
    'سفير',
    'قايد',
    'مدير',
    'مبعوث',
    'المبعوث',
    'زعيم',
  ],
  en: [
    'president',
    'minister',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'secretary',
    'chancellor',
    'envoy',
    'ambassador',
    'negotiator',
    'adviser',
    'advisor',
    'chief',
    'head',
    'commander',
    'director',
    'leader',
    'premier',
  ],
  ru: [
    'президент',
    'министр',
    'секретарь',
    'представитель',
    'глава',
    'посол',
    'спецпосланник',
    'советник',
    'начальник',
    'командующий',
    'директор',
    'премьер',
    'пресс',
    'переговорщик',
  ],
  uk: [
    'президент',
    'міністр',
    'секретар',
    'речник',
    'речниця',
    'голова',
    'посол',
    'радник',
    'начальник',
    'командувач',
    'директор',
    'прем',
    'прес',
    'переговірник',
  ],
};

/** Arabic nouns that head an organisation's name inside a title (رئيس إدارة ... ). */
export const ARABIC_ORG_HEADS = [
  'اداره',
  'مجلس',
  'وزاره',
  'هييه',
  'جهاز',
  'وكاله',
  'مكتب',
  'قوات',
  'المفاوضين',
  'الوفد',
  'وفد',
  'باسم',
  'في',
  'من',
  'عن',
  'لدي',
  'الفريق',
  'فريق',
  'ادارت',
  'الامن',
];

/** Reporting verbs (a word's normal form, or its start for inflected ones). */
export const REPORTING_VERBS: Record<DraftLang, RegExp> = {
  ar: /^[وف]?(قال|قالت|اكد|اكدت|اعلن|اعلنت|افاد|افادت|اشار|اشارت|اضاف|اضافت|لفت|لفتت|صرح|صرحت|ذكر|ذكرت|اوضح|اوضحت|كتب|كتبت|اعتبر|اعتبرت|بحسب|حسب)$/,
  en: /^(said|says|told|tells|announced|stated|added|noted|wrote|claimed|stressed|declared|insisted)$/,
  ru: /^(заявил|сообщил|отметил|сказал|добавил|написал|подчеркнул|объявил|заявив|сообщив|отметив)[аио]?$/,
  uk: /^(заявив|заявила|заявили|повідомив|повідомила|зазначив|зазначила|сказав|сказала|додав|додала|написав|написала|наголосив|наголосила|оголосив)$/,
};

/** "According to X" in each language: words that put the speaker after them. */
export const ACCORDING_TO: Record<DraftLang, string[][]> = {
  ar: [['بحسب'], ['وبحسب'], ['حسب'], ['وفقا']],
  en: [['according', 'to']],
  ru: [
    ['по', 'словам'],
    ['как', 'заявил'],
    ['как', 'сообщил'],
  ],
  uk: [
    ['за', 'словами'],
    ['як', 'заявив'],
    ['як', 'повідомив'],
  ],
};

/** Words that introduce what was said (that, إن, что). */
export const COMPLEMENTIZERS: Record<DraftLang, string[]> = {
  ar: ['ان', 'بان', 'وان'],
  en: ['that'],
  ru: ['что'],
  uk: ['що'],
};

/** Words for a speaker left unnamed ("a source"). */
export const UNNAMED_SPEAKERS: Record<DraftLang, string[]> = {
  ar: ['مصدر', 'مصادر', 'مسوول', 'مسوولون'],
  en: ['source', 'sources', 'official', 'officials'],
  ru: ['источник', 'источники'],
  uk: ['джерело', 'джерела'],
};

/** Channels, by how they are written (normal forms, in order) and their name in a dossier. */
export const CHANNEL_WORDS: Array<{ channel: string; words: string[][] }> = [
  {
    channel: 'Telegram',
    words: [['تلغرام'], ['تيليغرام'], ['تليغرام'], ['telegram'], ['телеграм'], ['телеграмі']],
  },
  {
    channel: 'press conference',
    words: [
      ['موتمر', 'صحفي'],
      ['press', 'conference'],
      ['пресс', 'конференции'],
      ['пресконференції'],
      ['прес', 'конференції'],
    ],
  },
  {
    channel: 'television interview',
    words: [
      ['مقابله', 'تلفزيونيه'],
      ['television', 'interview'],
      ['интервью', 'телевидению'],
      ['інтерв', 'ю', 'телебаченню'],
    ],
  },
  { channel: 'interview', words: [['مقابله'], ['interview'], ['интервью']] },
];

/** Words before an agency's name ("وكالة تاس", "the agency"). */
export const AGENCY_WORDS = ['لوكاله', 'وكاله', 'agency', 'агентству', 'агентства', 'агентству'];

/** Words that name an organisation inside a capitalised run. */
export const ORGANISATION_WORDS =
  /^(council|ministry|agency|office|staff|forces|committee|administration|service|union|bank|совет|министерство|агентство|штаб|служба|администрация|рада|міністерство|агентство|служба|адміністрація)$/u;

/** Words before a place's name ("in X", "в городе X"). */
export const PLACE_BEFORE = /^(in|at|near|город[ае]?|місті|місто|районе|район)$/u;
/** Words before a country's name ("of X", "страны X"). */
export const COUNTRY_BEFORE = /^(стран[аы]?|країн[аи]?|країні|стране)$/u;
