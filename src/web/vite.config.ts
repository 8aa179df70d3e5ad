import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';
import { build, defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import type { Plugin, Rolldown } from 'vite';
import { capabilities } from '../shared/api/accounts';

/** The styles of libraries only some pages use (decision 025). */
const libraryStyles: Record<string, string> = {
  '@mantine/dates': '@mantine/dates/styles.layer.css',
  '@mantine/charts': '@mantine/charts/styles.layer.css',
  'mantine-datatable': 'mantine-datatable/styles.layer.css',
};

/**
 * Each module of ours that imports one of these libraries imports its styles too, so the styles
 * travel in the chunk of the pages that use the library, not in the first load of every visit
 * (they are in cascade layers, ordered in index.html, so the order they arrive in does not matter).
 * `DatesProvider` alone (App.tsx: the locale of date pickers) needs no styles.
 */
function stylesWithLibraries(): Plugin {
  return {
    name: 'ctb-styles-with-libraries',
    enforce: 'pre',
    transform: {
      filter: { id: /[/\\]src[/\\]web[/\\].*\.tsx?$/ },
      handler(code) {
        const styles = Object.entries(libraryStyles)
          .filter(([library]) => code.includes(`from '${library}'`))
          .filter(
            ([library]) =>
              !(
                library === '@mantine/dates' &&
                /^import \{ DatesProvider \} from '@mantine\/dates';$/m.test(code) &&
                code.split(`from '${library}'`).length === 2
              ),
          )
          .map(([, css]) => `import '${css}';`);
        return styles.length === 0 ? undefined : { code: `${styles.join(' ')}${code}`, map: null };
      },
    },
  };
}

const mantineStyles = fileURLToPath(new URL('../../node_modules/@mantine/core/styles/', import.meta.url));

/**
 * Mantine's styles per component instead of its whole stylesheet (277 kB, ~25 kB brotli) in the
 * first load: each Mantine component module that lands in a chunk brings its own stylesheet into
 * that chunk. The import goes at the end of the module, after the imports of the components it is
 * built on, so a base component's rules come first, as in Mantine's own stylesheet (a Button's
 * padding must win over UnstyledButton's reset in the same layer).
 */
function mantineStylesWithComponents(): Plugin {
  return {
    name: 'ctb-mantine-styles-with-components',
    enforce: 'pre',
    transform: {
      filter: { id: /[/\\]@mantine[/\\]core[/\\]esm[/\\].*\.mjs$/ },
      handler(code, id) {
        const name = /[/\\]([A-Za-z]+)[/\\]\1\.mjs$/.exec(id)?.[1];
        if (!name || !existsSync(`${mantineStyles}${name}.layer.css`)) return undefined;
        return { code: `${code}\nimport '@mantine/core/styles/${name}.layer.css';\n`, map: null };
      },
    },
  };
}

const tableSortLabelModule = fileURLToPath(new URL('./i18n/table-sort-label.ts', import.meta.url));

/**
 * mantine-datatable (pinned) labels its sort icons in English only; these labels go through the
 * catalogue instead (i18n/table-sort-label.ts). The build fails when a new version no longer has
 * the labels where this expects them, rather than shipping English to a Chinese screen reader.
 */
function datatableSortLabels(): Plugin {
  const sorted = /"aria-label":`Sorted \$\{(\w+)\.direction==="desc"\?"descending":"ascending"\}`/;
  const unsorted = '"aria-label":"Not sorted"';
  return {
    name: 'ctb-datatable-sort-labels',
    transform: {
      filter: { id: /[/\\]mantine-datatable[/\\]dist[/\\]index\.mjs$/ },
      handler(code) {
        if (!sorted.test(code) || !code.includes(unsorted))
          throw new Error('mantine-datatable: the English sort labels to translate were not found; see vite.config.ts');
        const translated = code.replace(sorted, '"aria-label":__ctbTableSortLabel($1.direction)').replace(unsorted, '"aria-label":__ctbTableSortLabel(null)');
        return { code: `import { tableSortLabel as __ctbTableSortLabel } from ${JSON.stringify(tableSortLabelModule)};\n${translated}`, map: null };
      },
    },
  };
}

const catalogueDir = fileURLToPath(new URL('../shared/i18n/en/', import.meta.url));
const catalogueNamespaces = readdirSync(catalogueDir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3));
// Capabilities ('audit:read') look like keys of a namespace but are none.
const isCapability = (literal: string) => (capabilities as readonly string[]).includes(literal);
const neededTextsModule = fileURLToPath(new URL('./i18n/needed-texts.ts', import.meta.url));

/**
 * The catalogue's namespaces travel with the code that uses them (decision 025): each module of
 * ours that writes a key of a namespace (`'projects:…'`, also in template literals) calls
 * `needTexts(['projects'])` when evaluated, and the web fetches those namespaces in the reader's
 * language before it renders (i18n/texts.ts). Keys are always written with their namespace
 * (check:i18n finds them the same way), so the modules of a page's chunk name all that it shows.
 * The build also writes `language-chunks.json`: per language, the text chunks the entry needs, which
 * the server names in the page as modulepreload links so they travel with the entry.
 */
function textsWithTheirUsers(): Plugin {
  const namespacesOf = new Map<string, string[]>();
  return {
    name: 'ctb-texts-with-their-users',
    enforce: 'pre',
    transform: {
      filter: { id: /[/\\]src[/\\](web|shared)[/\\].*\.tsx?$/ },
      handler(code, id) {
        if (/[/\\]shared[/\\]i18n[/\\]/.test(id) || id === neededTextsModule) return undefined;
        const used = catalogueNamespaces.filter(
          (namespace) =>
            namespace !== 'common' && [...code.matchAll(new RegExp(`['"\`](${namespace}:[^'"\`]*)`, 'g'))].some((literal) => !isCapability(literal[1]!)),
        );
        if (used.length === 0) return undefined;
        namespacesOf.set(id, used);
        return {
          code: `import { needTexts as __needTexts } from ${JSON.stringify(neededTextsModule)}; __needTexts(${JSON.stringify(used)});\n${code}`,
          map: null,
        };
      },
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const firstLoad = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = byName.get(fileName);
        if (!chunk || firstLoad.has(fileName)) return;
        firstLoad.add(fileName);
        chunk.imports.forEach(visit);
      };
      chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
      const namespaces = new Set(['common']);
      for (const fileName of firstLoad) for (const id of byName.get(fileName)!.moduleIds) for (const ns of namespacesOf.get(id) ?? []) namespaces.add(ns);
      const perLanguage: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const text = chunk.moduleIds.map((id) => /[/\\]shared[/\\]i18n[/\\](\w+)[/\\](\w+)\.ts$/.exec(id)).find((found) => found && namespaces.has(found[2]!));
        if (text) (perLanguage[text[1]!] ??= []).push(`/${chunk.fileName}`);
      }
      this.emitFile({ type: 'asset', fileName: 'language-chunks.json', source: `${JSON.stringify(perLanguage, null, 1)}\n` });
    },
  };
}

/** Where the build lists the files it was made from (outside dist/web, which is served). */
const SOURCES_LIST = fileURLToPath(new URL('../../dist/web-sources.json', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Writes every file of ours that went into the bundle (src/web, src/shared, src/core, vendored
 * data…) and a digest of the lockfile, so that scripts/build-web-if-stale.mjs rebuilds when any of
 * them changes — not only the folders someone remembered to list. The lockfile by content: npm
 * rewrites it at every install, unchanged.
 */
function recordSources(): Plugin {
  return {
    name: 'ctb-record-sources',
    apply: 'build',
    generateBundle() {
      const files = [...this.getModuleIds()]
        .map((id) => id.split('?')[0]!)
        .filter((id) => !id.startsWith('\0') && !id.includes('/node_modules/') && id.startsWith(repositoryRoot))
        .map((id) => relative(repositoryRoot, id));
      mkdirSync(dirname(SOURCES_LIST), { recursive: true });
      const lockfile = createHash('sha256')
        .update(readFileSync(`${repositoryRoot}package-lock.json`))
        .digest('hex');
      writeFileSync(SOURCES_LIST, `${JSON.stringify({ lockfile, files: [...new Set(files)].sort() }, null, 1)}\n`);
    },
  };
}

/** Set while the first-load survey builds the app once without writing it. */
const SURVEY = 'CTB_WEB_FIRST_LOAD_SURVEY';
const surveying = process.env[SURVEY] === '1';

/**
 * What the first visit loads, in as few files as the browser can ask for at once (decision 025):
 * on HTTP/1.1 a browser opens six connections per host, and every file beyond them waits a round
 * trip (300 ms on a line from China) behind another. Rolldown's automatic chunking splits the
 * modules the entry shares with lazy pages into a dozen small common chunks, and each namespace of
 * the catalogue is its own chunk. A survey build (not written) finds which modules the entry loads
 * and which namespaces the first page needs; the real build then puts those modules into one chunk
 * (merged with the entry) and those namespaces into one chunk per language. Pages import from the
 * entry what it already has, so nothing is loaded twice and the first load carries nothing more.
 * Grouping by module path instead ("all of @mantine/core") would pull every component any page
 * uses into the first load, because the entry imports them through the library's barrel.
 */
function firstLoadInFewFiles(): Plugin {
  return {
    name: 'ctb-first-load-in-few-files',
    apply: 'build',
    async config() {
      process.env[SURVEY] = '1';
      let survey: Rolldown.RolldownOutput;
      try {
        const output = await build({ configFile: fileURLToPath(import.meta.url), logLevel: 'silent', build: { write: false } });
        survey = (Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput;
      } finally {
        delete process.env[SURVEY];
      }
      const chunks = new Map(survey.output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      const entryModules = new Set<string>();
      const visit = (fileName: string, seen = new Set<string>()) => {
        const chunk = chunks.get(fileName);
        if (!chunk || seen.has(fileName)) return;
        seen.add(fileName);
        chunk.moduleIds.forEach((id) => entryModules.add(id));
        chunk.imports.forEach((imported) => visit(imported, seen));
      };
      [...chunks.values()].filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
      const languageChunks = survey.output.find((file) => file.fileName === 'language-chunks.json');
      if (languageChunks?.type !== 'asset') throw new Error('first-load survey: the build wrote no language-chunks.json');
      const firstTexts = new Set(
        Object.values(JSON.parse(String(languageChunks.source)) as Record<string, string[]>)
          .flat()
          .flatMap((file) => chunks.get(file.slice(1))?.moduleIds ?? []),
      );
      if (entryModules.size === 0 || firstTexts.size === 0) throw new Error('first-load survey: no entry modules or first-page texts found');
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'index', debugName: 'first load', test: (id: string) => entryModules.has(id) },
                  { debugName: 'first page texts', name: (id: string) => (firstTexts.has(id) ? `texts-${/[/\\]i18n[/\\](\w+)[/\\]/.exec(id)![1]}` : null) },
                ],
              },
            },
          },
        },
      };
    },
  };
}

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  // A brotli (.br) and a gzip (.gz) copy of every text file, sent as they are by the server
  // (@fastify/static preCompressed) to browsers that accept them.
  plugins: [
    stylesWithLibraries(),
    mantineStylesWithComponents(),
    datatableSortLabels(),
    textsWithTheirUsers(),
    react(),
    // The survey build only reads the chunks: nothing to record, compress or survey again.
    ...(surveying ? [] : [firstLoadInFewFiles(), recordSources(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })]),
  ],
  // The server replaces this placeholder with a fresh nonce per page (plugins/web-assets.ts).
  html: { cspNonce: 'ctb-csp-nonce' },
  css: {
    // Mantine's preset: rem()/light-dark() helpers and the $mantine-breakpoint-* variables.
    postcss: {
      plugins: [
        postcssPresetMantine(),
        postcssSimpleVars({
          variables: {
            'mantine-breakpoint-xs': '36em',
            'mantine-breakpoint-sm': '48em',
            'mantine-breakpoint-md': '62em',
            'mantine-breakpoint-lg': '75em',
            'mantine-breakpoint-xl': '88em',
          },
        }),
      ],
    },
  },
  build: {
    // The server serves dist/web at the repository root.
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets would become data: URLs, which the CSP forbids for scripts, fonts and fetches.
    assetsInlineLimit: 0,
    // The entry chunk (React DOM, Mantine core, the router, the shell and the home page, with what
    // they share with other pages: firstLoadInFewFiles) is ~710 kB before compression, ~185 kB
    // brotli; what counts is the first-load budget of decision 025, measured by
    // `npm run bench:first-load`.
    chunkSizeWarningLimit: 750,
    rolldownOptions: {
      treeshake: {
        // The shared contract (src/shared) is zod schemas built at module level. The web never reads
        // zod's global registry (the OpenAPI document does, on the server), so building a schema
        // nobody uses is no side effect here: a page that needs one schema of the barrel
        // shared/api/index gets that schema, not all of them, and zod stays out of the first load
        // where no schema is used (decision 025).
        moduleSideEffects: [{ test: /[/\\]src[/\\]shared[/\\].*\.ts$/, sideEffects: false }],
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
