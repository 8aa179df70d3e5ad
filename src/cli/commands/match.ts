import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { indexOrganisations, InputError, parseOpportunities, parseOrganisations, rankOrganisations } from '../../core/matching';
import type { Language } from '../../core/text';
import { matchingBridge } from '../../server/features/matching/matching-bridge';

class FileError extends Error {}

function readItems<T>(file: string, parse: (data: unknown) => T): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FileError(`${file}: ${error instanceof SyntaxError ? 'invalid JSON: ' : 'cannot read: '}${(error as Error).message}`);
  }
  try {
    return parse(data);
  } catch (error) {
    if (error instanceof InputError) throw new FileError(`${file}: ${error.message}`);
    throw error;
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

interface MatchCliOptions {
  opportunities: string;
  organisations: string;
  top: number;
  lang: Language;
}

/** `ctb match`: ranks organisations for each opportunity from two JSON files, no database. */
export function matchCommand(): Command {
  return new Command('match')
    .description('rank the organisations best able to address each opportunity (prints JSON to stdout)')
    .requiredOption('--opportunities <file>', 'opportunities JSON (matching data-set format)')
    .requiredOption('--organisations <file>', 'organisations JSON (matching data-set format)')
    .option('--top <n>', 'matches per opportunity', positiveInteger, 10)
    .addOption(new Option('--lang <lang>', 'language of the explanations').choices(['nl', 'en', 'zh']).default('en'))
    .action((options: MatchCliOptions) => {
      try {
        const opportunities = readItems(options.opportunities, parseOpportunities);
        const organisations = readItems(options.organisations, parseOrganisations);
        const started = performance.now();
        process.stderr.write(`ctb match: indexing ${organisations.length} organisations…\n`);
        const index = indexOrganisations(organisations, matchingBridge());
        process.stderr.write(`ctb match: ranking ${opportunities.length} opportunities…\n`);
        const ranked = rankOrganisations(opportunities, index, { top: options.top, readerLanguage: options.lang });
        const results = ranked.map((r) => ({
          opportunityId: r.opportunityId,
          matches: r.matches.map((m) => ({ organisationId: m.id, score: m.score, explanation: m.explanation.text })),
        }));
        process.stdout.write(`${JSON.stringify({ results })}\n`);
        process.stderr.write(`ctb match: done in ${Math.round(performance.now() - started)} ms\n`);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        process.stderr.write(`ctb match: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}
