import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { parseEvent, scheduleMeetings } from '../../core/scheduling/index';
import { highsWorker } from '../../server/solver/highs-worker';

const DEFAULT_TIME_LIMIT_SECONDS = 10;
/** Left for printing the schedule and exiting, so the whole process stays inside the limit. */
const OUTPUT_MARGIN_MS = 250;

/** `ctb schedule EVENT.json [--time-limit SECONDS]`: the schedule file on stdout, logs on stderr. */
export function scheduleCommand(): Command {
  return new Command('schedule')
    .description('Schedule the accepted meeting requests of a matchmaking event (prints the schedule file as JSON)')
    .argument('<event>', 'event file (JSON, see the scheduling README)')
    .option('--time-limit <seconds>', 'time budget in seconds', parseSeconds, DEFAULT_TIME_LIMIT_SECONDS)
    .action(async (eventPath: string, options: { timeLimit: number }) => {
      const event = await readEvent(eventPath);
      if (event === undefined) {
        process.exitCode = 1;
        return;
      }
      const log = (message: string) => void process.stderr.write(`schedule: ${message}\n`);
      const solver = highsWorker();
      // performance.now() counts from process start: the limit covers the whole command, start-up included.
      const result = await scheduleMeetings(event, {
        timeLimitMs: options.timeLimit * 1000 - OUTPUT_MARGIN_MS - performance.now(),
        clock: () => performance.now(),
        solver,
        log,
      }).finally(() => solver.close());
      log(
        `${result.meetings.length} meetings, ${result.unscheduled.length} unscheduled, weight ${result.weight}, ` +
          `upper bound ${result.upperBound}${result.optimal ? ' (optimal)' : ''}, ` +
          `${result.oversubscribed.length} over-subscribed participants`,
      );
      const { meetings, unscheduled, upperBound, weight, optimal } = result;
      process.stdout.write(`${JSON.stringify({ meetings, unscheduled, upperBound, weight, optimal })}\n`);
    });
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return seconds;
}

/** The parsed event, or undefined after reporting on stderr what is wrong and where. */
async function readEvent(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    process.stderr.write(`error: cannot read ${path}: ${(error as Error).message}\n`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`error: ${path} is not valid JSON: ${(error as Error).message}\n`);
    return undefined;
  }
  const parsed = parseEvent(json);
  if (parsed.ok) return parsed.event;
  process.stderr.write(`error: ${path} is not a valid event file:\n`);
  for (const message of parsed.errors) process.stderr.write(`  ${message}\n`);
  return undefined;
}
