import { english } from './en';
export const portuguese = { ...english, language: 'pt' as const };
