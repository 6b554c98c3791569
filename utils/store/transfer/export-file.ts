import type { Contact, FollowUp, StoredSettings } from '../schema/records';

/** Export format version: raise it when the file's shape changes, and teach the import the old one. */
export const exportVersion = 1;
export const exportFormat = 'mentor-outreach';

/** Everything the extension stores, as one JSON file the import takes back. */
export interface ExportFile {
  format: typeof exportFormat;
  version: number;
  exportedAt: number;
  settings: StoredSettings;
  contacts: Contact[];
  /** Follow-ups without database ids; they find their contact by `contactUrl`. */
  followUps: Omit<FollowUp, 'id'>[];
}
