import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Open a workbook the way a spreadsheet program does: its cells with their types and number formats. */
export async function readXlsxBack(body: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** The raw XML of the n-th sheet (1-based), to check what a reader would evaluate. */
export async function sheetXml(body: Buffer | Uint8Array, n: number): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const entry = zip.file(`xl/worksheets/sheet${n}.xml`);
  if (!entry) throw new Error(`no sheet ${n}`);
  return entry.async('string');
}

/**
 * Every sheet of an .xlsx as its cells' displayed text, row by row (row 1 first, column A first), so tests
 * assert what a user opening the file sees, not only that it is a zip.
 */
export async function xlsxSheets(file: Buffer): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text);
      rows[n - 1] = cells;
    });
    sheets.set(
      sheet.name,
      Array.from(rows, (r) => r ?? []),
    );
  }
  return sheets;
}
