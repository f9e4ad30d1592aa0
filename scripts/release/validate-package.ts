// datapackage.json against the official Frictionless profiles (JSON Schema draft-04, shipped in the `datapackage` npm package).
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

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const validators = new Map<string, Validator>();

function profile(name: string): Validator {
  let v = validators.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync(require.resolve(`datapackage/lib/profiles/${name}.json`), 'utf8')) as object;
    v = new Ajv({ allErrors: true, strict: false, formats: FORMATS }).compile(schema) as Validator;
    validators.set(name, v);
  }
  return v;
}

function problems(v: Validator, data: unknown, prefix = ''): string[] {
  if (v(data)) return [];
  return (v.errors ?? []).map((e) => {
    const err = e as { instancePath?: string; message?: string };
    return `${prefix}${err.instancePath || (prefix ? '' : '/')} ${err.message ?? 'invalid'}`;
  });
}

/**
 * The package against the data-package profile, and each resource that declares `tabular-data-resource` against
 * that profile too (the datasets), so the source files can sit beside them as plain data resources.
 */
export function validateDataPackage(pkg: unknown): string[] {
  const messages = problems(profile('data-package'), pkg);
  const resources = (pkg as { resources?: unknown }).resources;
  if (Array.isArray(resources))
    resources.forEach((r, i) => {
      if ((r as { profile?: unknown }).profile === 'tabular-data-resource')
        for (const m of problems(profile('tabular-data-resource'), r, `/resources/${i}`)) messages.push(m);
    });
  return [...new Set(messages)];
}
