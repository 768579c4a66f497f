import ExcelJS from 'exceljs';

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
