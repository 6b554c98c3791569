import { english } from './en';
export const french = { ...english, language: 'fr' as const };
