import type { Table } from 'docx';
import { centred, layoutCell, layoutRow, plainLine, text } from './styles';
import { TEXT_WIDTH } from './heading';

// Nghị định 30, Phụ lục I, ô 7–9: "Nơi nhận:" on the left (bold italic 12 pt, items 11 pt, the last "- Lưu: VT."),
// the signature on the right: the authority (TM./KT./Q. + body), the signer's title, room for the signature
// and the seal, then the signer's name in bold.
export type Signature = {
  /** "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH" … or none when the head signs in their own name. */
  authority: string | null;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH" … */
  title: string;
  name: string;
};

/** "- Như trên;" … "- Lưu: VT." from the recipients' names. */
export function recipientLines(recipients: string[]): string[] {
  const all = [...recipients, 'Lưu: VT'];
  return all.map((r, i) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
}

const LEFT = 4200;
const SEAL_SPACE = 1700; // about 3 cm for the signature and the seal

const signerLines = (s: Signature) => [
  ...(s.authority ? [centred(s.authority, { style: { bold: true } })] : []),
  centred(s.title, { style: { bold: true }, after: SEAL_SPACE }),
  centred(s.name, { style: { bold: true } }),
];

/**
 * Minutes (biên bản) are signed twice, the secretary on the left and who chaired on the right, with
 * "Nơi nhận" under both.
 */
export function twoSignatureBlock(left: Signature, right: Signature, recipients: string[]): Table[] {
  const half = TEXT_WIDTH / 2;
  return [
    layoutRow([layoutCell(signerLines(left), half), layoutCell(signerLines(right), half)], [half, half]),
    layoutRow(
      [
        layoutCell(
          [
            plainLine([text('Nơi nhận:', { bold: true, italics: true, size: 12 })], { keepNext: true }),
            ...recipientLines(recipients).map((line) => plainLine(line, { style: { size: 11 } })),
          ],
          TEXT_WIDTH,
        ),
      ],
      [TEXT_WIDTH],
    ),
  ];
}

export function signatureBlock(s: Signature, recipients: string[]): Table {
  return layoutRow(
    [
      layoutCell(
        [
          plainLine([text('Nơi nhận:', { bold: true, italics: true, size: 12 })]),
          ...recipientLines(recipients).map((line) => plainLine(line, { style: { size: 11 } })),
        ],
        LEFT,
      ),
      layoutCell(signerLines(s), TEXT_WIDTH - LEFT),
    ],
    [LEFT, TEXT_WIDTH - LEFT],
  );
}
