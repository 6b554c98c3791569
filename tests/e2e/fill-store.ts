import type { ExportFile } from '@/utils/store/transfer/export-file';
import type { ExtensionBrowser } from './harness';

/**
 * Fills the store with a large export file through the worker's own import, a few thousand
 * contacts (and their follow-ups) at a time: a message carries at most 8 million characters.
 * For setting up a test or the bench; the user imports on the options page.
 */
export async function fillStore(browser: ExtensionBrowser, file: ExportFile, size = 2_000): Promise<void> {
  for (let start = 0; start === 0 || start < file.contacts.length; start += size) {
    const contacts = file.contacts.slice(start, start + size);
    const urls = new Set(contacts.map((contact) => contact.url));
    const part = { ...file, contacts, followUps: file.followUps.filter((followUp) => urls.has(followUp.contactUrl)) };
    const imported = await browser.askWorker('importData', { text: JSON.stringify(part), apply: true });
    if (!imported.ok) throw new Error(imported.error);
  }
}
