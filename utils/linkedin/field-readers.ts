import type { Profile, ProfileField } from './profile';

/** Fields a layout reader can find: those `missing` names, and pronouns. */
export type DraftField = ProfileField | 'pronouns';

/** What a layout reader finds: any field of a Profile, each one optional. */
export type ProfileDraft = Partial<Pick<Profile, DraftField>>;

/**
 * One reader per layout: `prepare` finds the page's landmarks once, then each field is read
 * on its own, so a change that breaks one field leaves the others readable. `now` is the
 * moment the page is read, from which ages such as "3w" are counted back.
 */
export interface LayoutReader<Page> {
  prepare(doc: Document, slug: string, now: number): Page;
  fields: { [F in DraftField]?: (page: Page) => ProfileDraft[F] };
}

/** Runs a layout reader field by field; a field whose reading throws is simply not read. */
export function readFields<Page>(reader: LayoutReader<Page>, doc: Document, slug: string, now: number): ProfileDraft {
  const draft: ProfileDraft = {};
  let page: Page;
  try {
    page = reader.prepare(doc, slug, now);
  } catch {
    return draft;
  }
  for (const field of Object.keys(reader.fields) as DraftField[]) {
    try {
      const read = reader.fields[field] as ((page: Page) => unknown) | undefined;
      const value = read?.(page);
      if (value !== undefined) (draft as Record<string, unknown>)[field] = value;
    } catch {
      // Left unread: `missing` will name it, and the user can type it in.
    }
  }
  return draft;
}
