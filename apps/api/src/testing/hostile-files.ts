import zlib from 'node:zlib';

// Hostile uploads for tests and bench/hostile-uploads.ts, built by hand so they stay small on the wire.

type ZipEntry = { name: string; data: Buffer; crc: number; size: number; method: 0 | 8 };

/** A zip of the given entries (no zip64; sizes < 4 GiB). `declaredSize` lets an entry lie about its size. */
export function writeZip(entries: (ZipEntry & { declaredSize?: number })[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(0, 12);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    parts.push(local, name, e.data);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

function deflated(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(data), crc: zlib.crc32(data), size: data.length, method: 8 };
}

/**
 * A deflated entry `prefix + 'a' × repeatMiB MiB + suffix`, built from one compressed MiB repeated:
 * a full flush makes each segment byte-aligned and independent, so segments concatenate into one stream.
 */
function deflatedRepeat(name: string, prefix: string, repeatMiB: number, suffix: string): ZipEntry {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const mib = Buffer.alloc(2 ** 20, 'a');
  const head = Buffer.from(prefix, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  const segment = zlib.deflateRawSync(mib, flush);
  let crc = zlib.crc32(head);
  for (let i = 0; i < repeatMiB; i++) crc = zlib.crc32(mib, crc);
  crc = zlib.crc32(tail, crc);
  const data = Buffer.concat([
    zlib.deflateRawSync(head, flush),
    ...Array.from({ length: repeatMiB }, () => segment),
    zlib.deflateRawSync(tail),
  ]);
  return { name, data, crc, size: head.length + repeatMiB * 2 ** 20 + tail.length, method: 8 };
}

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A real .xlsx (opens in Excel) whose only cell A1 is one inline string of `stringMiB` MiB ('a' repeated):
 * 1 GiB compresses to ≈ 1 MB. With `lie`, the zip declares the sheet 4 MiB so size checks pass.
 */
export function hugeInlineStringXlsx(stringMiB = 1024, opts: { lie?: boolean } = {}): Buffer {
  const sheet = deflatedRepeat(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
    stringMiB,
    '</t></is></c></row></sheetData></worksheet>',
  );
  return writeZip([
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    { ...sheet, declaredSize: opts.lie ? 4 * 2 ** 20 : undefined },
  ]);
}

/** A CSV that is one line of `mib` MiB: a header the bulk template accepts, then ",a" to the end. */
export function oneLineCsv(mib = 9): Buffer {
  const head = 'ma_don_vi,ma_cap_tren_moi';
  return Buffer.from(head + ',a'.repeat((mib * 2 ** 20 - head.length) / 2), 'utf8');
}

/** A .docx whose document.xml holds one 1 GiB text run (≈ 1 MB zipped); with `lie`, it declares 4 MiB. */
export function hugeDocx(opts: { lie?: boolean } = {}): Buffer {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = deflatedRepeat(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>`,
    1024,
    '</w:t></w:r></w:p></w:body></w:document>',
  );
  return writeZip([
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    { ...body, declaredSize: opts.lie ? 4 * 2 ** 20 : undefined },
  ]);
}
