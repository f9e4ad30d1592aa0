// datapackage.json against the official Frictionless profile (JSON Schema draft-04, shipped in the `datapackage` npm package).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';

const require = createRequire(import.meta.url);

/** The profile's own formats; ajv-formats is not installed, so each is checked by a small pattern here. */
const FORMATS: Record<string, RegExp | true> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  textarea: true,
};

let validator: (((data: unknown) => boolean) & { errors?: unknown[] | null }) | null = null;

export function validateDataPackage(pkg: unknown): string[] {
  if (!validator) {
    const profile = JSON.parse(
      readFileSync(require.resolve('datapackage/lib/profiles/tabular-data-package.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, formats: FORMATS });
    validator = ajv.compile(profile);
  }
  if (validator(pkg)) return [];
  const messages = (validator.errors ?? []).map((e) => {
    const err = e as { instancePath?: string; message?: string };
    return `${err.instancePath || '/'} ${err.message ?? 'invalid'}`;
  });
  return [...new Set(messages)];
}
