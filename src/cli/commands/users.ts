import { Command, Option } from 'commander';
import { systemActor } from '../../server/actor';
import { loadConfig } from '../../server/config';
import {
  type AccountsContext,
  createUser,
  findUserByEmail,
  listUsers,
  offlineAccountsContext,
  updateUser,
} from '../../server/features/accounts/accounts.service';
import { Password, Role, UserInvite, roles } from '../../shared/api/accounts';
import type { Db } from '../../server/db/open-database';
import { withDatabase } from '../database-session';
import { action, CliError } from '../fail';

function context(db: Db): AccountsContext {
  const config = loadConfig();
  return offlineAccountsContext(db, config.auth, config.publicUrl, config.mail.linkKey);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function usersCommand(): Command {
  const users = new Command('users').description('Manage user accounts (e.g. the first admin)');

  users
    .command('create')
    .description('Create an account: with --password-stdin it can sign in at once, otherwise a one-time link is printed')
    .requiredOption('--email <email>', 'e-mail address (unique, case-insensitive)')
    .addOption(new Option('--role <role>', 'role').choices([...roles]).makeOptionMandatory())
    .option('--name <name>', 'display name (default: the part of the address before @)')
    .option('--organisation <id>', 'organisation (required for members)')
    .option('--region <id>', 'region (required for partner officials)')
    .addOption(new Option('--language <lang>', 'preferred language').choices(['nl', 'en', 'zh']).default('en'))
    .option('--password-stdin', 'read the password from standard input')
    .action(
      action(async (o: { email: string; role: string; name?: string; organisation?: string; region?: string; language: string; passwordStdin?: boolean }) => {
        const parsed = UserInvite.safeParse({
          email: o.email,
          displayName: o.name ?? o.email.split('@')[0],
          role: o.role,
          organisationId: o.organisation ?? null,
          regionId: o.region ?? null,
          language: o.language,
        });
        if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        let password: string | undefined;
        if (o.passwordStdin) {
          const checked = Password.safeParse(await readStdin());
          if (!checked.success) throw new CliError(`password: ${checked.error.issues[0]?.message}`);
          password = checked.data;
        }
        await withDatabase(
          async ({ db }) => {
            const { user, invitationLink } = await createUser(context(db), systemActor('cli users create'), parsed.data, { password });
            process.stderr.write(`created ${user.role} ${user.email} (${user.id})\n`);
            if (invitationLink) {
              process.stderr.write('One-time link to choose a password (valid 7 days):\n');
              process.stdout.write(`${invitationLink}\n`);
            }
            // The README's first step on a new installation: the first admin may come before the first start.
          },
          { create: true },
        );
      }),
    );

  users
    .command('list')
    .description('List accounts')
    .addOption(new Option('--role <role>', 'only this role').choices([...roles]))
    .option('--json', 'as JSON')
    .action(
      action(async (o: { role?: string; json?: boolean }) => {
        await withDatabase(async ({ db }) => {
          const role = o.role ? Role.parse(o.role) : undefined;
          const page = await listUsers(context(db), { role, page: 1, pageSize: 200, order: 'asc' });
          if (o.json) {
            process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
            return;
          }
          for (const u of page.items) {
            const flags = [u.disabled ? 'disabled' : '', u.active ? '' : 'invited'].filter(Boolean).join(',');
            const where = u.organisationId ?? u.regionId ?? '';
            process.stdout.write(`${u.email}\t${u.role}\t${where}\t${flags}\n`);
          }
          if (page.total > page.items.length) process.stderr.write(`(${page.total - page.items.length} more)\n`);
        });
      }),
    );

  users
    .command('disable')
    .description('Disable an account: it is signed out everywhere and its API tokens are revoked')
    .argument('<email>', 'the account’s e-mail address')
    .action(
      action(async (email: string) => {
        await withDatabase(async ({ db }) => {
          const ctx = context(db);
          const user = await findUserByEmail(ctx, email);
          if (!user) throw new CliError(`no account for ${email}`);
          await updateUser(ctx, systemActor('cli users disable'), user.id, { disabled: true });
          process.stderr.write(`disabled ${user.email}\n`);
        });
      }),
    );
  return users;
}
