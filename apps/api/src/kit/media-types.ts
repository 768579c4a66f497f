/** Media types of the files the API sends, for `produces` in download routes' schemas (the OpenAPI document). */
export const mediaType = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  ics: 'text/calendar',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  /** A stored upload sent back as it came (attachments, minutes, plans). */
  any: 'application/octet-stream',
} as const;
