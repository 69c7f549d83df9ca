/** Options of every `lang` argument. */
export const LANG_ARG = {
  nullable: true,
  description: 'ISO 639 code; falls back to English, then the source language, then any.',
} as const;
