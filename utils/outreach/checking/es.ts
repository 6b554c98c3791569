import { englishChecks } from './en';
export const spanishChecks = englishChecks;
