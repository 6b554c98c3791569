import { englishChecks } from './en';
export const frenchChecks = englishChecks;
