import { describe, expect, it } from 'vitest';
import { MAX_XML_CHARS, MAX_XML_DEPTH, readXml, XmlSyntaxError } from './xml-read';

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

  it('refuses a DOCTYPE inside the root element, and any other markup declaration, at its place', () => {
    const inside =
      '<iati-activities>\n  <!DOCTYPE x [<!ENTITY id "boom">]>\n  <iati-activity><iati-identifier>&id;</iati-identifier></iati-activity>\n</iati-activities>';
    expect(() => readXml(inside)).toThrow('malformed XML at line 2, column 3: a DOCTYPE (document type declaration) is not accepted');
    expect(() => readXml('<r><x/>\n<!doctype r></r>')).toThrow(/line 2, column 1: a DOCTYPE/);
    expect(() => readXml('<r>\n<!ENTITY big SYSTEM "file:///etc/passwd"></r>')).toThrow('line 2, column 1: a markup declaration (<!ENTITY) is not accepted');
    // Declarations spelled out inside comments, CDATA and attribute values are only text.
    const [root] = readXml('<r a="<!DOCTYPE"><!-- <!DOCTYPE x> --><![CDATA[<!ENTITY y "z">]]></r>');
    expect(root!.attrs.a).toBe('<!DOCTYPE');
  });

  it('refuses a large SYSTEM entity declaration, a deep nesting and an over-long text with line and column', () => {
    const large = `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY big "${'x'.repeat(2_000_000)}"><!ENTITY ext SYSTEM "http://example.org/x">]>\n<r>&big;&ext;</r>`;
    expect(() => readXml(large)).toThrow(/line 2, column 1: a DOCTYPE/);
    const nested = (n: number) => `<r>\n${'<a>'.repeat(n)}${'</a>'.repeat(n)}</r>`;
    expect(readXml(nested(MAX_XML_DEPTH - 1))).toHaveLength(1);
    expect(() => readXml(nested(MAX_XML_DEPTH))).toThrow(
      `line 2, column ${(MAX_XML_DEPTH - 1) * 3 + 1}: elements are nested more than ${MAX_XML_DEPTH} levels deep`,
    );
    expect(() => readXml(nested(1_000_000))).toThrow(XmlSyntaxError);
    const long = `<r>${'\n'.repeat(MAX_XML_CHARS)}</r>`;
    expect(() => readXml(long)).toThrow(new RegExp(`line ${MAX_XML_CHARS - 2}, column 1: the file is longer than 16 MB`));
  });
});
