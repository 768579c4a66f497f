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
