import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const a = await inst.connect();
await a.run("CREATE TABLE t AS SELECT 1 x");
await a.run("SET VARIABLE place = ['a']");
const b = await inst.connect();
console.log((await b.runAndReadAll("select getvariable('place') p, (select count(*) from t) n")).getRowObjectsJson());
