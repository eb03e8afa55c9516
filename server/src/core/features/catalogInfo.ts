/**
 * What the catalog adds to the features: the entry a citation resolves to, its status as of the
 * citing document's date, and the lines the hover shows about it.
 */
import { disagreements, statusAt, statusText, type Catalog, type CatalogEntry, type Resolution } from '../catalog';
import { showIsoDate } from '../dateText';
import type { CitationRecord } from '../index/facts';
import { format, type Locale } from '../messages';
import { escape } from './markdown';

/** Resolves an indexed citation against the catalog. */
export function resolveRecord(catalog: Catalog, r: CitationRecord, locality?: string): Resolution {
  return catalog.resolve({
    key: r.key,
    ...(r.date && { date: r.date }),
    ...(r.term && { term: r.term }),
    ...(locality && { locality }),
    ...(r.docDate && { documentDate: r.docDate }),
  });
}

const L = {
  vi: {
    status: 'Trạng thái', relations: 'Quan hệ', source: 'Nguồn', confidence: 'Độ tin cậy', catalog: 'Theo danh mục',
    ambiguous: 'Số hiệu này ứng với nhiều văn bản', disagree: 'Các nguồn ghi khác nhau', asOf: 'tính đến',
    replaces: 'thay thế {symbol}', replacedBy: 'bị thay thế bởi {symbol}', amends: 'sửa đổi, bổ sung {symbol}', amendedBy: 'được sửa đổi, bổ sung bởi {symbol}',
    guides: 'hướng dẫn {symbol}', guidedBy: 'được hướng dẫn bởi {symbol}', since: ' từ ngày {date}',
    verified: 'đã đối chiếu với văn bản gốc', sourced: 'theo nguồn đã dẫn, chưa đối chiếu văn bản gốc', believed: 'chưa kiểm chứng',
    workspace: 'danh mục của thư mục', builtin: 'danh mục có sẵn', corpus: 'các bài viết',
    builtinSource: 'danh mục có sẵn của Vanban', workspaceSource: 'danh mục {file}', corpusSource: 'các bài viết trong thư mục ({citations} trích dẫn trong {documents} bài viết)', page: 'trang',
    date: 'ngày', body: 'cơ quan', title: 'trích yếu',
  },
  en: {
    status: 'Status', relations: 'Relations', source: 'Source', confidence: 'Confidence', catalog: 'Catalog',
    ambiguous: 'This symbol names several directives', disagree: 'Sources disagree', asOf: 'as of',
    replaces: 'replaces {symbol}', replacedBy: 'replaced by {symbol}', amends: 'amends {symbol}', amendedBy: 'amended by {symbol}',
    guides: 'guides {symbol}', guidedBy: 'guided by {symbol}', since: ' as of {date}',
    verified: 'checked against the original text', sourced: 'from the source given, not checked against the original', believed: 'not checked',
    workspace: 'workspace catalog', builtin: 'built-in catalog', corpus: 'articles',
    builtinSource: 'Vanban\'s built-in catalog', workspaceSource: 'the catalog {file}', corpusSource: 'the articles of the workspace ({citations} citations in {documents} articles)', page: 'page',
    date: 'date', body: 'body', title: 'title',
  },
} as const;

function show(iso: string | undefined): string {
  return iso ? showIsoDate(iso) : '';
}

export function describeEntry(e: CatalogEntry): string {
  return [e.type, e.symbol].filter(Boolean).join(' ') + (e.date ? `, ${show(e.date)}` : '') + (e.body ? ` — ${e.body}` : '') + (e.title ? ` — ${e.title}` : '');
}

/** Web addresses in a source text, as Markdown links named by their host ("baocamau.vn"). */
function sourceLinks(source: string | undefined): string[] {
  const out: string[] = [];
  for (const m of (source ?? '').matchAll(/https?:\/\/[^\s)"]+/gu)) {
    const host = /^https?:\/\/([^/]+)/u.exec(m[0])?.[1] ?? m[0];
    out.push(`[${escape(host)}](${m[0]})`);
  }
  return out;
}

/**
 * Where an entry comes from, as a writer reads it, in the user's language. The built-in catalog's
 * `source` fields are notes for its maintainers (in English, naming seeds and domain.md): the hover
 * names the catalog and links the web pages the notes cite, never the notes themselves. A
 * workspace catalog's source was written by its users and is shown as they wrote it.
 */
function sourceLine(catalog: Catalog, e: CatalogEntry, locale: Locale): string {
  const t = L[locale];
  let where: string;
  if (e.origin === 'corpus') {
    const f = catalog.corpus(e.key.key);
    where = format(t.corpusSource, { citations: String(f?.citations ?? 0), documents: String(f?.documents ?? 0) });
  } else if (e.origin === 'builtin') {
    const links = sourceLinks(e.source);
    where = t.builtinSource + (links.length ? ` (${t.page} ${links.join(', ')})` : '');
  } else {
    const file = e.uri.slice(e.uri.lastIndexOf('/') + 1);
    where = escape(format(t.workspaceSource, { file })) + (e.source ? `: ${escape(e.source)}` : '');
  }
  return `**${t.source}:** ${where}` + (e.confidence ? ` · **${t.confidence}:** ${t[e.confidence]}` : '');
}

/** A relation in words: "bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021" — the date is the relation's, not the other directive's. */
function relationText(r: CatalogEntry['relations'][number], locale: Locale): string {
  const t = L[locale];
  return escape(format(t[r.kind], { symbol: r.symbol })) + (r.date ? format(t.since, { date: show(r.date) }) : '');
}

/** What the hover shows of a citation's catalog entry, as of `asOf` (ISO): the status first, the details after. */
export interface CatalogHover {
  /** The status line, shown with the directive's facts. */
  readonly status?: string;
  /** The entry, relations, source and disagreements, shown after the citing articles. */
  readonly details: readonly string[];
}

/** The hover lines about the catalog entry of a citation, as of `asOf` (ISO). */
export function catalogHoverLines(catalog: Catalog, res: Resolution, asOf: string, locale: Locale): CatalogHover {
  const t = L[locale];
  if ('unknown' in res) return { details: [] };
  if ('ambiguous' in res) {
    return { details: [`**${t.ambiguous}:**`, ...res.ambiguous.map((e) => `- ${escape(describeEntry(e))}`)] };
  }
  const e = res.entry;
  const lines: string[] = [];
  const st = statusAt(e, asOf, catalog);
  const status = `**${t.status}** (${t.asOf} ${show(asOf)})**:** ${escape(statusText(st, locale))}`;
  if (e.origin !== 'corpus') lines.push(`**${t.catalog}:** ${escape(describeEntry(e))}`);
  if (e.relations.length) lines.push(`**${t.relations}:** ${e.relations.map((r) => relationText(r, locale)).join('; ')}`);
  lines.push(sourceLine(catalog, e, locale));
  for (const d of disagreements(e, catalog)) {
    lines.push(`**${t.disagree}** (${t[d.field]})**:** ${d.values.map((v) => `${escape(d.field === 'date' ? show(v.value) : v.value)} (${t[v.origin]}${v.count ? ` ×${v.count}` : ''})`).join(' · ')}`);
  }
  return { status, details: lines };
}
