import { englishChecks } from './en';
export const germanChecks = englishChecks;
