import { english } from './en';
export const german = { ...english, language: 'de' as const };
