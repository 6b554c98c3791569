import type { ItemKind } from './profile';

/** What a featured or activity link points at, told by LinkedIn's URL shapes. */
export function itemKind(url: string | undefined): ItemKind | undefined {
  if (!url) return undefined;
  if (/linkedin\.com\/pulse\//.test(url)) return 'article';
  if (/\/feed\/update\/|linkedin\.com\/posts\//.test(url)) return 'post';
  if (/\/events\//.test(url)) return 'talk';
  if (/\.(pdf|pptx?|docx?|png|jpe?g|mp4)(\?|$)|\/document\/|\/video\//i.test(url)) return 'media';
  return 'link';
}
