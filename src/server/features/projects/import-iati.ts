import type { IatiImportPreview } from '../../../core/projects/api';
import { importIatiActivities, XmlSyntaxError } from '../../../core/iati/import';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api/errors';
import { conflict, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { validateIatiFile } from '../../iati/validate-file';
import * as repo from './projects.repository';
import { validated } from './project-rules';
import { mustLoad } from './project-views';

/** Reads an IATI file: malformed XML is a 400 naming line and column. */
function readIati(xml: string) {
  try {
    return importIatiActivities(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw invalid([{ path: `xml (line ${error.line}, column ${error.column})`, message: error.message }]);
    }
    throw error;
  }
}

/**
 * Imports the projects of an IATI activity file, all or nothing: the preview lists what would be
 * created or replaced and every warning with its location; nothing is written on a dry run, on
 * malformed XML, on an invalid project, or when a project exists and `replace` is not given.
 */
export async function importIati(db: Db, actor: Actor, xml: string, options: { dryRun: boolean; replace: boolean }): Promise<IatiImportPreview> {
  const { projects, warnings } = readIati(xml);
  const checked = projects.map((p, i) => validated(p, `projects.${i}`));
  // What the IATI Validator would say of the file (XSD, rulesets, codelists): shown, not refused.
  const findings = await validateIatiFile(xml, new Date().toISOString().slice(0, 10));
  const plan = async (tx: DbOrTx) => {
    const rows = [];
    for (const p of checked) {
      const byIdentifier = await repo.findProjectIdByIatiIdentifier(tx, p.iatiIdentifier);
      const byId = (await repo.projectExists(tx, p.id)) ? p.id : undefined;
      const existing = byIdentifier ?? byId;
      if (byIdentifier && byId && byIdentifier !== byId) {
        throw conflict(ErrorCode.iatiAmbiguous, `Project ${p.iatiIdentifier} matches two stored projects ("${byIdentifier}", "${byId}")`, {
          identifier: p.iatiIdentifier,
          projects: [byIdentifier, byId],
        });
      }
      rows.push({ project: existing ? { ...p, id: existing } : p, action: existing ? ('replace' as const) : ('create' as const) });
    }
    return rows;
  };
  const preview = (rows: Awaited<ReturnType<typeof plan>>, dryRun: boolean): IatiImportPreview => ({
    dryRun,
    projects: rows.map((r) => ({ id: r.project.id, iatiIdentifier: r.project.iatiIdentifier, title: r.project.title, action: r.action })),
    warnings,
    findings,
  });
  if (options.dryRun) return preview(await plan(db), true);
  return db.transaction(async (tx) => {
    const rows = await plan(tx);
    const existing = rows.filter((r) => r.action === 'replace');
    if (existing.length > 0 && !options.replace) {
      throw conflict(
        ErrorCode.iatiAlreadyStored,
        `Already stored: ${existing.map((r) => `${r.project.iatiIdentifier} (project "${r.project.id}")`).join(', ')}; import with replace to overwrite them`,
        { identifiers: existing.map((r) => r.project.iatiIdentifier) },
      );
    }
    for (const r of rows) {
      const project = validated(r.project);
      const before = r.action === 'replace' ? await mustLoad(tx, project.id, true) : undefined;
      if (before) await repo.replaceProject(tx, project);
      else await repo.insertProject(tx, project);
      await recordAudit(tx, actor, { entityType: 'project', entityId: project.id, action: 'import', before, after: project });
    }
    return preview(rows, false);
  });
}
