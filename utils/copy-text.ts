/** Puts text on the clipboard; false when the browser refused (the page then says how to copy by hand). */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
