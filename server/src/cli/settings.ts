/**
 * The command line honours the same settings as the editor: the `vanban.*` keys of the nearest
 * `.vscode/settings.json` (in the folder checked or one of its ancestors). That file is JSONC —
 * comments and trailing commas are allowed — so it is cleaned before `JSON.parse`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { WireSettings } from '../lsp/config';

/** Where settings were found, and what they say. */
export interface FoundSettings {
  /** The settings file, or undefined when there is none. */
  readonly file?: string;
  /** The workspace folder the file belongs to (the parent of `.vscode`). */
  readonly folder?: string;
  readonly settings: WireSettings;
}

/**
 * Removes `//` and `/* *\/` comments and trailing commas from JSONC, leaving strings intact. Every
 * removed character becomes a space (newlines are kept), so JSON error positions stay meaningful.
 */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      // Copy a string verbatim, escapes included.
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') { out += ' '; i++; }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  // A comma followed only by blanks before a closing bracket is a trailing comma.
  return out.replace(/,(\s*[}\]])/g, ' $1');
}

/**
 * Turns the keys of a settings object into wire settings: flat keys (`"vanban.diagnostics.symbol-tu":
 * "off"`, as VS Code writes them) and a nested `"vanban": { … }` object are both understood.
 */
export function wireSettingsOf(json: unknown): WireSettings {
  const out: Record<string, unknown> = {};
  if (!json || typeof json !== 'object' || Array.isArray(json)) return out;
  const put = (keys: string[], value: unknown) => {
    let node = out;
    for (const k of keys.slice(0, -1)) {
      const next = node[k];
      node = (next && typeof next === 'object' && !Array.isArray(next) ? next : (node[k] = {})) as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = value;
  };
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  // Settings are two levels deep (`files.include`, `diagnostics.<code>`): deeper objects are values
  // (`files.exclude` may be `{ "glob": true }`, whose keys contain dots).
  const walk = (prefix: string[], obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) {
      const keys = [...prefix, ...k.split('.')];
      if (isObject(v) && keys.length < 2) walk(keys, v);
      else put(keys, v);
    }
  };
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if (k === 'vanban' && v && typeof v === 'object' && !Array.isArray(v)) walk([], v as Record<string, unknown>);
    else if (k.startsWith('vanban.')) walk([], { [k.slice('vanban.'.length)]: v });
  }
  return out as WireSettings;
}

/** Parses the text of a settings file; throws with a readable message when it is not JSONC. */
export function parseSettings(text: string): WireSettings {
  return wireSettingsOf(JSON.parse(stripJsonc(text.replace(/^\uFEFF/, ''))));
}

/**
 * Finds the settings that apply to `target` (a file or a folder): the first `.vscode/settings.json`
 * in its folder or an ancestor. A file that exists but cannot be read or parsed is an error (the
 * user meant those settings), reported through the rejection.
 */
export async function findSettings(target: string): Promise<FoundSettings> {
  let dir = path.resolve(target);
  try {
    if (!(await fs.stat(dir)).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    const file = path.join(dir, '.vscode', 'settings.json');
    let text: string | undefined;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new Error(`${file}: ${(e as Error).message}`);
    }
    if (text !== undefined) {
      try {
        return { file, folder: dir, settings: parseSettings(text) };
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return { settings: {} };
    dir = up;
  }
}
