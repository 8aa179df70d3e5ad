import { readFile } from 'node:fs/promises';
import { check, getFileInfo, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

// `npm run format:check` (prettier --check .) passes on the committed tree (CI runs it) and fails
// on a file whose layout was disturbed; generated and third-party files are left alone.
async function formatted(path: string, text?: string): Promise<boolean> {
  const options = await resolveConfig(path);
  expect(options).toMatchObject({ printWidth: 160, singleQuote: true });
  return check(text ?? (await readFile(path, 'utf8')), { ...options, filepath: path });
}

describe('format:check', () => {
  it('finds a committed file formatted, and the same file with its layout disturbed not', async () => {
    const path = 'src/server/features/events/promote-waitlist.ts';
    expect(await formatted(path)).toBe(true);
    const disturbed = (await readFile(path, 'utf8')).replace('  const capacity', '      const capacity');
    expect(await formatted(path, disturbed)).toBe(false);
  });

  it('leaves migrations, the OpenAPI snapshot and vendored files to their own checks', async () => {
    for (const path of ['src/server/db/migrations/0000_init.sql', 'docs/api/openapi.json', 'src/core/thesaurus/gemet-labels.json']) {
      expect(await getFileInfo(path, { ignorePath: '.prettierignore' }), path).toMatchObject({ ignored: true });
    }
    expect(await getFileInfo('src/server/app.ts', { ignorePath: '.prettierignore' })).toMatchObject({ ignored: false });
  });
});
