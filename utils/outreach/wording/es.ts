import { english } from './en';
export const spanish = { ...english, language: 'es' as const };
