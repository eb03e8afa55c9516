/**
 * A strict parser and expander for VS Code's snippet syntax (the TextMate snippet syntax as
 * documented in "Snippets in Visual Studio Code" → "Grammar"), for tests of the shipped snippets.
 *
 * VS Code is lenient: a malformed `${…}` silently becomes literal text, so a typo in a snippet
 * file shows up as stray dollar signs in a user's report instead of as an error. This parser
 * follows VS Code's grammar and escapes, but rejects what VS Code would degrade to text, so a test
 * can say "every snippet is well formed" and then expand it to the plain text a user would get.
 */

/** Literal text. */
export interface TextNode {
  readonly kind: 'text';
  readonly value: string;
}

/** `$1`, `${1}` or `${1/regex/format/flags}`: a tab stop that mirrors its placeholder. */
export interface TabStopNode {
  readonly kind: 'tabstop';
  readonly index: number;
  readonly transform?: Transform;
}

/** `${1:default}`: a tab stop with default content (which may nest other elements). */
export interface PlaceholderNode {
  readonly kind: 'placeholder';
  readonly index: number;
  readonly children: readonly SnippetNode[];
}

/** `${1|one,two|}`: a tab stop whose value is picked from a list. */
export interface ChoiceNode {
  readonly kind: 'choice';
  readonly index: number;
  readonly options: readonly string[];
}

/** `$NAME`, `${NAME}`, `${NAME:default}` or `${NAME/regex/format/flags}`. */
export interface VariableNode {
  readonly kind: 'variable';
  readonly name: string;
  readonly children?: readonly SnippetNode[];
  readonly transform?: Transform;
}

/** One element of a parsed snippet body. */
export type SnippetNode = TextNode | TabStopNode | PlaceholderNode | ChoiceNode | VariableNode;

/** One piece of a transform's format string. */
export type FormatPart =
  | { readonly kind: 'text'; readonly value: string }
  | {
      readonly kind: 'group';
      readonly group: number;
      readonly modifier?: 'upcase' | 'downcase' | 'capitalize' | 'camelcase' | 'pascalcase';
      readonly ifValue?: string;
      readonly elseValue?: string;
    };

/** `/regex/format/flags`, applied to a variable's value or a tab stop's text. */
export interface Transform {
  readonly regex: RegExp;
  readonly format: readonly FormatPart[];
}

/** A malformed snippet body, with the UTF-16 offset where parsing failed. */
export class SnippetSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'SnippetSyntaxError';
  }
}

/**
 * The variables VS Code resolves (documented list). Any other name would be inserted as a
 * placeholder named after the variable, which in a shipped snippet is always a typo.
 */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD',
  'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR',
  'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

const MODIFIERS = new Set(['upcase', 'downcase', 'capitalize', 'camelcase', 'pascalcase']);

/** Recursive-descent parser over one body; `pos` is the UTF-16 offset of the next character. */
class Parser {
  pos = 0;

  constructor(readonly src: string) {}

  fail(message: string, at = this.pos): never {
    throw new SnippetSyntaxError(message, at);
  }

  peek(ahead = 0): string | undefined {
    return this.src[this.pos + ahead];
  }

  /** Elements until the end of input (top level) or an unescaped `}` (inside a placeholder). */
  parseElements(inside: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\') {
        // Only `$`, `}` and `\` are escapable in text; VS Code keeps any other backslash.
        const next = this.peek(1);
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
        continue;
      }
      if (c === '}' && inside) {
        flush();
        return nodes;
      }
      if (c === '$') {
        const element = this.parseDollar();
        if (element) {
          flush();
          nodes.push(element);
          continue;
        }
        // A `$` not followed by a digit, a name or `{` is literal text for VS Code too.
        text += c;
        this.pos += 1;
        continue;
      }
      text += c;
      this.pos += 1;
    }
    if (inside) this.fail('unclosed placeholder');
    flush();
    return nodes;
  }

  readInt(): number | undefined {
    const m = /^[0-9]+/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  readName(): string | undefined {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  checkVariable(name: string, at: number): void {
    if (!KNOWN_VARIABLES.has(name)) this.fail(`unknown variable ${name}`, at);
  }

  /** Parses what starts at a `$`, or returns undefined when the `$` is literal. */
  parseDollar(): SnippetNode | undefined {
    const start = this.pos;
    const next = this.peek(1);
    if (next !== undefined && /[0-9]/.test(next)) {
      this.pos += 1;
      return { kind: 'tabstop', index: this.readInt()! };
    }
    if (next !== undefined && /[_a-zA-Z]/.test(next)) {
      this.pos += 1;
      const name = this.readName()!;
      this.checkVariable(name, start);
      return { kind: 'variable', name };
    }
    if (next !== '{') return undefined;
    this.pos += 2;
    const index = this.readInt();
    if (index !== undefined) return this.parseTabStopRest(index, start);
    const nameAt = this.pos;
    const name = this.readName();
    if (name === undefined) this.fail('expected a tab stop number or a variable name after "${"');
    this.checkVariable(name, nameAt);
    return this.parseVariableRest(name);
  }

  parseTabStopRest(index: number, start: number): SnippetNode {
    const c = this.peek();
    if (c === '}') {
      this.pos += 1;
      return { kind: 'tabstop', index };
    }
    if (c === ':') {
      this.pos += 1;
      const children = this.parseElements(true);
      this.pos += 1;
      return { kind: 'placeholder', index, children };
    }
    if (c === '|') {
      this.pos += 1;
      return { kind: 'choice', index, options: this.parseChoiceOptions(start) };
    }
    if (c === '/') {
      const transform = this.parseTransform();
      return { kind: 'tabstop', index, transform };
    }
    return this.fail(`unexpected ${c === undefined ? 'end' : JSON.stringify(c)} in tab stop`);
  }

  parseVariableRest(name: string): SnippetNode {
    const c = this.peek();
    if (c === '}') {
      this.pos += 1;
      return { kind: 'variable', name };
    }
    if (c === ':') {
      this.pos += 1;
      const children = this.parseElements(true);
      this.pos += 1;
      return { kind: 'variable', name, children };
    }
    if (c === '/') return { kind: 'variable', name, transform: this.parseTransform() };
    return this.fail(`unexpected ${c === undefined ? 'end' : JSON.stringify(c)} in variable`);
  }

  /** `one,two|}` after `${1|`: options separated by `,`, with `\,`, `\|` and `\\` escapes. */
  parseChoiceOptions(start: number): string[] {
    const options: string[] = [];
    let option = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unclosed choice', start);
      if (c === '\\' && (this.peek(1) === ',' || this.peek(1) === '|' || this.peek(1) === '\\')) {
        option += this.peek(1);
        this.pos += 2;
        continue;
      }
      if (c === ',' || c === '|') {
        // VS Code gives up on the whole choice when an option is empty.
        if (option === '') this.fail('empty choice option');
        options.push(option);
        option = '';
        this.pos += 1;
        if (c === '|') {
          if (this.peek() !== '}') this.fail('expected "}" after the choices');
          this.pos += 1;
          return options;
        }
        continue;
      }
      option += c;
      this.pos += 1;
    }
  }

  /** `/regex/format/flags}`, consuming the closing brace. */
  parseTransform(): Transform {
    const start = this.pos;
    this.pos += 1;
    let source = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unclosed transform', start);
      this.pos += 1;
      if (c === '/') break;
      if (c === '\\' && this.peek() === '/') {
        source += '/';
        this.pos += 1;
      } else if (c === '\\' && this.peek() !== undefined) {
        source += c + this.peek();
        this.pos += 1;
      } else {
        source += c;
      }
    }
    const format = this.parseFormat(start);
    const flagsAt = this.pos;
    let flags = '';
    while (this.peek() !== '}') {
      const c = this.peek();
      if (c === undefined) this.fail('unclosed transform', start);
      flags += c;
      this.pos += 1;
    }
    this.pos += 1;
    try {
      return { regex: new RegExp(source, flags), format };
    } catch (e) {
      return this.fail(`bad regular expression /${source}/${flags}: ${(e as Error).message}`, flagsAt);
    }
  }

  /** The format string of a transform, up to and including its closing `/`. */
  parseFormat(start: number): FormatPart[] {
    const parts: FormatPart[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') parts.push({ kind: 'text', value: text });
      text = '';
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unclosed transform', start);
      if (c === '/') {
        this.pos += 1;
        flush();
        return parts;
      }
      if (c === '\\' && this.peek(1) !== undefined) {
        text += this.peek(1);
        this.pos += 2;
        continue;
      }
      if (c === '$' && this.peek(1) !== undefined && /[0-9{]/.test(this.peek(1)!)) {
        flush();
        parts.push(this.parseFormatGroup());
        continue;
      }
      text += c;
      this.pos += 1;
    }
  }

  /** `$1`, `${1}`, `${1:/upcase}`, `${1:+if}`, `${1:?if:else}`, `${1:-else}` or `${1:else}`. */
  parseFormatGroup(): FormatPart {
    this.pos += 1;
    if (this.peek() !== '{') return { kind: 'group', group: this.readInt()! };
    this.pos += 1;
    const group = this.readInt();
    if (group === undefined) this.fail('expected a group number in the format');
    if (this.peek() === '}') {
      this.pos += 1;
      return { kind: 'group', group };
    }
    if (this.peek() !== ':') this.fail('expected ":" or "}" in the format group');
    this.pos += 1;
    const c = this.peek();
    if (c === '/') {
      this.pos += 1;
      const name = this.readName();
      if (name === undefined || !MODIFIERS.has(name)) this.fail(`unknown format modifier ${name ?? ''}`);
      this.expect('}');
      return { kind: 'group', group, modifier: name as 'upcase' };
    }
    if (c === '+') {
      this.pos += 1;
      return { kind: 'group', group, ifValue: this.readFormatText('}') };
    }
    if (c === '?') {
      this.pos += 1;
      const ifValue = this.readFormatText(':');
      return { kind: 'group', group, ifValue, elseValue: this.readFormatText('}') };
    }
    if (c === '-') this.pos += 1;
    return { kind: 'group', group, elseValue: this.readFormatText('}') };
  }

  /** Text of a conditional format up to `end` (consumed), with backslash escapes. */
  readFormatText(end: string): string {
    let text = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unclosed format group');
      this.pos += 1;
      if (c === end) return text;
      if (c === '\\' && this.peek() !== undefined) {
        text += this.peek();
        this.pos += 1;
      } else {
        text += c;
      }
    }
  }

  expect(c: string): void {
    if (this.peek() !== c) this.fail(`expected ${JSON.stringify(c)}`);
    this.pos += 1;
  }
}

/**
 * Parses a snippet body (a string, or the array of lines a snippet file stores, joined with
 * `\n` as VS Code does). Throws {@link SnippetSyntaxError} on anything VS Code would not
 * understand as intended.
 */
export function parseSnippet(body: string | readonly string[]): SnippetNode[] {
  const src = typeof body === 'string' ? body : body.join('\n');
  return new Parser(src).parseElements(false);
}

/** What to fill in when expanding a snippet. */
export interface ExpandOptions {
  /** Values of variables (`CURRENT_MONTH: '04'`); a missing variable expands to its default or ''. */
  readonly variables?: Readonly<Record<string, string>>;
  /** Text typed into tab stops, by index; otherwise the default (first placeholder or first choice). */
  readonly values?: Readonly<Record<number, string>>;
  /** Which option to pick for a choice, by tab stop index (default: the first option). */
  readonly choices?: Readonly<Record<number, number>>;
}

/** Applies a transform the way VS Code's `Transform.resolve` does. */
export function applyTransform(value: string, transform: Transform): string {
  let matched = false;
  let result = value.replace(transform.regex, (...args: unknown[]) => {
    matched = true;
    // The callback gets the match and groups, then the offset and the string, then named groups.
    const end = typeof args[args.length - 1] === 'object' ? -3 : -2;
    return formatGroups(args.slice(0, end) as (string | undefined)[], transform.format);
  });
  // Like VS Code, a transform whose regex does not match still runs its else branches.
  if (!matched && transform.format.some((p) => p.kind === 'group' && p.elseValue !== undefined)) {
    result = formatGroups([], transform.format);
  }
  return result;
}

function formatGroups(groups: readonly (string | undefined)[], format: readonly FormatPart[]): string {
  return format
    .map((part) => {
      if (part.kind === 'text') return part.value;
      const value = groups[part.group] ?? '';
      if (part.modifier === 'upcase') return value.toLocaleUpperCase();
      if (part.modifier === 'downcase') return value.toLocaleLowerCase();
      if (part.modifier === 'capitalize') return value.charAt(0).toLocaleUpperCase() + value.slice(1);
      if (part.modifier !== undefined) return value;
      if (part.ifValue !== undefined && value !== '') return part.ifValue;
      if (part.elseValue !== undefined && value === '') return part.elseValue;
      return value;
    })
    .join('');
}

/**
 * Expands a parsed snippet to the plain text the user gets when accepting every default (or the
 * given values and choices): placeholders give their default, mirrors repeat the first
 * placeholder or choice of their index, variables their value.
 */
export function expandSnippet(nodes: readonly SnippetNode[], options: ExpandOptions = {}): string {
  const defaults = new Map<number, string>();
  const collect = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'placeholder') {
        // Nested tab stops first, so that the outer default can show their defaults.
        collect(node.children);
        if (!defaults.has(node.index)) defaults.set(node.index, render(node.children));
      } else if (node.kind === 'choice' && !defaults.has(node.index)) {
        const pick = options.choices?.[node.index] ?? 0;
        const option = node.options[pick];
        if (option === undefined) throw new RangeError(`choice ${node.index} has no option ${pick}`);
        defaults.set(node.index, option);
      } else if (node.kind === 'variable' && node.children) {
        collect(node.children);
      }
    }
  };
  const valueOf = (index: number): string => options.values?.[index] ?? defaults.get(index) ?? '';
  const render = (list: readonly SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'tabstop':
            return node.transform ? applyTransform(valueOf(node.index), node.transform) : valueOf(node.index);
          case 'placeholder':
          case 'choice':
            return valueOf(node.index);
          case 'variable': {
            const value = options.variables?.[node.name];
            if (value === undefined) return node.children ? render(node.children) : '';
            return node.transform ? applyTransform(value, node.transform) : value;
          }
        }
      })
      .join('');
  // Defaults of nested placeholders need the variables, so collect before rendering.
  collect(nodes);
  return render(nodes);
}

/** Every choice of a parsed snippet, with its options, in text order (nested ones included). */
export function choicesOf(nodes: readonly SnippetNode[]): ChoiceNode[] {
  const out: ChoiceNode[] = [];
  const walk = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'choice') out.push(node);
      else if (node.kind === 'placeholder') walk(node.children);
      else if (node.kind === 'variable' && node.children) walk(node.children);
    }
  };
  walk(nodes);
  return out;
}
