import { CSV_CONTENT_TYPE } from './spreadsheet/csv-writer';
import { XLSX_CONTENT_TYPE } from './spreadsheet/xlsx-writer';

const byExtension: Record<string, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  zip: 'application/zip',
};

/** The content type of a file the product generated, by its extension (unknown: opaque bytes). */
export function contentTypeOf(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return byExtension[ext] ?? 'application/octet-stream';
}
