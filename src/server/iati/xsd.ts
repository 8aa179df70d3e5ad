// Validates IATI XML against the vendored official 2.03 XSDs (activities or organisations) with
// libxml2 compiled to WebAssembly (xmllint-wasm): nothing is downloaded, nothing is spawned.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const schemaDir = fileURLToPath(new URL('../../../vendor/iati/schema/', import.meta.url));
const read = (file: string): string => readFileSync(schemaDir + file, 'utf8');

export type IatiSchema = 'activities' | 'organisations';

export interface XsdError {
  message: string;
  line?: number;
}

export async function validateIatiXsd(xml: string, schema: IatiSchema = 'activities'): Promise<{ valid: boolean; errors: XsdError[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'file.xml', contents: xml }],
    schema: [read(`iati-${schema}-schema.xsd`)],
    preload: [
      { fileName: 'iati-common.xsd', contents: read('iati-common.xsd') },
      { fileName: 'xml.xsd', contents: read('xml.xsd') },
    ],
  });
  return { valid: result.valid, errors: result.errors.map((e) => ({ message: e.message, line: e.loc?.lineNumber })) };
}
