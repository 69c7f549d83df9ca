/** What a STATED alias needs of the source texts, or null when it has it. */
export type AliasProblem = 'absent' | 'only-within';

// Letters and marks: a word goes on while these follow one another.
const WORD = /[\p{L}\p{M}\p{N}]/u;
// Arabic proclitics written onto the next word (and, so, with, for, as): "لوكالة" is "for the agency".
const PROCLITICS = /^[وفبلك]{1,2}$/u;

/** True when `text` has `value` at `at` as a word of its own (a proclitic before it allowed). */
function isWholeWord(text: string, at: number, value: string): boolean {
  const after = text[at + value.length];
  if (after !== undefined && WORD.test(after)) return false;
  let start = at;
  while (start > 0 && WORD.test(text[start - 1])) start -= 1;
  return start === at || PROCLITICS.test(text.slice(start, at));
}

function occurrences(text: string, value: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) found.push(at);
  return found;
}

/**
 * Checks a STATED alias against the sources it must come from: the alias has to occur as a word
 * of its own, somewhere outside the longer names of the same item (its names and other aliases).
 * A surname that the source uses only within the full name is a reading of it, not a name the
 * source gives. Positions are compared in UTF-16 units within one string, which is all this
 * needs: no offset leaves the function.
 */
export function statedAliasProblem(
  alias: string,
  texts: string[],
  longerNames: string[],
): AliasProblem | null {
  const value = alias.normalize('NFC');
  const longer = longerNames
    .map((name) => name.normalize('NFC'))
    .filter((name) => name.length > value.length && name.includes(value));
  let seen = false;
  for (const text of texts) {
    const covered = longer.flatMap((name) =>
      occurrences(text, name).map((at) => [at, at + name.length] as const),
    );
    for (const at of occurrences(text, value)) {
      if (!isWholeWord(text, at, value)) continue;
      seen = true;
      if (!covered.some(([from, to]) => from <= at && at + value.length <= to)) return null;
    }
  }
  return seen ? 'only-within' : 'absent';
}
