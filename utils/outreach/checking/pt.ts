import { englishChecks } from './en';
export const portugueseChecks = englishChecks;
