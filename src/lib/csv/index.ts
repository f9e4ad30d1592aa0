// CSV, one policy: write (BOM, CRLF, papaparse quoting, the formula rule) and read back (the inverse).
export { FORMULA_START, defuseFormula, restoreFormula } from './formula.ts';
export {
  csvColumns,
  csvRecords,
  kindOf,
  objectsToCsv,
  toCsv,
  valuesToCsv,
  type CsvColumn,
  type CsvKind,
  type CsvValue,
} from './write.ts';
export { parseCsv, readCsvRows, type CsvTable, type TypedColumn, type TypedValue } from './read.ts';
