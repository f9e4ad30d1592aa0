// Rows to an Arrow IPC stream with the column types of the dataset's zod schema: the explorer's tables.
// DuckDB-wasm inserts Arrow without any extension (insertArrowFromIPCStream), and Arrow keeps every value as it
// is: text is never defused, null and '' stay apart, numbers stay numbers. Pure; apache-arrow 17 as duckdb-wasm.
import {
  Bool,
  Field,
  Float64,
  Int64,
  makeBuilder,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { ColumnType } from '../schema/columns.ts';

export interface ArrowColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

/** The Arrow type of each column type; DuckDB reads them as VARCHAR, BIGINT, DOUBLE, BOOLEAN. */
const ARROW_TYPE: Record<ColumnType, () => DataType> = {
  string: () => new Utf8(),
  integer: () => new Int64(),
  number: () => new Float64(),
  boolean: () => new Bool(),
};

/** A value as Arrow takes it (integers as bigint); throws naming source, row and column when it does not fit. */
function arrowValue(value: unknown, col: ArrowColumn, where: () => string): unknown {
  if (value === null || value === undefined) {
    if (col.nullable) return null;
    throw new Error(`${where()}: null in a column that is not nullable`);
  }
  const ok =
    (col.type === 'string' && typeof value === 'string') ||
    (col.type === 'boolean' && typeof value === 'boolean') ||
    (col.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (col.type === 'integer' && typeof value === 'number' && Number.isSafeInteger(value));
  if (!ok)
    throw new Error(`${where()}: ${JSON.stringify(value)} is not ${col.type === 'integer' ? 'an' : 'a'} ${col.type}`);
  return col.type === 'integer' ? BigInt(value) : value;
}

/** One record batch holding every row, with a schema that says each column's type and nullability. */
export function rowsToArrowTable(rows: Record<string, unknown>[], columns: ArrowColumn[], source: string): Table {
  const fields = columns.map((c) => new Field(c.name, ARROW_TYPE[c.type](), c.nullable));
  const children = fields.map((field, j) => {
    const col = columns[j]!;
    const builder = makeBuilder({ type: field.type, nullValues: [null] });
    rows.forEach((row, i) =>
      builder.append(arrowValue(row[col.name], col, () => `${source}: row ${i + 1}, column ${col.name}`)),
    );
    // The builder of a column whose type is only known at run time is typed Builder<any>: its data is a Data.
    return builder.finish().flush() as Data;
  });
  const schema = new Schema(fields);
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, new RecordBatch(schema, data));
}

/** The rows as the bytes of an Arrow IPC stream (what insertArrowFromIPCStream reads). */
export function rowsToArrowIpc(rows: Record<string, unknown>[], columns: ArrowColumn[], source: string): Uint8Array {
  return tableToIPC(rowsToArrowTable(rows, columns, source), 'stream');
}
