import type { Profile, ProfileField } from './profile';

/** What a layout reader finds: any field of a Profile, each one optional. */
export type ProfileDraft = Partial<Pick<Profile, ProfileField>>;

/**
 * One reader per layout: `prepare` finds the page's landmarks once, then each field is read
 * on its own, so a change that breaks one field leaves the others readable.
 */
export interface LayoutReader<Page> {
  prepare(doc: Document, slug: string): Page;
  fields: { [F in ProfileField]?: (page: Page) => ProfileDraft[F] };
}

/** Runs a layout reader field by field; a field whose reading throws is simply not read. */
export function readFields<Page>(reader: LayoutReader<Page>, doc: Document, slug: string): ProfileDraft {
  const draft: ProfileDraft = {};
  let page: Page;
  try {
    page = reader.prepare(doc, slug);
  } catch {
    return draft;
  }
  for (const field of Object.keys(reader.fields) as ProfileField[]) {
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
