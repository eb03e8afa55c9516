/**
 * Find references: every citation of the directive under the cursor in every file, short
 * mentions included (those the text links itself, and those the catalog resolves: "Chỉ thị số
 * 05" in an article that cites no 05-CT/TW in full), in document order.
 */
import { locationOf, recordAt, type FeatureContext, type Location } from './context';
import { mentionAt, mentionsNaming, resolveMentionRecord } from './mentions';

/** All citations of the directive at `offset` of `uri`. */
export function findReferences(ctx: Pick<FeatureContext, 'index' | 'catalog' | 'today'>, uri: string, offset: number): Location[] {
  const index = ctx.index;
  const r = recordAt(index, uri, offset);
  const id = r ? index.idOf(r) : directiveOfMention(ctx, uri, offset);
  if (id === undefined) return [];
  const cited = index.citationsOf(id).map(locationOf);
  const mentioned = mentionsNaming(ctx, id).map((m) => ({ uri: m.uri, range: m.range }));
  return mentioned.length === 0 ? cited : [...cited, ...mentioned];
}

/** The directive a mention at `offset` names, when the catalog tells and the workspace cites it. */
export function directiveOfMention(ctx: Pick<FeatureContext, 'index' | 'catalog' | 'today'>, uri: string, offset: number): string | undefined {
  const m = mentionAt(ctx.index, uri, offset);
  return m ? resolveMentionRecord(ctx, m).id : undefined;
}
