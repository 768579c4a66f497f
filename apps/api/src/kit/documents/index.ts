// The Nghị định 30/2020/NĐ-CP document kit: every .docx the product makes is built with it.
export {
  nd30Document,
  packNd30,
  documentTitleOf,
  letterSubject,
  A4,
  MARGINS,
  type Issuer,
  type Nd30Args,
} from './document';
export { docxBlocks, nd30Docx, type Block, type Nd30Content, type Run } from './content';
export { nd30Heading } from './heading';
export { documentIssuer } from './issuer-lookup';
export { fullUnitName, issuerAbbreviation, placeOf } from './issuer';
export { documentKinds, documentNumber, type DocumentKind } from './number';
export { placeDateLine } from './place-date';
export { signatureBlock, recipientLines, type Signature } from './signature';
export { FIRST_LINE_INDENT, centred, dataTable, heading, paragraph, text } from './styles';
export { amountWithWords, moneyInWords } from './words';
