/**
 * Whether a document is a draft being written (its first mentions must be full citations and it
 * is judged as of today when it states no date) rather than a published article.
 */

/** Folder names that hold drafts. */
const DRAFT_FOLDER = /(?:^|\/)(?:du-?thao|dự[ -]?thảo|drafts?|ban-?thao|bản[ -]?thảo)(?:\/|$)/iu;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** A draft: an untitled document, a file in a drafts folder, or one with front matter `type:` or `draft: true`. */
export function isDraft(uri: string, text: string): boolean {
  if (uri.startsWith('untitled:')) return true;
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
    // A malformed escape: look at the uri as it is.
  }
  if (DRAFT_FOLDER.test(path)) return true;
  const fm = FRONT_MATTER.exec(text.slice(0, 2000));
  return !!fm && /^(?:type:\s*\S|draft:\s*true)/m.test(fm[1]!);
}

/** Today's date as ISO `yyyy-mm-dd` in local time. */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
