import { foldHeader, matchHeader, type ImportField } from './import-fields';

export type DetectedHeader = {
  /** 0-based index (among the rows given) of the header row, and of the first data row. */
  headerRow: number;
  dataStart: number;
  /** Header text per column (parent and sub-header joined with " / " for two-row headers). */
  headers: string[];
  /** Proposed field per column (null: ignored). */
  fields: (ImportField | null)[];
};

const nameFields: ImportField[] = ['fullName', 'familyMiddleName', 'familyName', 'givenName'];

/** A row of column numbers under the header ("1 2 3 …" or "(1) (2) …"), common in official forms. */
function isNumberingRow(row: string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 && cells.every((c) => /^\(?\d{1,2}\)?$/.test(c) || /^\([a-z0-9]\)$/i.test(c));
}

function fieldOf(text: string): ImportField | null {
  const m = matchHeader(text);
  return m === 'ordinal' ? null : m;
}

/** Field for a column under a two-row header: parent + child, then the child alone, then the parent. */
function combined(parent: string, child: string): ImportField | null {
  if (!child) return fieldOf(parent);
  return fieldOf(`${parent} ${child}`) ?? fieldOf(child) ?? fieldOf(parent);
}

function looksLikeData(cell: string): boolean {
  return /\d{4,}/.test(cell) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(cell.trim());
}

/** Count of cells that are known headers (ordinal included). */
function score(row: string[]): number {
  return row.filter((c) => c.trim() && matchHeader(c) !== null).length;
}

/**
 * Find the header row among the first rows of a sheet (it may sit below a title block), handle a
 * second header row under merged cells ("Giới tính" over "Nam" | "Nữ"), and propose a field per column.
 * Returns null when no row has at least two known headers including a name.
 */
export function detectHeader(rows: string[][], maxScan = 30): DetectedHeader | null {
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < Math.min(rows.length, maxScan); i++) {
    const s = score(rows[i]!);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  if (best < 0) return null;
  const width = Math.max(...rows.slice(best, best + 2).map((r) => r.length));
  const top = Array.from({ length: width }, (_, c) => (rows[best]![c] ?? '').trim());
  const next = Array.from({ length: width }, (_, c) => (rows[best + 1]?.[c] ?? '').trim());
  // A sub-header row: every cell is a header on its own or under its parent, and none look like data.
  let parent = '';
  const parents = top.map((t, c) => {
    if (t) parent = t;
    return t || (next[c] ? parent : '');
  });
  const isSub =
    next.some(Boolean) &&
    next.every(
      (c, i) => !c || (!looksLikeData(c) && (matchHeader(c) !== null || fieldOf(`${parents[i]} ${c}`) !== null)),
    );
  let headers = top;
  let fields: (ImportField | null)[];
  let dataStart = best + 1;
  if (isSub) {
    // Merged parent cells are empty after their first column: the parent carries right over its children.
    headers = parents.map((p, c) => (next[c] ? (p ? `${p} / ${next[c]}` : next[c]) : p));
    fields = parents.map((p, c) => combined(p, next[c]!));
    dataStart = best + 2;
  } else {
    fields = top.map(fieldOf);
  }
  if (rows[dataStart] && isNumberingRow(rows[dataStart]!)) dataStart++;
  fields = resolveDuplicates(fields);
  if (!fields.some((f) => f && nameFields.includes(f))) return null;
  return { headerRow: best, dataStart, headers, fields };
}

/** Two adjacent "Họ và tên" columns (a merged header over family+middle | given) become the split name. */
function resolveDuplicates(fields: (ImportField | null)[]): (ImportField | null)[] {
  const out = [...fields];
  for (let c = 0; c + 1 < out.length; c++) {
    if (out[c] === 'fullName' && out[c + 1] === 'fullName') {
      out[c] = 'familyMiddleName';
      out[c + 1] = 'givenName';
    }
  }
  const seen = new Set<ImportField>();
  return out.map((f) => {
    if (!f) return null;
    if (seen.has(f)) return null; // the first column wins; the user can change it
    seen.add(f);
    return f;
  });
}

/** Apply a remembered mapping (folded header → field) over a proposal; remembered choices win. */
export function applySavedMapping(
  detected: DetectedHeader,
  saved: Record<string, ImportField | null> | null | undefined,
): (ImportField | null)[] {
  if (!saved) return detected.fields;
  return detected.headers.map((h, c) => {
    const key = foldHeader(h);
    return key in saved ? (saved[key] ?? null) : (detected.fields[c] ?? null);
  });
}
