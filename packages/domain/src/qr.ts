// How every QR code the product prints is made (ticket, membership card), on the server and in the
// browser alike: ISO/IEC 18004 asks for a quiet zone of 4 modules, and level Q (25 % recoverable) survives
// a scuffed card or a smudged printout better than M while staying small for a URL or a ticket token.
export const printQr = { errorCorrectionLevel: 'Q', margin: 4 } as const;

/** Rendered size in CSS pixels (about 2.5 cm at print resolution, scannable from a phone at arm's length). */
export const QR_SIZE_PX = 200;
