/**
 * Reading a spreadsheet export: encoding (UTF-8 with or without BOM, else Windows-1252, as Excel
 * on Windows writes "CSV"), delimiter (comma, semicolon — Dutch Excel — or tab) and the rows,
 * parsed by csv-parse. Pure: bytes in, rows out.
 */
import { parse } from 'csv-parse/sync';

export type Codering = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Decodes the bytes of a CSV file and says which encoding it found. */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: Codering } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { tekst: new TextDecoder('utf-8').decode(bytes.subarray(3)), codering: 'utf-8-bom' };
  }
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes), codering: 'utf-8' };
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'windows-1252' };
  }
}

/** The delimiter of the header line: the most frequent of ; , and tab outside quotes. */
export function scheidingsteken(tekst: string): ',' | ';' | '\t' {
  const kop = tekst.split(/\r?\n/).find((r) => r.trim() !== '') ?? '';
  const tel = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of kop) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch in tel) tel[ch as keyof typeof tel]++;
  }
  if (tel[';'] > tel[','] && tel[';'] >= tel['\t']) return ';';
  if (tel['\t'] > tel[',']) return '\t';
  return ',';
}

export interface CsvRij {
  /** Line number in the spreadsheet (1 = the header row). */
  rij: number;
  waarden: Record<string, string>;
}

export interface CsvBestand {
  codering: Codering;
  scheiding: string;
  kolommen: string[];
  rijen: CsvRij[];
  /** Rows without any value, skipped. */
  legeRijen: number;
}

/** Parses a whole CSV file: header row, then one record per row; empty rows are counted, not returned. */
export function leesCsv(bytes: Uint8Array): CsvBestand {
  const { tekst, codering } = decodeer(bytes);
  const scheiding = scheidingsteken(tekst);
  const records = parse(tekst, {
    delimiter: scheiding,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const kopIndex = records.findIndex((r) => r.record.some((v) => v !== ''));
  if (kopIndex < 0) return { codering, scheiding, kolommen: [], rijen: [], legeRijen: 0 };
  const kolommen = records[kopIndex]!.record.map((k) => k.trim().toLowerCase());
  let legeRijen = 0;
  const rijen: CsvRij[] = [];
  for (const { record, info } of records.slice(kopIndex + 1)) {
    if (record.every((v) => v === '')) {
      legeRijen++;
      continue;
    }
    const waarden: Record<string, string> = {};
    kolommen.forEach((k, i) => {
      if (k) waarden[k] = record[i] ?? '';
    });
    rijen.push({ rij: info.lines, waarden });
  }
  return { codering, scheiding, kolommen, rijen, legeRijen };
}
