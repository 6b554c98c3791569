// Unit tests run outside the browser, so there is no browser.i18n: the interface reads the
// English file, as a browser in English would.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { useMessages } from '@/utils/ui-text';
import { chromeLookup } from './messages-lookup';

const messages = generateChromeMessages(await parseMessagesFile(resolve(import.meta.dirname, '../locales/en.yml')));
useMessages(chromeLookup(messages));
