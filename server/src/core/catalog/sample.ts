/**
 * A report that cites catalog entries the way articles do: for each, a full first citation (type
 * word, "số", symbol, date, body, subject) and a short mention after it. The server scans and
 * checks it while the editor is idle (`lsp/warmUp.ts`), so that the code a keystroke runs is
 * compiled before the user's first keystroke, not during it.
 */
import { showIsoDate } from '../dateText';
import type { CatalogEntry } from './types';

/**
 * The report: a heading, its place-and-date line (the day of the latest entry, so that no
 * citation postdates the report), one paragraph per entry that has a type word.
 */
export function sampleReport(entries: readonly CatalogEntry[]): string {
  const latest = entries.reduce((d, e) => (e.date && e.date > d ? e.date : d), '2000-01-01');
  const [y, m, d] = latest.split('-').map(Number) as [number, number, number];
  const lines = ['# BÁO CÁO', '', `Hà Nội, ngày ${d} tháng ${m} năm ${y}`, '', '## I. TÌNH HÌNH THỰC HIỆN', ''];
  for (const e of entries) {
    if (!e.type) continue;
    const date = e.date ? `, ngày ${showIsoDate(e.date)}` : '';
    const body = e.body ? ` của ${e.body}` : '';
    const title = e.title ? ` về ${e.title}` : '';
    lines.push(`Thực hiện ${e.type} số ${e.symbol}${date}${body}${title}. Các cấp đã quán triệt ${e.type} ${e.number}.`, '');
  }
  return lines.join('\n');
}
