import { CodePointText } from '../model/code-point-text';
import { normalizeName } from '../search-text/name-normalize';

/** A word of the text: where it is (UTF-16 units of the NFC text) and its normal form. */
export interface Word {
  start: number;
  end: number;
  raw: string;
  /** normalizeName of the word, without spaces: what names are compared on. */
  norm: string;
}

/** A stretch of the text, in UTF-16 units of the NFC text, end exclusive. */
export interface Stretch {
  start: number;
  end: number;
}

/** A span as a dossier cites it: code points of the NFC text, end exclusive, with its quote. */
export interface CitedSpan {
  start: number;
  end: number;
  quote: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// A sentence ends at . ! ? ؟ or a line break, outside quotation marks.
const OPENING = new Set(['«', '“', '„']);
const CLOSING = new Set(['»', '”', '“']);

/**
 * An article as the drafter reads it: its NFC text cut into words and sentences, and the
 * conversion from the UTF-16 units JavaScript's regular expressions count to the code points
 * dossiers count.
 */
export class DraftText {
  readonly text: string;
  readonly words: Word[] = [];
  readonly sentences: Stretch[] = [];
  /** The text's code points, to turn regular expressions' UTF-16 offsets into dossier offsets. */
  readonly codePoints: CodePointText;

  constructor(text: string) {
    this.text = text.normalize('NFC');
    this.codePoints = new CodePointText(this.text);
    for (const match of this.text.matchAll(WORD)) {
      const raw = match[0];
      const norm = normalizeName(raw).replace(/ /g, '');
      if (norm) this.words.push({ start: match.index, end: match.index + raw.length, raw, norm });
    }
    this.cutSentences();
  }

  /** The code-point offset of a UTF-16 offset. */
  point(unit: number): number {
    return this.codePoints.point(unit);
  }

  cite(stretch: Stretch): CitedSpan {
    return {
      start: this.point(stretch.start),
      end: this.point(stretch.end),
      quote: this.text.slice(stretch.start, stretch.end),
    };
  }

  /** The sentence holding a UTF-16 offset. */
  sentenceAt(unit: number): Stretch {
    return (
      this.sentences.find((s) => s.start <= unit && unit < s.end) ?? { start: unit, end: unit }
    );
  }

  /** Indices of the words inside a stretch. */
  wordsIn(stretch: Stretch): number[] {
    const out: number[] = [];
    this.words.forEach((w, i) => {
      if (w.start >= stretch.start && w.end <= stretch.end) out.push(i);
    });
    return out;
  }

  private cutSentences() {
    let start = 0;
    let depth = 0;
    const push = (end: number) => {
      const piece = this.text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      if (piece.trim()) this.sentences.push({ start: start + lead, end: end - trail });
      start = end;
    };
    for (let i = 0; i < this.text.length; i += 1) {
      const c = this.text[i];
      if (OPENING.has(c) && !(c === '“' && depth > 0)) depth += 1;
      else if ((CLOSING.has(c) && depth > 0) || (c === '"' && depth > 0)) {
        depth -= 1;
        // A quotation that ends a sentence ends it too.
        if (depth === 0 && /[.!?؟]/.test(this.text[i - 1] ?? '')) push(i + 1);
        continue;
      } else if (c === '"') depth += 1;
      if (c === '\n') {
        depth = 0;
        push(i + 1);
      } else if (depth === 0 && /[.!?؟]/.test(c) && /\s|$/.test(this.text[i + 1] ?? '')) {
        // An initial ("U.S.", "J. Smith") does not end a sentence; "TASS." does.
        if (c === '.' && /(?:^|[^\p{L}])\p{Lu}$/u.test(this.text.slice(Math.max(0, i - 2), i)))
          continue;
        push(i + 1);
      }
    }
    push(this.text.length);
  }
}
