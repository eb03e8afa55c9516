/**
 * Character classes by UTF-16 code unit, for the scanner's hand-written loops. Each answers exactly
 * what the matching Unicode property pattern answers for the one-unit string `String.fromCharCode(u)`
 * (a lone surrogate is neither a letter nor a digit), but from a table filled on first use, so that a
 * loop over the letters of a word calls no regular expression.
 */

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Per code unit: 0 not yet known, else 1 + the class bits below. */
const CLASSES = new Uint8Array(0x10000);
const IS_LETTER = 1;
const IS_LETTER_OR_NUMBER = 2;
const IS_UPPER = 4;

function classOf(u: number): number {
  let v = CLASSES[u]!;
  if (v === 0) {
    const s = String.fromCharCode(u);
    v = 1 + (LETTER.test(s) ? IS_LETTER : 0) + (LETTER_OR_NUMBER.test(s) ? IS_LETTER_OR_NUMBER : 0)
      + (UPPER.test(s) ? IS_UPPER : 0);
    CLASSES[u] = v;
  }
  return v - 1;
}

/** Whether the code unit `u` is a letter (`\p{L}`). */
export function isLetterUnit(u: number): boolean {
  // ASCII first: most characters the loops look at are.
  if (u < 0x80) return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a);
  return (classOf(u) & IS_LETTER) !== 0;
}

/** Whether the code unit `u` is a letter or a number (`[\p{L}\p{N}]`). */
export function isLetterOrNumberUnit(u: number): boolean {
  if (u < 0x80) return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) || (u >= 0x30 && u <= 0x39);
  return (classOf(u) & IS_LETTER_OR_NUMBER) !== 0;
}

/** Whether the code unit `u` is an upper-case letter (`\p{Lu}`). */
export function isUpperUnit(u: number): boolean {
  if (u < 0x80) return u >= 0x41 && u <= 0x5a;
  return (classOf(u) & IS_UPPER) !== 0;
}

/** Whether `u` is a space, a tab or a no-break space: the spaces the scanner's patterns allow (their `SP`). */
export function isInlineSpace(u: number): boolean {
  return u === 0x20 || u === 0x09 || u === 0xa0;
}

/** Whether `u` is an ASCII digit (`0`–`9`). */
export function isAsciiDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}
