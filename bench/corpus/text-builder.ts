import type { Lang } from './names';

/** A span of the text being built, in code points of its NFC form, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Something a template can name: written as its name in the text, and recorded as a mention. */
export interface Mentionable {
  id: string;
  names: Record<string, string>;
}

export type TemplateValue = string | number | { entity: Mentionable; text?: string };

/**
 * Builds a source text piece by piece and records where every sentence and every mention of an
 * entity lands, so that the dossier's evidence spans are exact by construction.
 */
export class TextBuilder {
  private readonly pieces: string[] = [];
  private position = 0;
  readonly mentions = new Map<string, Span[]>();

  constructor(readonly lang: Lang) {}

  append(text: string): Span {
    const nfc = text.normalize('NFC');
    const start = this.position;
    this.pieces.push(nfc);
    this.position += Array.from(nfc).length;
    return { start, end: this.position };
  }

  /** Writes one template; returns its span and the plain text it wrote. */
  write(template: string, values: Record<string, TemplateValue>): { span: Span; text: string } {
    const start = this.position;
    const parts = template.split(/(\{\w+\})/);
    for (const part of parts) {
      const key = /^\{(\w+)\}$/.exec(part)?.[1];
      if (key === undefined) {
        if (part) this.append(part);
        continue;
      }
      const value = values[key];
      if (value === undefined) throw new Error(`template value {${key}} is missing`);
      if (typeof value === 'object') {
        const text = value.text ?? value.entity.names[this.lang] ?? value.entity.names.en;
        const span = this.append(text);
        const list = this.mentions.get(value.entity.id) ?? [];
        list.push(span);
        this.mentions.set(value.entity.id, list);
      } else this.append(String(value));
    }
    const span = { start, end: this.position };
    return { span, text: this.slice(span) };
  }

  get text(): string {
    return this.pieces.join('');
  }

  slice(span: Span): string {
    return Array.from(this.text).slice(span.start, span.end).join('');
  }
}

/** Renders a template to plain text in one language (no mentions recorded). */
export function render(
  template: string,
  values: Record<string, TemplateValue>,
  lang: Lang,
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template value {${key}} is missing`);
    if (typeof value === 'object')
      return value.text ?? value.entity.names[lang] ?? value.entity.names.en;
    return String(value);
  });
}
