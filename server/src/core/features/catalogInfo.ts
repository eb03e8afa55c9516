/**
 * What the catalog adds to the features: the entry a citation resolves to, its status as of the
 * citing document's date, and the lines the hover shows about it.
 */
import { disagreements, statusAt, statusText, type Catalog, type CatalogEntry, type Resolution } from '../catalog';
import { formatDate, parseIsoDate } from '../scan/dates';
import type { CitationRecord } from '../index/facts';
import type { Locale } from '../messages';
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
    replaces: 'thay thế', replacedBy: 'bị thay thế bởi', amends: 'sửa đổi, bổ sung', amendedBy: 'được sửa đổi bởi', guides: 'hướng dẫn', guidedBy: 'được hướng dẫn bởi',
    verified: 'đã kiểm chứng', sourced: 'có nguồn', believed: 'chưa kiểm chứng',
    workspace: 'danh mục của thư mục', builtin: 'danh mục có sẵn', corpus: 'các bài viết',
    date: 'ngày', body: 'cơ quan', title: 'trích yếu',
  },
  en: {
    status: 'Status', relations: 'Relations', source: 'Source', confidence: 'Confidence', catalog: 'Catalog',
    ambiguous: 'This symbol names several directives', disagree: 'Sources disagree', asOf: 'as of',
    replaces: 'replaces', replacedBy: 'replaced by', amends: 'amends', amendedBy: 'amended by', guides: 'guides', guidedBy: 'guided by',
    verified: 'verified', sourced: 'sourced', believed: 'believed',
    workspace: 'workspace catalog', builtin: 'built-in catalog', corpus: 'articles',
    date: 'date', body: 'body', title: 'title',
  },
} as const;

function show(iso: string | undefined): string {
  const d = iso ? parseIsoDate(iso) : undefined;
  return d ? formatDate(d) : (iso ?? '');
}

function describeEntry(e: CatalogEntry): string {
  return [e.type, e.symbol].filter(Boolean).join(' ') + (e.date ? `, ${show(e.date)}` : '') + (e.body ? ` — ${e.body}` : '') + (e.title ? ` — ${e.title}` : '');
}

/** The hover lines about the catalog entry of a citation, as of `asOf` (ISO). */
export function catalogHoverLines(catalog: Catalog, res: Resolution, asOf: string, locale: Locale): string[] {
  const t = L[locale];
  if ('unknown' in res) return [];
  if ('ambiguous' in res) {
    return [`**${t.ambiguous}:**`, ...res.ambiguous.map((e) => `- ${escape(describeEntry(e))}`)];
  }
  const e = res.entry;
  const lines: string[] = [];
  const st = statusAt(e, asOf, catalog);
  lines.push(`**${t.status}** (${t.asOf} ${show(asOf)})**:** ${escape(statusText(st, locale))}`);
  if (e.origin !== 'corpus') lines.push(`**${t.catalog}:** ${escape(describeEntry(e))}`);
  if (e.relations.length) {
    lines.push(`**${t.relations}:** ${e.relations.map((r) => `${t[r.kind]} ${escape(r.symbol)}${r.date ? ` (${show(r.date)})` : ''}`).join('; ')}`);
  }
  const src = [e.source && `**${t.source}:** ${escape(e.source)}`, e.confidence && `**${t.confidence}:** ${t[e.confidence]}`].filter(Boolean);
  if (src.length) lines.push(src.join(' · '));
  for (const d of disagreements(e, catalog)) {
    lines.push(`**${t.disagree}** (${t[d.field]})**:** ${d.values.map((v) => `${escape(d.field === 'date' ? show(v.value) : v.value)} (${t[v.origin]}${v.count ? ` ×${v.count}` : ''})`).join(' · ')}`);
  }
  return lines;
}
