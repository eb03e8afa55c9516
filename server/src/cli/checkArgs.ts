/**
 * The arguments of `vanban check`, parsed strictly: an unknown flag or a bad value is a usage
 * error (exit code 2), never silently ignored — a CI job must not pass because of a typo.
 */
import { makeDate } from '../core/scan/dates';
import type { Locale } from '../core/messages';

/** An output format. */
export type Format = 'text' | 'json' | 'sarif';

/** A severity a check can fail on. */
export type Threshold = 'error' | 'warning' | 'information' | 'hint';

/** What `vanban check` was asked to do. */
export interface CheckArgs {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly catalogs: readonly string[];
  /** ISO date that replaces the documents' own dates in date checks. */
  readonly date?: string;
  readonly severity: Threshold;
  readonly locale?: Locale;
  /** Worker threads (default: one per CPU, up to 8; 1: none). */
  readonly jobs?: number;
  readonly help: boolean;
}

/** The usage text of `vanban check`. */
export const CHECK_USAGE = `Usage: vanban check <files or folders…> [options]

Checks every directive citation with the editor's diagnostics and prints the problems.
Folders are walked with the vanban.files.* settings of the nearest .vscode/settings.json.

Options:
  --format text|json|sarif   output format (default text: file:line:col severity code message)
  --severity error|warning|information|hint
                             report and fail on problems at least this severe (default warning)
  --date YYYY-MM-DD          judge dates against this date instead of each text's own date
  --catalog FILE             a catalog file (YAML or JSON) to check too; repeat for more
                             (vanban.catalog.yaml/.yml/.json files in the folders are checked anyway)
  --locale vi|en             language of the messages (default: from VANBAN_LOCALE or LANG)
  --jobs N                   worker threads for large trees (default: one per CPU, up to 8)
  -h, --help                 show this help

Exit code: 0 no problem at or above the severity, 1 some, 2 usage or I/O error.
`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'information', 'hint'];

/** Parses the arguments after `check`; returns an error message for a usage error. */
export function parseCheckArgs(argv: readonly string[]): CheckArgs | { error: string } {
  const paths: string[] = [];
  const catalogs: string[] = [];
  let format: Format = 'text';
  let severity: Threshold = 'warning';
  let date: string | undefined;
  let locale: Locale | undefined;
  let jobs: number | undefined;
  let help = false;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyPaths || !a.startsWith('-') || a === '-') { paths.push(a); continue; }
    if (a === '--') { onlyPaths = true; continue; }
    if (a === '-h' || a === '--help') { help = true; continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format)) return { error: `--format must be one of ${FORMATS.join(', ')}${v === undefined ? '' : ` (got "${v}")`}` };
        format = v as Format;
        break;
      }
      case '--severity': {
        const v = value();
        if (!THRESHOLDS.includes(v as Threshold)) return { error: `--severity must be one of ${THRESHOLDS.join(', ')}${v === undefined ? '' : ` (got "${v}")`}` };
        severity = v as Threshold;
        break;
      }
      case '--date': {
        const v = value();
        const m = v === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        const iso = m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])).iso : undefined;
        if (!iso) return { error: `--date must be a real date written YYYY-MM-DD${v === undefined ? '' : ` (got "${v}")`}` };
        date = iso;
        break;
      }
      case '--catalog': {
        const v = value();
        if (!v) return { error: '--catalog needs a file' };
        catalogs.push(v);
        break;
      }
      case '--locale': {
        const v = value();
        if (v !== 'vi' && v !== 'en') return { error: `--locale must be vi or en${v === undefined ? '' : ` (got "${v}")`}` };
        locale = v;
        break;
      }
      case '--jobs': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 64) return { error: `--jobs must be a whole number from 1 to 64${v === undefined ? '' : ` (got "${v}")`}` };
        jobs = n;
        break;
      }
      default:
        return { error: `unknown option "${a}"` };
    }
  }
  if (!help && paths.length === 0) return { error: 'give at least one file or folder' };
  return { paths, format, catalogs, severity, help, ...(date && { date }), ...(locale && { locale }), ...(jobs && { jobs }) };
}
