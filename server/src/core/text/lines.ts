/**
 * Line and character positions of offsets in a text, as LSP counts them (`\r\n`, `\r` and `\n`
 * end a line; an offset between `\r` and `\n` is the end of its line), for texts that are not
 * open in the editor. The table of line starts is built lazily, up to the furthest offset asked
 * for, with a native search for line breaks: positioning the citations of an article reads its
 * text up to its last citation once, not character by character.
 */

/** A zero-based line and UTF-16 character. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

const BREAK = /\r\n?|\n/g;

export class LineIndex {
  /** Starts of the lines found so far (the first is 0). */
  #starts: number[] = [0];
  /** Where the search for line breaks has got to. */
  #scanned = 0;
  #done = false;

  /** Whether the text has a carriage return: without one, a line feed is found by the native `indexOf`. */
  readonly #cr: boolean;

  constructor(readonly text: string) {
    this.#cr = text.includes('\r');
  }

  /** The position of `offset` (clamped to the text), exactly as `TextDocument.positionAt` gives it. */
  positionAt(offset: number): LinePosition {
    const text = this.text;
    offset = Math.max(Math.min(offset, text.length), 0);
    const starts = this.#starts;
    // Line breaks up to `offset` and the one after it (a line start equal to `offset` must be known).
    while (!this.#done && this.#scanned <= offset) this.#extend();
    let line: number;
    const last = starts.length - 1;
    if (starts[last]! <= offset) line = last;
    else {
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      line = lo;
    }
    const start = starts[line]!;
    // An offset inside the line break belongs before it.
    while (offset > start && isEol(text.charCodeAt(offset - 1))) offset--;
    return { line, character: offset - start };
  }

  /** Finds the next line break. */
  #extend(): void {
    let next: number;
    if (this.#cr) {
      BREAK.lastIndex = this.#scanned;
      const m = BREAK.exec(this.text);
      next = m ? m.index + m[0].length : -1;
    } else {
      const lf = this.text.indexOf('\n', this.#scanned);
      next = lf < 0 ? -1 : lf + 1;
    }
    if (next < 0) {
      this.#done = true;
      this.#scanned = this.text.length + 1;
      return;
    }
    this.#starts.push(next);
    this.#scanned = next;
  }
}

function isEol(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}
