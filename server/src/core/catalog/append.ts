/**
 * Writes a new entry into a catalog file's text, as one edit appended to its list of directives,
 * in the file's own format and indentation ("add to workspace catalog").
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { TextEdit } from '../scan/types';
import type { CatalogFormat } from './types';

/** The fields of a new entry, in the order they are written. Empty fields are left out. */
export interface EntryDraft {
  readonly symbol: string;
  readonly type?: string;
  readonly body?: string;
  readonly date?: string;
  readonly term?: string;
  readonly locality?: string;
  readonly title?: string;
  readonly source?: string;
  readonly confidence?: 'verified' | 'sourced' | 'believed';
  readonly notes?: string;
}

const ORDER: readonly (keyof EntryDraft)[] = ['symbol', 'type', 'body', 'date', 'term', 'locality', 'title', 'source', 'confidence', 'notes'];

function fields(d: EntryDraft): [string, string][] {
  return ORDER.filter((k) => d[k] !== undefined && d[k] !== '').map((k) => [k, d[k]!]);
}

/**
 * The edit that appends `draft` to a catalog file whose text is `catalogText` (empty for a new
 * file): after the last entry of its `directives` list (or top-level list), else as a new list.
 */
export function appendEntryEdit(catalogText: string, format: CatalogFormat, draft: EntryDraft): TextEdit {
  return format === 'json' ? appendJson(catalogText, draft) : appendYaml(catalogText, draft);
}

function listNode(text: string): Node | undefined {
  const doc = parseDocument(text, { prettyErrors: false });
  const top = doc.contents as Node | null;
  if (isSeq(top)) return top;
  if (isMap(top)) {
    const v = top.get('directives', true) as Node | undefined;
    if (isSeq(v)) return v;
  }
  return undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function appendYaml(text: string, draft: EntryDraft): TextEdit {
  const list = listNode(text);
  const lines = (indent: string): string => fields(draft)
    .map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${JSON.stringify(v)}\n`).join('');
  if (list && isSeq(list) && list.items.length > 0 && !list.flow) {
    const first = list.items[0] as Node;
    const dash = text.lastIndexOf('-', first.range![0]);
    const indent = ' '.repeat(dash - lineStart(text, dash));
    const at = (list.items[list.items.length - 1] as Node).range![2];
    const end = Math.min(at, text.length);
    const pre = text[end - 1] === '\n' || end === 0 ? '' : '\n';
    return { range: { start: end, end }, newText: pre + lines(indent) };
  }
  if (text.trim() === '') return { range: { start: 0, end: text.length }, newText: `directives:\n${lines('  ')}` };
  // A file with no block list of entries yet: add one at the end.
  const pre = text.endsWith('\n') ? '' : '\n';
  return { range: { start: text.length, end: text.length }, newText: `${pre}directives:\n${lines('  ')}` };
}

function appendJson(text: string, draft: EntryDraft): TextEdit {
  const list = listNode(text);
  const body = (indent: string): string => `{\n${fields(draft).map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n${indent}}`;
  if (list && isSeq(list)) {
    const close = text.lastIndexOf(']', list.range![1] - 1);
    if (list.items.length > 0) {
      const last = list.items[list.items.length - 1] as Node;
      const at = last.range![1];
      const start = lineStart(text, last.range![0]);
      const indent = /^\s*/.exec(text.slice(start, last.range![0]))![0];
      return { range: { start: at, end: at }, newText: `,\n${indent}${body(indent)}` };
    }
    if (close >= 0) return { range: { start: close, end: close }, newText: `\n    ${body('    ')}\n  ` };
  }
  if (text.trim() === '') return { range: { start: 0, end: text.length }, newText: `{\n  "directives": [\n    ${body('    ')}\n  ]\n}\n` };
  // Not a catalog we can extend safely: replace nothing, add a comment-free new list at the end would break JSON.
  return { range: { start: text.length, end: text.length }, newText: '' };
}
