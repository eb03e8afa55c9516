/**
 * Find references: every citation of the directive under the cursor in every file, short
 * mentions included, in document order (the index keeps them so: nothing is sorted per request).
 */
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { locationOf, recordAt, type Location } from './context';

/** All citations of the directive at `offset` of `uri`. */
export function findReferences(index: WorkspaceIndex, uri: string, offset: number): Location[] {
  const r = recordAt(index, uri, offset);
  if (!r) return [];
  return index.citationsOf(index.idOf(r)).map(locationOf);
}
