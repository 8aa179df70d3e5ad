// The imports feature's public face: the routes, the app and the other features reach the use
// cases and the table helpers through these names. Each use case lives in its own file; a new one
// gets a file of its own and, if others call it, a line here.
export { toCsv as tableToCsv, toXlsx as tableToXlsx, type Table } from './tabular';
export { formulaSafe } from './spreadsheet-safety';
export { UNSTORABLE, storable } from './storable-text';
export { exportOrganisations, exportTable } from './export-table';
export { createImport } from './upload-import';
export { setMapping } from './set-column-mapping';
export { getImport } from './preview-import';
export { importProgress } from './import-progress';
export { commitImport } from './commit-import';
export { runImportJobs } from './run-import-jobs';
