import { type Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { FIELDS, type Kind, requireManager, tick } from './import-columns';
import * as repo from './imports.repository';
import type { Table } from './tabular';

const joinList = (v: readonly string[] | null | undefined) => (v ?? []).join(', ');

/** Organisations with their profiles; `ids` (the directory's filter): only those, else all. */
export async function exportOrganisations(db: Db, actor: Actor, ids?: readonly string[]): Promise<Table> {
  requireManager(actor);
  const rows: string[][] = [];
  const chunks = ids ? Array.from({ length: Math.ceil(ids.length / 5000) }, (_, i) => ids.slice(i * 5000, (i + 1) * 5000)) : [undefined];
  for (const chunk of chunks) {
    let after = '';
    for (;;) {
      const page = await repo.organisationsPage(db, after, 5000, chunk);
      for (const { o, p } of page) {
        const d = o.description;
        rows.push([
          o.id,
          o.name,
          o.type,
          o.country,
          o.homeRegionId ?? '',
          o.website ?? '',
          d?.original ?? '',
          d?.nl ?? '',
          d?.en ?? '',
          d?.zh ?? '',
          o.visibility,
          joinList(p?.sectors),
          joinList(p?.languages),
          p?.size ?? '',
        ]);
      }
      if (page.length < 5000) break;
      after = page[page.length - 1]!.o.id;
      await tick();
    }
  }
  return { headers: [...FIELDS.organisations], rows };
}

export async function exportTable(db: Db, actor: Actor, kind: Kind): Promise<Table> {
  requireManager(actor);
  if (kind === 'organisations') return exportOrganisations(db, actor);
  const rows: string[][] = [];
  let after = '';
  for (;;) {
    const page = await repo.opportunitiesPage(db, after, 5000);
    for (const o of page) {
      const t = o.title;
      const d = o.description;
      rows.push([
        o.id,
        o.regionId,
        t.original,
        t.nl ?? '',
        t.en ?? '',
        t.zh ?? '',
        d?.nl ?? '',
        d?.en ?? '',
        d?.zh ?? '',
        joinList(o.themes),
        joinList(o.industries),
        o.status,
        o.visibility,
        o.source ?? '',
      ]);
    }
    if (page.length < 5000) break;
    after = page[page.length - 1]!.id;
    await tick();
  }
  return { headers: [...FIELDS[kind]], rows };
}
