import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Roboto 3.014 (SIL Open Font License 1.1, fonts/OFL.txt): full Vietnamese coverage (ă, ơ, ư, đ, stacked tones).
// Beside this file when run from source; the compiled bundle (apps/api/dist/main.js) reads the source tree's copy.
const here = path.dirname(fileURLToPath(import.meta.url));
export const fontsFolder = fs.existsSync(path.join(here, 'fonts'))
  ? path.join(here, 'fonts')
  : path.resolve(here, '../src/kit/pdf/fonts');

export const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;
