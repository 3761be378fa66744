// Reads back a table a block printed, for `chart=bars` (Challenge 10 prints its measured times):
// a header line whose columns are separated by two or more spaces, then rows of a label and one
// number per remaining column. Parsing the printed text keeps the lesson's program plain Python
// that runs the same under python3; no side channel from the program to the page is needed.

export interface PrintedTable {
  /** Column headings, the label column's first ("model", "start-up (s)", ...). */
  columns: string[];
  rows: { label: string; values: number[] }[];
}

const NUMBER = /^[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function headerCells(line: string): string[] | null {
  const cells = line.trim().split(/\s{2,}/);
  if (cells.length < 2 || cells.some((c) => NUMBER.test(c))) return null;
  return cells;
}

function dataRow(line: string, values: number): PrintedTable['rows'][number] | null {
  const words = line.trim().split(/\s+/);
  if (words.length < values + 1) return null;
  const nums = words.slice(-values);
  if (!nums.every((w) => NUMBER.test(w))) return null;
  const label = words.slice(0, -values).join(' ');
  if (NUMBER.test(label)) return null;
  return { label, values: nums.map((w) => Number(w.replace(/,/g, ''))) };
}

/** The last table in `text` with at least `minRows` rows, or null. */
export function lastPrintedTable(text: string, minRows = 2): PrintedTable | null {
  const lines = text.split(/\r?\n/);
  let found: PrintedTable | null = null;
  for (let i = 0; i < lines.length; i++) {
    const columns = headerCells(lines[i]!);
    if (!columns) continue;
    const rows: PrintedTable['rows'] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = dataRow(lines[j]!, columns.length - 1);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length >= minRows) {
      found = { columns, rows };
      i = j - 1;
    }
  }
  return found;
}
