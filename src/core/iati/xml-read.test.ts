import { describe, expect, it } from 'vitest';
import { readXml, XmlSyntaxError } from './xml-read';

const laughs = (levels: number) => {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= levels; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE lolz [${entities.join('')}]>\n<iati-activities><x>&lol${levels};</x></iati-activities>`;
};

describe('readXml is safe against hostile files', () => {
  it('refuses a billion-laughs document at its DOCTYPE, naming line and column', () => {
    const attempt = () => readXml(laughs(9));
    expect(attempt).toThrow(XmlSyntaxError);
    expect(attempt).toThrow('malformed XML at line 2, column 1: a DOCTYPE (document type declaration) is not accepted');
  });

  it('refuses external entities (local files) and a DOCTYPE behind comments and a BOM', () => {
    const external = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expect(() => readXml(external)).toThrow(/line 1, column 1: a DOCTYPE/);
    expect(() => readXml(`\uFEFF<?xml version="1.0"?><!-- a -->\n  <?pi x?>${external}`)).toThrow(/line 2, column 11: a DOCTYPE/);
  });

  it('reads a megabytes-long prolog and a million entity references without a crash', () => {
    const hugeComment = `<!--${'-a'.repeat(5_000_000)}--><r/>`;
    expect(readXml(hugeComment)).toHaveLength(1);
    const manyReferences = `<r>${'&amp;'.repeat(1_000_000)}</r>`;
    expect(readXml(manyReferences)[0]!.text).toHaveLength(1_000_000);
  });

  it('still reads what IATI files contain: XML, numeric and common entities', () => {
    const [root] = readXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- published -->\n<r a="x &amp; y">caf&#233; &lt;3</r>');
    expect(root).toMatchObject({ name: 'r', attrs: { a: 'x & y' }, text: 'café <3', line: 3 });
  });
});
