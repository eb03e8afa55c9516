/**
 * Settings have one path: the `vanban.*` settings of package.json arrive as a wire object, are
 * turned into a typed `Config` with defaults here, once, and passed explicitly to features.
 */
import { DEFAULT_SEVERITIES, type Severity } from '../core/features/diagnostics';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_BYTES } from '../node/files';

/** Default glob of workspace catalog files (setting `vanban.catalog.files`). */
export const DEFAULT_CATALOG_GLOB = '**/vanban.catalog.{yaml,yml,json}';

/** The settings as the client sends them (section `vanban`); anything may be missing or wrong. */
export interface WireSettings {
  files?: { include?: unknown; exclude?: unknown; maxSizeMB?: unknown };
  diagnostics?: Record<string, unknown>;
  catalog?: { files?: unknown; builtin?: unknown };
  locality?: unknown;
}

/** The typed configuration features use. */
export interface Config {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxBytes: number;
  readonly severities: Readonly<Record<string, Severity>>;
  /** Glob of workspace catalog files. */
  readonly catalogGlob: string;
  /** Whether the built-in catalog is used. */
  readonly builtinCatalog: boolean;
  /** The province or district of local directives when the text does not say (`vanban.locality`). */
  readonly locality: string | undefined;
}

const SEVERITIES = new Set<Severity>(['off', 'hint', 'information', 'warning', 'error']);

function stringList(v: unknown, fallback: readonly string[]): readonly string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  // VS Code's `files.exclude` style: { "glob": true }.
  if (v && typeof v === 'object') return Object.entries(v).filter(([, on]) => on === true).map(([k]) => k);
  return fallback;
}

/** Builds the configuration from wire settings, with defaults for whatever is missing or invalid. */
export function toConfig(w: WireSettings | undefined | null): Config {
  const severities: Record<string, Severity> = { ...DEFAULT_SEVERITIES };
  for (const [code, v] of Object.entries(w?.diagnostics ?? {})) {
    if (typeof v === 'string' && SEVERITIES.has(v as Severity)) severities[code] = v as Severity;
  }
  const mb = Number(w?.files?.maxSizeMB);
  return {
    include: stringList(w?.files?.include, DEFAULT_INCLUDE),
    exclude: stringList(w?.files?.exclude, DEFAULT_EXCLUDE),
    maxBytes: Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_MAX_BYTES,
    severities,
    catalogGlob: typeof w?.catalog?.files === 'string' && w.catalog.files.trim() ? w.catalog.files : DEFAULT_CATALOG_GLOB,
    builtinCatalog: w?.catalog?.builtin !== false,
    locality: typeof w?.locality === 'string' && w.locality.trim() ? w.locality.trim() : undefined,
  };
}
