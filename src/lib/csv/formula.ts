// The CSV formula rule, one definition for every CSV the project writes and reads.

/**
 * Text cells that a spreadsheet could run as a formula: = + - @ (ASCII or full-width), TAB, CR, LF, NUL;
 * and ' itself, so that the rule can be undone exactly.
 */
export const FORMULA_START = /^[=+\-@\t\r\n\0'＝＋－＠]/;

/** A text cell matching FORMULA_START gets one leading apostrophe (CSV only; JSON, Parquet and Arrow keep the value). */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of defuseFormula, for readers of the CSV: drop the one apostrophe the writer added. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
