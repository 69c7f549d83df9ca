import type { Lang, Localized } from './names';

/**
 * Sentence templates in each language. `{x}` is filled from the sentence's variables: an entity
 * (written as its name in the article's language, and recorded as a mention) or plain text.
 */
export type Template = Localized;

export const LEAD_MEDIATED: Template = {
  en: 'Negotiators of {a} and {b} began round {n} of talks mediated by {m} in {venue} on {date}.',
  ar: 'شرع مفاوضو {a} و{b} في الجولة {n} من المحادثات بوساطة {m} في {venue} يوم {date}.',
  ru: 'Переговорщики стран {a} и {b} начали раунд {n} переговоров при посредничестве страны {m} в городе {venue} {date}.',
  uk: 'Переговірники країн {a} та {b} розпочали раунд {n} переговорів за посередництва країни {m} у місті {venue} {date}.',
};

export const LEAD_BILATERAL: Template = {
  en: 'Negotiators of {a} and {b} began round {n} of direct talks in {venue} on {date}.',
  ar: 'شرع مفاوضو {a} و{b} في الجولة {n} من المحادثات المباشرة في {venue} يوم {date}.',
  ru: 'Переговорщики стран {a} и {b} начали раунд {n} прямых переговоров в городе {venue} {date}.',
  uk: 'Переговірники країн {a} та {b} розпочали раунд {n} прямих переговорів у місті {venue} {date}.',
};

export const LEADS: Template = {
  en: 'The delegation of {country} was led by {leader}, {title} of {org}.',
  ar: 'وترأس وفد {country} {leader}، {title} {org}.',
  ru: 'Делегацию страны {country} возглавил {leader}, {title} ({org}).',
  uk: 'Делегацію країни {country} очолив {leader}, {title} ({org}).',
};

export const MEMBER: Template = {
  en: '{person} was also part of the delegation of {country}.',
  ar: 'وضم وفد {country} أيضاً {person}.',
  ru: 'В состав делегации страны {country} также вошел {person}.',
  uk: 'До складу делегації країни {country} також увійшов {person}.',
};

export const QUOTED: Template = {
  en: '{speaker}, {title} of {org}, {channel}: "{statement}"',
  ar: 'و{channel} {speaker}، {title} {org}: «{statement}»',
  ru: '{speaker}, {title} ({org}), {channel}: «{statement}»',
  uk: '{speaker}, {title} ({org}), {channel}: «{statement}»',
};

export const REPORTED: Template = {
  en: 'According to {speaker}, {statement}',
  ar: 'وبحسب {speaker}، {statement}',
  ru: 'Как заявил {speaker}, {statement}',
  uk: 'Як заявив {speaker}, {statement}',
};

export const LOCATED: Template = {
  en: '{place} lies in {country}.',
  ar: 'وتقع {place} في {country}.',
  ru: 'Район {place} находится в стране {country}.',
  uk: 'Район {place} розташований у країні {country}.',
};

export const POSITION: Record<'DEMANDS' | 'SUPPORTS' | 'REJECTS' | 'PROPOSES', Template> = {
  DEMANDS: {
    en: '{country} insists on {issue}.',
    ar: 'وتصر {country} على {issue}.',
    ru: 'Страна {country} настаивает на решении вопроса «{issue}».',
    uk: 'Країна {country} наполягає на вирішенні питання «{issue}».',
  },
  SUPPORTS: {
    en: '{country} supports {issue}.',
    ar: 'وتؤيد {country} {issue}.',
    ru: 'Страна {country} поддерживает решение вопроса «{issue}».',
    uk: 'Країна {country} підтримує вирішення питання «{issue}».',
  },
  REJECTS: {
    en: '{country} rejects {issue}.',
    ar: 'وترفض {country} {issue}.',
    ru: 'Страна {country} отвергает решение вопроса «{issue}».',
    uk: 'Країна {country} відкидає вирішення питання «{issue}».',
  },
  PROPOSES: {
    en: '{country} proposes {issue}.',
    ar: 'وتقترح {country} {issue}.',
    ru: 'Страна {country} предлагает обсудить вопрос «{issue}».',
    uk: 'Країна {country} пропонує обговорити питання «{issue}».',
  },
};

/** What speakers say; each names what it is about. */
export const STATEMENTS: Array<{ about: 'country' | 'issue' | 'venue' | 'none'; text: Template }> =
  [
    {
      about: 'issue',
      text: {
        en: 'We are ready to discuss {issue} at the next round.',
        ar: 'نحن مستعدون لمناقشة {issue} في الجولة المقبلة.',
        ru: 'Мы готовы обсудить вопрос «{issue}» в следующем раунде.',
        uk: 'Ми готові обговорити питання «{issue}» у наступному раунді.',
      },
    },
    {
      about: 'issue',
      text: {
        en: 'There will be no agreement without {issue}.',
        ar: 'لن يكون هناك اتفاق من دون {issue}.',
        ru: 'Соглашения не будет без решения вопроса «{issue}».',
        uk: 'Угоди не буде без вирішення питання «{issue}».',
      },
    },
    {
      about: 'venue',
      text: {
        en: 'The talks in {venue} were constructive, but the sides remain far apart.',
        ar: 'كانت المحادثات في {venue} بناءة، لكن الطرفين لا يزالان بعيدين.',
        ru: 'Переговоры в городе {venue} были конструктивными, но стороны по-прежнему далеки друг от друга.',
        uk: 'Переговори у місті {venue} були конструктивними, але сторони досі далекі одна від одної.',
      },
    },
    {
      about: 'country',
      text: {
        en: 'We expect {country} to keep its word.',
        ar: 'نتوقع أن تفي {country} بوعودها.',
        ru: 'Мы ожидаем, что страна {country} сдержит слово.',
        uk: 'Ми очікуємо, що країна {country} дотримає слова.',
      },
    },
    {
      about: 'none',
      text: {
        en: 'We do not intend to give any information about the consultations today.',
        ar: 'لا نعتزم تقديم أي معلومات عن المشاورات اليوم.',
        ru: 'Мы не намерены сегодня давать какую-либо информацию о консультациях.',
        uk: 'Ми не маємо наміру сьогодні надавати жодної інформації про консультації.',
      },
    },
  ];

export const CHANNELS: Array<{ channel: string; verb: Template; event: boolean }> = [
  {
    channel: 'Telegram',
    event: false,
    verb: {
      en: 'wrote on Telegram',
      ar: 'كتب عبر تلغرام',
      ru: 'написал в Telegram',
      uk: 'написав у Telegram',
    },
  },
  {
    channel: 'press conference',
    event: true,
    verb: {
      en: 'told a press conference',
      ar: 'قال في مؤتمر صحفي',
      ru: 'заявил на пресс-конференции',
      uk: 'заявив на пресконференції',
    },
  },
  {
    channel: 'television interview',
    event: false,
    verb: {
      en: 'said in a television interview',
      ar: 'قال في مقابلة تلفزيونية',
      ru: 'сказал в интервью телевидению',
      uk: 'сказав в інтерв’ю телебаченню',
    },
  },
];

/** Organisations every country has, by the title of the person who speaks or negotiates for it. */
export const ORGANISATIONS: Array<{ key: string; name: Template; title: Template }> = [
  {
    key: 'security-council',
    name: {
      en: 'the Security Council of {c}',
      ar: 'مجلس أمن {c}',
      ru: 'Совет безопасности страны {c}',
      uk: 'Рада безпеки країни {c}',
    },
    title: { en: 'Secretary', ar: 'سكرتير', ru: 'секретарь', uk: 'секретар' },
  },
  {
    key: 'foreign-ministry',
    name: {
      en: 'the Foreign Ministry of {c}',
      ar: 'وزارة خارجية {c}',
      ru: 'Министерство иностранных дел страны {c}',
      uk: 'Міністерство закордонних справ країни {c}',
    },
    title: { en: 'Minister', ar: 'وزير', ru: 'министр', uk: 'міністр' },
  },
  {
    key: 'general-staff',
    name: {
      en: 'the General Staff of {c}',
      ar: 'هيئة أركان {c}',
      ru: 'Генеральный штаб страны {c}',
      uk: 'Генеральний штаб країни {c}',
    },
    title: { en: 'Chief', ar: 'رئيس', ru: 'начальник', uk: 'начальник' },
  },
  {
    key: 'presidential-office',
    name: {
      en: 'the Office of the President of {c}',
      ar: 'مكتب رئيس {c}',
      ru: 'Офис президента страны {c}',
      uk: 'Офіс президента країни {c}',
    },
    title: { en: 'Spokesperson', ar: 'المتحدث باسم', ru: 'пресс-секретарь', uk: 'речник' },
  },
];

/** Issues of a place, and issues of every negotiation. */
export const PLACE_ISSUES: Template[] = [
  { en: 'the status of {p}', ar: 'وضع {p}', ru: 'статус района {p}', uk: 'статус району {p}' },
  {
    en: 'the withdrawal of forces from {p}',
    ar: 'سحب القوات من {p}',
    ru: 'вывод войск из района {p}',
    uk: 'виведення військ з району {p}',
  },
  {
    en: 'the fate of the power plant in {p}',
    ar: 'مصير محطة الطاقة في {p}',
    ru: 'судьба электростанции в районе {p}',
    uk: 'доля електростанції в районі {p}',
  },
];
export const GENERAL_ISSUES: Template[] = [
  {
    en: 'a ceasefire along the front line',
    ar: 'وقف إطلاق النار على خط الجبهة',
    ru: 'прекращение огня на линии фронта',
    uk: 'припинення вогню на лінії фронту',
  },
  {
    en: 'an exchange of prisoners',
    ar: 'تبادل الأسرى',
    ru: 'обмен пленными',
    uk: 'обмін полоненими',
  },
  {
    en: 'the easing of sanctions',
    ar: 'تخفيف العقوبات',
    ru: 'смягчение санкций',
    uk: 'пом’якшення санкцій',
  },
  {
    en: 'security guarantees',
    ar: 'الضمانات الأمنية',
    ru: 'гарантии безопасности',
    uk: 'гарантії безпеки',
  },
  {
    en: 'the return of deported children',
    ar: 'إعادة الأطفال المرحّلين',
    ru: 'возвращение депортированных детей',
    uk: 'повернення депортованих дітей',
  },
];

const MONTHS: Record<Lang, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  uk: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
};

/** A date as the press of each language writes it. */
export function writtenDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[lang][month - 1];
  if (lang === 'ru') return `${day} ${name} ${year} года`;
  if (lang === 'uk') return `${day} ${name} ${year} року`;
  return `${day} ${name} ${year}`;
}

/** Fills a template's `{x}` from plain text only (for names made from other names). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}
