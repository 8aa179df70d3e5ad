import { randomUUID } from 'node:crypto';

/**
 * The id of a new organisation made from its name ("Slib Tech B.V." → `slib-tech-b-v`), as the API
 * and the import make it when none is given; a name without Latin letters (机构名称) gives no
 * slug, and a short random id then.
 */
export function organisationIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || `org-${randomUUID().slice(0, 8)}`;
}
