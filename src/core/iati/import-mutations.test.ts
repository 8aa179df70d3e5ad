// Property: however a valid export is damaged (elements dropped, duplicated, reordered; codes,
// dates and languages mangled; unknown attributes and elements injected; the file truncated), the
// importer either refuses the file with its own located error or returns projects that satisfy
// the project model — never a crash, never half-valid data.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project004 } from '../../server/db/seed/data/project-004';
import { fullProject } from '../../../test/fixtures/iati/full-project';
import { projectSchema } from '../projects/model';
import { exportIatiActivities } from './export';
import { importIatiActivities, NOT_IMPORTABLE, XmlSyntaxError } from './import';
import { readXml } from './xml-read';
import type { XmlNode } from './xml-read';

interface Tree {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Tree[];
}

const toTree = (n: XmlNode): Tree => ({ name: n.name, attrs: { ...n.attrs }, text: n.text, children: n.children.map(toTree) });
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const serialise = (t: Tree): string => {
  const attrs = Object.entries(t.attrs)
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
  return `<${t.name}${attrs}>${escape(t.text)}${t.children.map(serialise).join('')}</${t.name}>`;
};
/** Every element with its parent, in document order (the root has none). */
const elements = (t: Tree, parent?: Tree): { node: Tree; parent?: Tree }[] => [{ node: t, parent }, ...t.children.flatMap((c) => elements(c, t))];
const clone = (t: Tree): Tree => structuredClone(t);

const valid = exportIatiActivities([fullProject(), project004], {
  reportingOrg: { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en', en: 'Cleantech Bridge (demo)' } },
  generatedAt: '2026-01-01T00:00:00Z',
});
const root = toTree(readXml(valid)[0]!);
/** Foreign files damaged further: they start with IATI 1.x leftovers and gaps of their own. */
const foreign = ['v1-03-donor.xml', 'v2-two-publishers.xml', 'money.xml', 'results.xml', 'languages.xml'].map((name) =>
  toTree(readXml(readFileSync(new URL(`../../../test/fixtures/iati-foreign/${name}`, import.meta.url), 'utf8'))[0]!),
);
const base = fc.constantFrom(root, ...foreign);

const oddValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '1',
    '2',
    '4',
    '5',
    '9',
    '99',
    'C',
    'D',
    'E',
    'IF',
    'DAC',
    'DAC-3',
    'Funding',
    'Implementation',
    'EUR',
    'USD',
    'cny',
    'EN',
    'en-GB',
    'zh-CN',
    'chi',
    'nl_NL',
    'xx',
    '2011-02-30',
    '2011-13-01',
    '31/12/2012',
    '2012-01-01T00:00:00Z',
    '-1',
    '1e5',
    '+3.',
    'NaN',
    '__proto__',
    'constructor',
    'toString',
    'XE-EXAMPLE-CTB-004',
    'XE-EXAMPLE-CTB-004-P1',
    'org:x',
  ),
  fc.string({ maxLength: 12 }),
);
const attributeName = fc.constantFrom(
  'code',
  'type',
  'role',
  'iso-date',
  'xml:lang',
  'currency',
  'value-date',
  'vocabulary',
  'ref',
  'measure',
  'percentage',
  'status',
  'year',
  'value',
  'ascending',
  'hierarchy',
  'default-currency',
  'version',
  'usg:extra',
  'x',
);
const elementName = fc.constantFrom(
  'narrative',
  'usg:custom',
  'transaction',
  'budget',
  'related-activity',
  'activity-date',
  'iati-activity',
  'period',
  'indicator',
  'result',
  'value',
  'sector',
  'participating-org',
  'unknown-element',
);

type Mutation =
  | { kind: 'drop' | 'duplicate' | 'reverse-children'; at: number }
  | { kind: 'set-attribute'; at: number; name: string; value: string }
  | { kind: 'mangle-attribute'; at: number; pick: number; value: string }
  | { kind: 'set-text'; at: number; value: string }
  | { kind: 'inject-element'; at: number; name: string; attrs: Record<string, string>; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const, 'reverse-children' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set-attribute' as const), at: fc.nat(), name: attributeName, value: oddValue }),
  fc.record({ kind: fc.constant('mangle-attribute' as const), at: fc.nat(), pick: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('set-text' as const), at: fc.nat(), value: oddValue }),
  fc.record({
    kind: fc.constant('inject-element' as const),
    at: fc.nat(),
    name: elementName,
    attrs: fc.dictionary(attributeName, oddValue, { maxKeys: 3 }),
    text: oddValue,
  }),
);

function apply(tree: Tree, m: Mutation): void {
  const all = elements(tree);
  const { node, parent } = all[m.at % all.length]!;
  switch (m.kind) {
    case 'drop':
    case 'duplicate': {
      if (!parent) return;
      const i = parent.children.indexOf(node);
      if (m.kind === 'drop') parent.children.splice(i, 1);
      else parent.children.splice(i + 1, 0, clone(node));
      return;
    }
    case 'reverse-children':
      node.children.reverse();
      return;
    case 'set-attribute':
      node.attrs[m.name] = m.value;
      return;
    case 'mangle-attribute': {
      const names = Object.keys(node.attrs);
      if (names.length > 0) node.attrs[names[m.pick % names.length]!] = m.value;
      return;
    }
    case 'set-text':
      node.text = m.value;
      return;
    case 'inject-element':
      node.children.splice(m.at % (node.children.length + 1), 0, { name: m.name, attrs: m.attrs, text: m.text, children: [] });
  }
}

/** The importer's contract for any input. */
function expectRefusedOrValid(xml: string): void {
  let result;
  try {
    result = importIatiActivities(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect(error).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    // The importer's safety net must not be what catches a damaged file: that is a gap to close.
    expect((error as Error).message).not.toContain(NOT_IMPORTABLE);
    return;
  }
  for (const project of result.projects) expect(projectSchema.safeParse(project).error?.issues).toBeUndefined();
  for (const w of result.warnings) expect(w.line).toBeGreaterThan(0);
}

describe('importing a damaged export', () => {
  it('the undamaged export imports cleanly (the property starts from valid data)', () => {
    expect(importIatiActivities(serialise(root)).projects).toHaveLength(2);
  });

  it('never crashes and never returns invalid projects under structural mutations', () => {
    fc.assert(
      fc.property(base, fc.array(mutation, { minLength: 1, maxLength: 12 }), (start, mutations) => {
        const tree = clone(start);
        for (const m of mutations) apply(tree, m);
        expectRefusedOrValid(serialise(tree));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a truncated file with a location, or imports what is complete', () => {
    fc.assert(
      fc.property(base, fc.array(mutation, { maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, mutations, cut) => {
        const tree = clone(start);
        for (const m of mutations) apply(tree, m);
        const xml = serialise(tree);
        expectRefusedOrValid(xml.slice(0, Math.floor(xml.length * cut)));
      }),
      { numRuns: 150 },
    );
  });
});
