// The generated codes must be the active codes of the vendored codelists.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generate } from '../../../scripts/iati-codelist-codes';

it('codelist-codes.ts is what scripts/iati-codelist-codes.ts makes of vendor/iati/codelists', () => {
  expect(readFileSync(new URL('./codelist-codes.ts', import.meta.url), 'utf8')).toBe(generate());
});
