/**
 * Report templates for "Vanban: New report from template": the whole-report snippets shipped in
 * `snippets/bao-cao.code-snippets`, read as data. Pure (no VS Code), so it is unit-tested.
 */

/** One template: a snippet whose body is a whole report. */
export interface Template {
  /** The snippet's name ("Báo cáo sơ kết 6 tháng"). */
  readonly name: string;
  readonly description: string;
  /** The prefixes a user may type for it, the ASCII ones included. */
  readonly prefixes: readonly string[];
  /** The snippet body as one string in VS Code snippet syntax (tab stops, choices, variables). */
  readonly body: string;
}

interface SnippetJson {
  readonly prefix?: string | readonly string[];
  readonly body?: string | readonly string[];
  readonly description?: string;
}

/**
 * Parses a `.code-snippets` file. These files are JSON with comments and trailing commas allowed
 * (VS Code reads them as JSONC); both are removed outside strings before `JSON.parse`.
 * Entries without a body are skipped; order is kept.
 */
export function parseTemplates(text: string): Template[] {
  const data = JSON.parse(stripJsonc(text)) as Record<string, SnippetJson>;
  const out: Template[] = [];
  for (const [name, s] of Object.entries(data)) {
    if (!s || s.body === undefined) continue;
    const body = typeof s.body === 'string' ? s.body : s.body.join('\n');
    const prefixes = s.prefix === undefined ? [] : typeof s.prefix === 'string' ? [s.prefix] : [...s.prefix];
    out.push({ name, description: s.description ?? '', prefixes, body });
  }
  return out;
}

/** Removes `//` and `/* *\/` comments and trailing commas outside strings. */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      // Copy the string literal, escapes included.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (ch === ',') {
      // A comma followed only by blanks before a closing bracket is a trailing comma.
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] !== '}' && text[j] !== ']') out += ch;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
