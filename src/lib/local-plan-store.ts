// A plan extracted on /extract/, kept in this browser's IndexedDB for the SQL explorer (/explore/?local=1): the one
// hand-off between the two pages. Nothing is sent anywhere; one plan at a time (the newest replaces the last), and
// the explorer can forget it. Works in pages and Web Workers; plain data only (structured clone).
import type { ColumnType } from './schema/columns.ts';

export interface LocalTable {
  /** Dataset name (`targets`): the explorer's table `mine.targets`. */
  name: string;
  /** Columns in schema order with their types, so the explorer needs no schema code to create the table. */
  columns: { name: string; type: ColumnType }[];
  rows: Record<string, unknown>[];
}

export interface LocalPlan {
  docId: string;
  fileName: string;
  title: string | null;
  tables: LocalTable[];
}

const DB = 'county-health-plans';
const STORE = 'local-plan';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, f: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function saveLocalPlan(plan: LocalPlan): Promise<void> {
  await run('readwrite', (s) => s.put(plan, KEY));
}

/** The stored plan, or null when there is none. */
export async function loadLocalPlan(): Promise<LocalPlan | null> {
  const plan = await run<unknown>('readonly', (s) => s.get(KEY));
  return (plan as LocalPlan | undefined) ?? null;
}

export async function forgetLocalPlan(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
