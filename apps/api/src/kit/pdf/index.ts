export { administrativeHeader, documentTitle, paragraph, signatureBlock } from './administrative';
export { qrPngDataUrl } from './qr';
export { a4, a4Document, heading, mm, renderPdf, table, type Content, type TDocumentDefinitions } from './pdf';
export { nd30Pdf } from './nd30-pdf';
export { receiptPdf, type ReceiptArgs } from './receipt';
