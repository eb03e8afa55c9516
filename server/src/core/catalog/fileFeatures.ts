/**
 * Editor features inside a catalog file: completion of field names, hover on a field name, and
 * what stands at an offset (an entry, or the symbol of a relation for go-to-definition). They
 * work on the raw text with a light reading of its structure (indentation for YAML, brackets for
 * JSON), so that they keep working while the file is half typed and does not parse.
 */
import type { OffsetRange } from '../scan/types';
import { ENTRY_FIELDS, RELATION_FIELDS, TOP_FIELDS, type FieldDoc } from './fields';
import type { CatalogEntry, CatalogFormat, ParsedCatalog, Relation } from './types';

/** Which mapping an offset is in. */
export type CatalogContext = 'top' | 'entry' | 'relation';

/** Field names to offer at an offset. */
export interface CatalogCompletion {
  readonly context: CatalogContext;
  /** The fields not yet present in that mapping, in the usual order. */
  readonly fields: readonly FieldDoc[];
  /** The partial name being typed, to replace. */
  readonly range: OffsetRange;
}

/** A field name under the cursor and its description. */
export interface CatalogFieldHover {
  readonly context: CatalogContext;
  readonly field: FieldDoc;
  readonly range: OffsetRange;
}

function docsFor(context: CatalogContext): readonly FieldDoc[] {
  return context === 'entry' ? ENTRY_FIELDS : context === 'relation' ? RELATION_FIELDS : TOP_FIELDS;
}

interface Line { readonly start: number; readonly text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (const t of text.split('\n')) {
    out.push({ start: s, text: t.replace(/\r$/, '') });
    s += t.length + 1;
  }
  return out;
}

/** The column where a YAML line's key starts (after the indentation and any "- " / "{ "), and that key. */
function yamlKey(line: string): { col: number; key: string | undefined; item: boolean } | undefined {
  const m = /^( *)((?:- +)*)(?:\{ *)?([^\s:#{}[\],]*)/.exec(line);
  if (!m || line.trim() === '' || line.trimStart().startsWith('#')) return undefined;
  const col = m[1]!.length + m[2]!.length;
  const after = line.slice(m[0].length);
  return { col, key: /^\s*:/.test(after) ? m[3] : undefined, item: m[2]!.length > 0 };
}

/** The context of a YAML line: walks up to the first less indented key. */
function yamlContext(lines: readonly Line[], index: number, col: number): CatalogContext {
  for (let i = index - 1; i >= 0; i--) {
    const k = yamlKey(lines[i]!.text);
    if (!k || k.col >= col) continue;
    if (k.key === 'relations') return 'relation';
    if (k.key === 'directives') return 'entry';
    return 'top';
  }
  // Nothing less indented above: a top-level list of entries, or the top mapping.
  const first = lines.map((l) => yamlKey(l.text)).find((k) => k !== undefined);
  return first?.item ? 'entry' : 'top';
}

/** The keys already present in the YAML mapping that holds line `index`. */
function yamlSiblings(lines: readonly Line[], index: number, col: number): Set<string> {
  const keys = new Set<string>();
  const visit = (i: number): boolean => {
    const k = yamlKey(lines[i]!.text);
    if (!k) return true;
    if (k.col < col) return false;
    if (k.col === col && k.key) keys.add(k.key);
    return true;
  };
  for (let i = index - 1; i >= 0; i--) {
    if (!visit(i)) break;
    const k = yamlKey(lines[i]!.text);
    if (k && k.col === col && k.item) break;
  }
  for (let i = index + 1; i < lines.length; i++) {
    const k = yamlKey(lines[i]!.text);
    if (k && k.col === col && k.item) break;
    if (!visit(i)) break;
  }
  return keys;
}

/** For JSON: the chain of keys of the containers around an offset, and the keys of the innermost object. */
function jsonPath(text: string, offset: number): { path: string[]; siblings: Set<string> } {
  const stack: { kind: '{' | '['; key: string | undefined; keys: Set<string> }[] = [];
  let lastString: string | undefined;
  let pendingKey: string | undefined;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      lastString = text.slice(i + 1, j);
      i = j;
      continue;
    }
    if (c === ':') {
      pendingKey = lastString;
      if (pendingKey !== undefined) stack[stack.length - 1]?.keys.add(pendingKey);
    } else if (c === '{' || c === '[') {
      stack.push({ kind: c, key: pendingKey, keys: new Set() });
      pendingKey = undefined;
    } else if (c === '}' || c === ']') {
      stack.pop();
      pendingKey = undefined;
    } else if (c === ',') pendingKey = undefined;
  }
  const path = stack.map((s) => (s.kind === '[' ? `[${s.key ?? ''}]` : '{'));
  return { path, siblings: stack[stack.length - 1]?.keys ?? new Set() };
}

function jsonContext(path: readonly string[]): CatalogContext {
  const inner = path.length - 1;
  if (inner < 0 || path[inner] !== '{') return 'top';
  if (path[inner - 1] === '[relations]') return 'relation';
  if (path[inner - 1] === '[directives]' || (inner === 1 && path[0] === '[]')) return 'entry';
  return 'top';
}

/** The field names to offer at `offset` of a catalog file. */
export function catalogCompletions(text: string, format: CatalogFormat, offset: number): CatalogCompletion {
  if (format === 'json') {
    const { path, siblings } = jsonPath(text, offset);
    const context = jsonContext(path);
    const m = /"?[\p{L}$]*$/u.exec(text.slice(Math.max(0, offset - 40), offset))!;
    const range = { start: offset - m[0].length, end: offset };
    return { context, fields: docsFor(context).filter((f) => !siblings.has(f.name)), range };
  }
  const lines = linesOf(text);
  let index = lines.findIndex((l) => offset >= l.start && offset <= l.start + l.text.length);
  if (index < 0) index = lines.length - 1;
  const line = lines[index]!;
  const before = line.text.slice(0, offset - line.start);
  const word = /[\p{L}$]*$/u.exec(before)![0];
  const inBraces = before.lastIndexOf('{') > before.lastIndexOf('}');
  const col = inBraces ? before.lastIndexOf('{') + 1 : (/^( *(?:- +)*)/.exec(before)![1]!.length);
  const context = yamlContext(lines, index, col);
  const present = inBraces
    ? new Set([...before.matchAll(/([\p{L}$]+)\s*:/gu)].map((m) => m[1]!))
    : yamlSiblings(lines, index, col);
  return { context, fields: docsFor(context).filter((f) => !present.has(f.name)), range: { start: offset - word.length, end: offset } };
}

/** The field name under `offset`, with its description, or undefined. */
export function catalogHover(text: string, format: CatalogFormat, offset: number): CatalogFieldHover | undefined {
  const from = Math.max(0, offset - 40);
  const window = text.slice(from, Math.min(text.length, offset + 40));
  const re = format === 'json' ? /"([\p{L}$]+)"\s*:/gu : /([\p{L}$]+)\s*:(?=\s|$)/gu;
  for (const m of window.matchAll(re)) {
    const start = from + m.index + (format === 'json' ? 1 : 0);
    const end = start + m[1]!.length;
    if (offset < start || offset > end) continue;
    const context = format === 'json' ? jsonContext(jsonPath(text, start).path) : catalogCompletions(text, format, start).context;
    const field = docsFor(context).find((f) => f.name === m[1]) ?? ENTRY_FIELDS.find((f) => f.name === m[1]);
    return field ? { context, field, range: { start, end } } : undefined;
  }
  return undefined;
}

/** The entry of a parsed catalog file that contains `offset`. */
export function entryAt(file: ParsedCatalog, offset: number): CatalogEntry | undefined {
  return file.entries.find((e) => e.ranges && offset >= e.ranges.entry.start && offset <= e.ranges.entry.end);
}

/** The relation whose `symbol` value contains `offset` (go-to-definition resolves it with `Catalog.target`). */
export function relationAt(file: ParsedCatalog, offset: number): Relation | undefined {
  const e = entryAt(file, offset);
  return e?.relations.find((r) => r.symbolRange && offset >= r.symbolRange.start && offset <= r.symbolRange.end);
}

/** Where go-to-definition lands for an entry: its symbol value, else the whole entry. */
export function definitionRange(e: CatalogEntry): OffsetRange | undefined {
  return e.ranges?.values.symbol ?? e.ranges?.entry;
}
