// `ctb export iati` and `ctb import iati`: cooperation projects as IATI 2.03 activity files.
import { readFile } from 'node:fs/promises';
import { XmlSyntaxError } from '../../core/iati/import';
import { decodeXmlFile } from '../../core/iati/xml-decode';
import { systemActor } from '../../server/actor';
import { loadConfig } from '../../server/config';
import { exportIati, importIati } from '../../server/features/projects/projects.service';
import { withDatabase, writeOutput } from '../database-session';
import { CliError } from '../fail';

export async function exportIatiFile(options: { project?: string[]; out?: string }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const xml = await exportIati(db, loadConfig().iatiReportingOrg, options.project && options.project.length > 0 ? options.project : undefined);
    await writeOutput(xml.endsWith('\n') ? xml : `${xml}\n`, options.out);
    if (options.out) process.stderr.write(`IATI activities written to ${options.out}\n`);
  });
}

/** Previews (--dry-run) or imports an IATI file: all or nothing; warnings listed with their location. */
export async function importIatiFile(file: string, options: { dryRun?: boolean; replace?: boolean }): Promise<void> {
  let xml: string;
  try {
    xml = decodeXmlFile(await readFile(file));
  } catch (error) {
    throw new CliError(error instanceof XmlSyntaxError ? `${file}: ${error.message}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  await withDatabase(async ({ db }) => {
    const preview = await importIati(db, systemActor('cli import iati'), xml, {
      dryRun: options.dryRun ?? false,
      replace: options.replace ?? false,
    });
    for (const w of preview.warnings) {
      const where = w.line !== undefined ? `${file}:${w.line}:${w.column ?? 1}` : file;
      process.stderr.write(`warning: ${where} ${w.path}: ${w.message}\n`);
    }
    const verb = preview.dryRun ? 'would' : 'did';
    for (const p of preview.projects) {
      const action = p.action === 'create' ? 'create' : 'replace';
      process.stderr.write(`${verb} ${action} project ${p.id} (${p.iatiIdentifier}): ${p.title[p.title.original] ?? ''}\n`);
    }
    process.stderr.write(
      `${preview.dryRun ? 'dry run, nothing written' : 'imported'}: ${preview.projects.length} project(s), ${preview.warnings.length} warning(s)\n`,
    );
  });
}
