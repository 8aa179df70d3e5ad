// `npm run check:generated`: files generated from the code must match what is committed, so CI
// notices when they drift (immich's generated-*-up-to-date jobs).
//  - Migrations: drizzle-kit, run against a copy of src/server/db/migrations, must find nothing
//    to generate. A schema change without its migration fails here.
//  - The OpenAPI document of the app must equal docs/api/openapi.json
//    (`npm run openapi:update` rewrites it after a deliberate API change).
//  - The web's types of the API, src/web/lib/api-paths.d.ts, must equal what openapi-typescript
//    makes of docs/api/openapi.json (`npm run openapi:update` rewrites them with the document).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { buildApp } from '../src/server/app';
import { migrationsFolder, openDatabase } from '../src/server/db/open-database';

const root = resolve(import.meta.dirname, '..');
export const openApiSnapshotPath = join(root, 'docs/api/openapi.json');
export const apiPathsPath = join(root, 'src/web/lib/api-paths.d.ts');

/** Runs drizzle-kit on a copy of `migrations`; returns the files it would add or change (none: up to date). */
export async function migrationDrift(migrations = migrationsFolder): Promise<string[]> {
  // drizzle-kit only understands an --out relative to its working directory (it prefixes "./").
  await mkdir(join(root, '.tmp'), { recursive: true });
  const copy = await mkdtemp(join(root, '.tmp', 'migrations-'));
  try {
    await cp(migrations, copy, { recursive: true });
    const before = await contents(copy);
    const drizzleKit = join(root, 'node_modules/drizzle-kit/bin.cjs');
    const schema = relative(root, join(root, 'src/server/db/schema/index.ts'));
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [drizzleKit, 'generate', '--dialect', 'postgresql', '--schema', schema, '--out', relative(root, copy)],
      { cwd: root },
    );
    const after = await contents(copy);
    const changed = [...after.keys()].filter((file) => before.get(file) !== after.get(file)).sort();
    // drizzle-kit exits with 0 even when it fails: only its own words mean "up to date".
    if (changed.length === 0 && !stdout.includes('No schema changes')) {
      throw new Error(`drizzle-kit generate neither wrote a migration nor reported "No schema changes":\n${stdout}\n${stderr}`);
    }
    return changed;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function contents(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (f) => {
      const path = join(f.parentPath, f.name);
      return [path.slice(dir.length + 1), await readFile(path, 'utf8')] as const;
    }),
  );
  return new Map(entries);
}

/** The app's OpenAPI document as committed: 2-space JSON, keys in the order the app declares them. */
export async function renderOpenApiDocument(): Promise<string> {
  const database = await openDatabase({ pglite: new PGlite() });
  try {
    await database.migrate();
    const app = await buildApp({ db: database.db });
    try {
      await app.ready();
      return `${JSON.stringify(app.swagger(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** Whether the committed snapshot at `snapshotPath` equals the app's document. */
export async function openApiUpToDate(snapshotPath = openApiSnapshotPath): Promise<boolean> {
  const committed = await readFile(snapshotPath, 'utf8').catch(() => '');
  return committed === (await renderOpenApiDocument());
}

/** The web's types of the API: what openapi-typescript makes of the OpenAPI document at `documentPath`. */
export async function renderApiPaths(documentPath = openApiSnapshotPath): Promise<string> {
  return COMMENT_HEADER + astToString(await openapiTS(pathToFileURL(documentPath)));
}

/** Whether the committed types at `typesPath` equal what the document at `documentPath` gives. */
export async function apiPathsUpToDate(typesPath = apiPathsPath, documentPath = openApiSnapshotPath): Promise<boolean> {
  const committed = await readFile(typesPath, 'utf8').catch(() => '');
  return committed === (await renderApiPaths(documentPath));
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--update-openapi')) {
    await writeFile(openApiSnapshotPath, await renderOpenApiDocument());
    console.log(`wrote ${openApiSnapshotPath}`);
    await writeFile(apiPathsPath, await renderApiPaths());
    console.log(`wrote ${apiPathsPath}`);
    return 0;
  }
  let failed = false;
  const drift = await migrationDrift();
  if (drift.length > 0) {
    failed = true;
    console.error(
      `Migrations are out of date with src/server/db/schema: drizzle-kit would write ${drift.join(', ')}.\n` +
        '  Run `npm run db:generate -- --name <what>` and commit the migration.',
    );
  } else console.log('migrations: up to date with the schema');
  if (!(await openApiUpToDate())) {
    failed = true;
    console.error(
      'The OpenAPI document differs from docs/api/openapi.json.\n' + '  Run `npm run openapi:update`, review the diff (an API change) and commit it.',
    );
  } else console.log('OpenAPI document: matches docs/api/openapi.json');
  if (!(await apiPathsUpToDate())) {
    failed = true;
    console.error(
      'src/web/lib/api-paths.d.ts differs from what openapi-typescript makes of docs/api/openapi.json.\n' +
        '  Run `npm run openapi:update` and commit the types with the document.',
    );
  } else console.log('API types: match docs/api/openapi.json');
  return failed ? 1 : 0;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) process.exitCode = await main(process.argv.slice(2));
