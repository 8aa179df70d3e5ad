import { isLanguage } from '../text/language';
import type { Opportunity, Organisation } from './types';

/** A problem in input data, located by item index and field. */
export class InputError extends Error {}

type Item = Record<string, unknown>;

function requireString(item: Item, index: number, field: string): string {
  const value = item[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`item ${index}: field "${field}" must be a non-empty string`);
  }
  return value;
}

function optionalString(item: Item, index: number, field: string): string | undefined {
  const value = item[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError(`item ${index}: field "${field}" must be a string`);
  return value;
}

function optionalLanguage(item: Item, index: number) {
  const value = item.language;
  if (value === undefined || value === null) return undefined;
  if (!isLanguage(value)) throw new InputError(`item ${index}: field "language" must be "nl", "en" or "zh"`);
  return value;
}

function items(data: unknown): Item[] {
  if (!Array.isArray(data)) throw new InputError('expected a JSON array of items');
  data.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new InputError(`item ${index}: expected an object`);
  });
  return data as Item[];
}

function uniqueIds<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (seen.has(item.id)) throw new InputError(`item ${index}: field "id" duplicates "${item.id}"`);
    seen.add(item.id);
  });
  return list;
}

/** Opportunities in the matching data-set format; throws InputError naming item and field. */
export function parseOpportunities(data: unknown): Opportunity[] {
  return uniqueIds(
    items(data).map((item, i) => ({
      id: requireString(item, i, 'id'),
      title: requireString(item, i, 'title'),
      description: requireString(item, i, 'description'),
      language: optionalLanguage(item, i),
      region: optionalString(item, i, 'region'),
    })),
  );
}

/** Organisations in the matching data-set format; throws InputError naming item and field. */
export function parseOrganisations(data: unknown): Organisation[] {
  return uniqueIds(
    items(data).map((item, i) => ({
      id: requireString(item, i, 'id'),
      name: requireString(item, i, 'name'),
      description: requireString(item, i, 'description'),
      language: optionalLanguage(item, i),
      country: optionalString(item, i, 'country'),
      region: optionalString(item, i, 'region'),
    })),
  );
}
