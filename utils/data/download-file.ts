/**
 * Saves text as a file the way a page may: a Blob, an object URL and a link with `download`.
 * The pages' security policy forbids network requests, not blobs. The text may come in
 * pieces (a large export): the Blob joins them, so no one text need hold the whole file.
 */
export function downloadFile(name: string, text: string | string[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : text, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; the address can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
