/**
 * What an export or import runs in the page: the database, the file's checks and writers. Loaded
 * on the first export or import (utils/data/transfer.ts), so the options page's and the
 * dashboard's first load stay small.
 */
export { openDatabase } from '@/utils/store/database';
export { exportData } from '@/utils/store/export-data';
export { entryPieces, exportPieces } from '@/utils/store/export-pages';
export { contactsToCsv } from '@/utils/store/contacts-csv';
export { importFile } from '@/utils/store/import-data';
export { parseExportInSteps } from '@/utils/store/parse-export';
export { contactCheck } from '@/utils/store/record-checks';
