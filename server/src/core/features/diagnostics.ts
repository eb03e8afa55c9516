/**
 * Diagnostics as values: every problem of a document with its stable code, its severity from the
 * settings, its message in the user's language and its fixes. Converted to LSP once, at the edge.
 */
import { problemMessage, type Locale } from '../messages';
import { CATALOG_CODE_DEFAULTS } from '../catalog/messages';
import { REPORT_SEVERITY } from '../report/reportMessages';
import type { Fix, OffsetRange, Problem, ScanResult } from '../scan/types';

/** How loud a diagnostic is; `off` hides it. */
export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** A diagnostic, ready to convert. */
export interface Diagnostic {
  readonly code: string;
  readonly range: OffsetRange;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  /** The directive is out of force (rendered struck through). */
  readonly deprecated?: boolean;
  /** The text is not needed (zero-width characters). */
  readonly unnecessary?: boolean;
  readonly fixes: readonly Fix[];
}

/** The default severity of every diagnostic code the core produces. */
export const DEFAULT_SEVERITIES: Readonly<Record<string, Severity>> = {
  'symbol-dash': 'warning',
  'symbol-space': 'warning',
  'symbol-eth': 'warning',
  'symbol-tu': 'warning',
  'symbol-no-stroke': 'warning',
  'symbol-missing-hyphen': 'warning',
  'symbol-party-as-state': 'warning',
  'symbol-state-as-party': 'warning',
  'symbol-lookalike': 'warning',
  'symbol-ampersand': 'information',
  'symbol-line-break': 'warning',
  'unknown-issuer': 'information',
  'body-issuer-mismatch': 'information',
  'type-mismatch': 'warning',
  'date-invalid': 'error',
  'date-after-document': 'warning',
  'text-nfd': 'warning',
  'text-zero-width': 'warning',
  'text-html-entity': 'information',
  'text-invalid-utf8': 'warning',
  ...REPORT_SEVERITY,
  ...Object.fromEntries(Object.entries(CATALOG_CODE_DEFAULTS).map(([code, d]) => [code, d.severity])),
};

/** Codes whose diagnostics mark text that can go. */
const UNNECESSARY = new Set(['text-zero-width']);
/** Codes whose diagnostics mark a directive out of force. */
const DEPRECATED = new Set(Object.entries(CATALOG_CODE_DEFAULTS).filter(([, d]) => d.deprecated).map(([code]) => code));

/** Every problem of a scan, citation problems and document problems, in text order. */
export function allProblems(result: ScanResult): Problem[] {
  const out: Problem[] = [...result.problems];
  for (const c of result.citations) out.push(...c.problems);
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** Turns problems into diagnostics with the configured severities; `off` codes are dropped. */
export function toDiagnostics(problems: readonly Problem[], severities: Readonly<Record<string, Severity>>, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of problems) {
    const severity = severities[p.code] ?? DEFAULT_SEVERITIES[p.code] ?? 'warning';
    if (severity === 'off') continue;
    out.push({
      code: p.code,
      range: p.range,
      severity,
      message: problemMessage(p, locale),
      fixes: p.fixes,
      ...(DEPRECATED.has(p.code) && { deprecated: true }),
      ...(UNNECESSARY.has(p.code) && { unnecessary: true }),
    });
  }
  return out;
}
