/**
 * The fixture mini-language of the tests (after texlab's): several files in one string, a cursor
 * and expected ranges marked inline.
 *
 *   %! articles/a.txt
 *   Thực hiện Quyết định số {[290-QĐ/TW]}, ngày 25/02/2010 …
 *   %! drafts/b.md
 *   Chỉ thị 4{|}3 …
 *
 * `%! path` starts a file; `{|}` marks the cursor; `{[` … `]}` marks an expected range. Markers
 * are removed; their offsets refer to the text without them. Text before the first `%!` line is
 * a single file named `test.txt`.
 */

/** One file of a fixture. */
export interface FixtureFile {
  readonly path: string;
  readonly text: string;
  /** Offset of `{|}`, if any. */
  readonly cursor?: number;
  /** Ranges marked with `{[` … `]}`, in order of their start. */
  readonly ranges: readonly { start: number; end: number }[];
}

/** Parses a fixture into files. */
export function parseFixture(src: string): FixtureFile[] {
  const files: FixtureFile[] = [];
  const chunks = src.split(/^%! (.+)\r?\n/m);
  // split with a capture group: [before, path1, body1, path2, body2, …]
  if (chunks[0]!.trim() !== '' || chunks.length === 1) files.push(parseFile('test.txt', chunks[0]!));
  for (let i = 1; i < chunks.length; i += 2) files.push(parseFile(chunks[i]!.trim(), chunks[i + 1] ?? ''));
  return files;
}

function parseFile(path: string, body: string): FixtureFile {
  let text = '';
  let cursor: number | undefined;
  const open: number[] = [];
  const ranges: { start: number; end: number }[] = [];
  for (let i = 0; i < body.length; ) {
    if (body.startsWith('{|}', i)) { cursor = text.length; i += 3; continue; }
    if (body.startsWith('{[', i)) { open.push(text.length); i += 2; continue; }
    if (body.startsWith(']}', i) && open.length) { ranges.push({ start: open.pop()!, end: text.length }); i += 2; continue; }
    text += body[i];
    i++;
  }
  ranges.sort((a, b) => a.start - b.start);
  return { path, text, ranges, ...(cursor !== undefined && { cursor }) };
}

/** The single file of a one-file fixture. */
export function parseOne(src: string): FixtureFile {
  const files = parseFixture(src);
  if (files.length !== 1) throw new Error(`expected one file, got ${files.length}`);
  return files[0]!;
}
