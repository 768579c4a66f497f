// What other modules may use from the member import: its upload, mapping and staging machinery serves any
// list of people (the welfare module's nomination lists, issue 17).
export { importUploadRules, receiveImport, receiveJsonUpload, type ImportList } from './receive-import';
export { addRowIssues, duplicatesInFile, markCheckFailed, stageImportFile, type ExtraColumns } from './check-job';
export { writeRowsFile } from './error-file';
export { assertStatus, importInScope, publicImport, type ImportRecord } from './member-import.queries';
