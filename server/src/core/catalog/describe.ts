/**
 * What hover shows of a directive beyond its fields: its status as of a date in words, and where
 * the sources disagree (a workspace entry against the built-in one, the catalog against the
 * clear majority of the corpus).
 */
import type { Locale } from '../messages';
import { format } from '../messages';
import { dateLabel, sameBody, titleAgrees } from './format';
import type { Catalog, StatusAt } from './resolve';
import type { CatalogEntry, CatalogOrigin } from './types';

const STATUS_TEXT: Readonly<Record<string, { vi: string; en: string }>> = {
  'in-force': { vi: 'còn hiệu lực', en: 'in force' },
  'superseded': { vi: 'bị thay thế bởi {successor} từ ngày {since}', en: 'superseded by {successor} on {since}' },
  'repealed': { vi: 'bị bãi bỏ từ ngày {since}', en: 'repealed on {since}' },
  'expired': { vi: 'hết hiệu lực từ ngày {since}', en: 'expired on {since}' },
  'not-yet-issued': { vi: 'chưa ban hành vào ngày đó', en: 'not yet issued on that date' },
  'unknown': { vi: 'chưa rõ hiệu lực', en: 'status unknown' },
};

/** A status in words: "bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021". */
export function statusText(st: StatusAt, locale: Locale): string {
  const t = STATUS_TEXT[st.status] ?? STATUS_TEXT['unknown']!;
  // Without a known day, say what happened and leave the day out rather than print "?".
  const template = st.since ? t[locale] : t[locale].replace(/ (?:từ ngày|on) \{since\}/u, '');
  return format(template, { successor: st.successor?.symbol ?? st.by?.symbol ?? '?', since: dateLabel(st.since) });
}

/** One field on which the sources disagree, with what each says. */
export interface Disagreement {
  readonly field: 'date' | 'body' | 'title';
  readonly values: readonly { readonly origin: CatalogOrigin; readonly value: string; readonly count?: number }[];
}

/**
 * Where the sources disagree about an entry: the entries it overrides (a workspace entry over the
 * built-in one) and the corpus's clear majority (≥ 60% of at least 2 citations), when the key has
 * a single directive (with twins, the corpus counts cannot be told apart).
 */
export function disagreements(entry: CatalogEntry, catalog: Catalog): Disagreement[] {
  const out: Disagreement[] = [];
  const differs = {
    date: (a: string, b: string) => a !== b,
    body: (a: string, b: string) => sameBody(a, b) === false,
    title: (a: string, b: string) => !titleAgrees(a, b) && !titleAgrees(b, a),
  };
  const corpus = catalog.lookup(entry.key.key).length === 1 ? catalog.corpus(entry.key.key) : undefined;
  for (const field of ['date', 'body', 'title'] as const) {
    const mine = entry[field];
    if (mine === undefined) continue;
    const values: { origin: CatalogOrigin; value: string; count?: number }[] = [];
    for (const s of entry.shadows ?? []) {
      const v = s[field];
      if (v !== undefined && differs[field](mine, v)) values.push({ origin: s.origin, value: v });
    }
    const counted = corpus?.[field === 'date' ? 'dates' : field === 'body' ? 'bodies' : 'titles'] ?? [];
    const total = counted.reduce((n, c) => n + c.count, 0);
    const top = counted[0];
    if (top && top.count >= 2 && top.count >= 0.6 * total && differs[field](mine, top.value)) values.push({ origin: 'corpus', value: top.value, count: top.count });
    if (values.length > 0) out.push({ field, values: [{ origin: entry.origin, value: mine }, ...values] });
  }
  return out;
}
