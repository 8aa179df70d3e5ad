// `ctb export iati` and `ctb import iati`: cooperation projects as IATI 2.03 activity files.
import { readFile } from 'node:fs/promises';
import { XmlSyntaxError } from '../../core/iati/import';
import { decodeXmlFile } from '../../core/iati/xml-decode';
import { systemActor } from '../../server/actor';
import { loadConfig } from '../../server/config';
import { exportIati, exportIatiOrganisationFile } from '../../server/features/projects/export-iati';
import { importIati } from '../../server/features/projects/import-iati';
import { validateIatiFile } from '../../server/iati/validate-file';
import { formatFinding } from './iati-validate';
import { withDatabase, writeOutput } from '../database-session';
import { CliError } from '../fail';

/** Exit status of an export that left projects out (the file holds the others). */
export const EXIT_LEFT_OUT = 2;

/** Writes the projects IATI can carry and names the ones left out with their reasons (exit
 *  status 2); `--strict` refuses instead. `--organisation` writes the organisation file. */
export async function exportIatiFile(options: { project?: string[]; out?: string; strict?: boolean; organisation?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const reportingOrg = loadConfig().iatiReportingOrg;
    if (options.organisation) {
      if (options.project) throw new CliError('--organisation sums every project the organisation publishes: --project does not go with it');
      await writeOutput(await exportIatiOrganisationFile(db, reportingOrg), options.out);
      if (options.out) process.stderr.write(`IATI organisation file written to ${options.out}\n`);
      return;
    }
    const result = await exportIati(db, reportingOrg, options.project && options.project.length > 0 ? options.project : undefined, { strict: options.strict });
    await writeOutput(result.xml, options.out);
    for (const p of result.leftOut) {
      process.stderr.write(`left out: project ${p.id} (${p.iatiIdentifier})\n`);
      for (const r of p.reasons) process.stderr.write(`  ${r.path}: ${r.message}\n`);
    }
    const findings = await validateIatiFile(result.xml, new Date().toISOString().slice(0, 10));
    for (const f of findings) process.stderr.write(`${formatFinding(options.out ?? 'stdout', f)}\n`);
    process.stderr.write(
      `IATI activities${options.out ? ` written to ${options.out}` : ''}: ${result.exported.length} project(s) exported, ${result.leftOut.length} left out, ${findings.length} ruleset finding(s)\n`,
    );
    if (result.leftOut.length > 0) process.exitCode = EXIT_LEFT_OUT;
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
