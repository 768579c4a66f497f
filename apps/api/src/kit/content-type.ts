import { mediaType } from './media-types';

const byExtension: Record<string, string> = {
  xlsx: mediaType.xlsx,
  csv: `${mediaType.csv}; charset=utf-8`,
  docx: mediaType.docx,
  pdf: mediaType.pdf,
  ics: `${mediaType.ics}; charset=utf-8`,
  zip: 'application/zip',
};

/** The content type of a file the product generated, by its extension (unknown: opaque bytes). */
export function contentTypeOf(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return byExtension[ext] ?? mediaType.any;
}
