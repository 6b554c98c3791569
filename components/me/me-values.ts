import type { Me } from '@/utils/outreach/me';
import { meFields, type MeField } from './me-fields';

/** The form's fields as the user typed them: lists stay comma-separated text while typing. */
export type MeValues = Record<MeField['key'], string>;

/** What the form shows for a saved "Me". */
export function meValues(me: Me): MeValues {
  const values = {} as MeValues;
  for (const { key } of meFields) {
    const value = me[key];
    values[key] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  }
  return values;
}
