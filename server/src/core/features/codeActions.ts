/**
 * Quick fixes: the fixes of the diagnostics under the cursor, and one "fix all" that applies every
 * preferred fix of the document whose edits do not overlap.
 */
import { fixTitle, type Locale } from '../messages';
import type { Fix, OffsetRange, TextEdit } from '../scan/types';
import type { Diagnostic } from './diagnostics';

/** A code action as a value. */
export interface Action {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly edits: readonly TextEdit[];
  /** When the edits apply to another file than the document (the workspace catalog). */
  readonly uri?: string;
  /** Whether that file must be created first. */
  readonly createFile?: boolean;
  readonly preferred: boolean;
  /** The diagnostics it fixes. */
  readonly diagnostics: readonly Diagnostic[];
}

const FIX_ALL = { vi: 'Sửa tất cả lỗi trích dẫn có thể tự sửa', en: 'Fix all auto-fixable citation problems' } as const;

function intersects(a: OffsetRange, b: OffsetRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Quick fixes for the diagnostics that touch `range`. */
export function quickFixes(diagnostics: readonly Diagnostic[], range: OffsetRange, locale: Locale): Action[] {
  const out: Action[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (!intersects(d.range, range)) continue;
    for (const f of d.fixes) {
      const title = fixTitle(f, locale);
      // The same edit can fix several diagnostics of one symbol (an en-dash and "TƯ"): offer it once.
      const sig = title + JSON.stringify(f.edits);
      if (seen.has(sig)) continue;
      seen.add(sig);
      const other = f as Fix & { uri?: string; createFile?: boolean };
      out.push({
        title, kind: 'quickfix', edits: f.edits, preferred: f.preferred === true, diagnostics: [d],
        ...(other.uri && { uri: other.uri }), ...(other.createFile && { createFile: true }),
      });
    }
  }
  return out;
}

/** One action applying every preferred fix whose edits do not overlap an earlier one. */
export function fixAll(diagnostics: readonly Diagnostic[], locale: Locale): Action | undefined {
  const edits: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  const taken: OffsetRange[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    // Only fixes of the document itself: "fix all" never writes other files.
    const f = d.fixes.find((x) => x.preferred && !(x as Fix & { uri?: string }).uri);
    if (!f) continue;
    const sig = JSON.stringify(f.edits);
    if (seen.has(sig)) { fixed.push(d); continue; }
    if (f.edits.some((e) => taken.some((t) => e.range.start < t.end && t.start < e.range.end))) continue;
    seen.add(sig);
    edits.push(...f.edits);
    taken.push(...f.edits.map((e) => e.range));
    fixed.push(d);
  }
  if (edits.length === 0) return undefined;
  return { title: FIX_ALL[locale], kind: 'source.fixAll', edits, preferred: false, diagnostics: fixed };
}
