// `ctb iati validate FILE`: the XSD, the IATI Standard rulesets and the codelists on an activity
// file, every finding by line, activity, element and rule; exit status 1 when there is an error.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { XmlSyntaxError } from '../../core/iati/import';
import type { IatiFinding } from '../../core/iati/validate';
import { decodeXmlFile } from '../../core/iati/xml-decode';
import { validateIatiFile } from '../../server/iati/validate-file';
import { action, CliError } from '../fail';

export function formatFinding(file: string, f: IatiFinding): string {
  const at = f.line === undefined ? file : `${file}:${f.line}${f.column === undefined ? '' : `:${f.column}`}`;
  const subject = [f.activity, f.element].filter(Boolean).join(' ');
  return `${at} ${f.severity} [${f.rule}]${subject ? ` ${subject}` : ''}: ${f.message}`;
}

async function validate(file: string): Promise<void> {
  let xml: string;
  try {
    xml = decodeXmlFile(await readFile(file));
  } catch (error) {
    throw new CliError(error instanceof XmlSyntaxError ? `${file}: ${error.message}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  let findings: IatiFinding[];
  try {
    findings = await validateIatiFile(xml, new Date().toISOString().slice(0, 10));
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  for (const f of findings) process.stdout.write(`${formatFinding(file, f)}\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  process.stderr.write(`${file}: ${errors} error(s), ${findings.length - errors} warning(s)\n`);
  if (errors > 0) process.exitCode = 1;
}

export function iatiCommand(): Command {
  const iati = new Command('iati').description('IATI files without the database');
  iati
    .command('validate')
    .description(
      'Check an IATI activity file against the XSD, the IATI Standard rulesets and the codelists; lists each finding by line, activity, element and rule (exit 1 on errors)',
    )
    .argument('<file>', 'the IATI activity file')
    .action(action(validate));
  return iati;
}
