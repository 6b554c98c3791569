/**
 * What an export or import runs in the page: the database, the file's checks and writers. Loaded
 * on the first export or import (utils/data/transfer.ts), so the options page's and the
 * dashboard's first load stay small.
 */
export { openDatabase } from '@/utils/store/schema/database';
export { exportData } from '@/utils/store/transfer/export-data';
export { entryPieces, exportPieces } from '@/utils/store/transfer/export-pages';
export { contactsToCsv } from '@/utils/store/transfer/contacts-csv';
export { importFile } from '@/utils/store/transfer/import-data';
export { parseExportInSteps } from '@/utils/store/transfer/parse-export';
export { contactCheck } from '@/utils/store/checks/record-checks';
