// The IATI Standard rulesets (vendor/iati/rulesets/standard.json, version 2.03, MIT) run as data:
// each context is an XPath, each case a rule of vendor/iati/rulesets/SPEC.rst evaluated with XPath
// 1.0 (the `xpath` package over @xmldom/xmldom, which keeps each node's line and column). So every
// rule the IATI Validator runs is checked, and a new ruleset release is a file copy, not code.
// Lives beside the XSD check rather than in src/core: the XPath library types itself with the
// DOM, which the pure core's compilation deliberately leaves out.
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import standard from '../../../vendor/iati/rulesets/standard.json' with { type: 'json' };
import { CODELIST_CODES } from '../../core/iati/codelist-codes';
import type { IatiFinding } from '../../core/iati/validate';

type RuleInfo = { id: string; severity: 'error' | 'warning'; message: string };
type Case = {
  ruleInfo?: RuleInfo;
  condition?: string;
  idCondition?: string;
  paths?: string[];
  prefix?: string[];
  separator?: string;
  regex?: string;
  sum?: number;
  min?: number;
  max?: number;
  one?: string;
  all?: string;
  if?: string;
  then?: string;
  less?: string;
  more?: string;
  date?: string;
  start?: string;
  end?: string;
  foreach?: string;
  do?: Record<string, { cases: Case[] }>;
};
type Ruleset = Record<string, Record<string, { cases: Case[] }>>;

// xml:lang is the only prefixed name the rulesets use.
const namespaces = { xml: 'http://www.w3.org/XML/1998/namespace' };
/** An expression parsed once (`xpath.parse`, untyped in the package): parsing dominated the run. */
type Compiled = {
  select(options: { node: Node; namespaces: typeof namespaces }): Node[];
  evaluateBoolean(options: { node: Node; namespaces: typeof namespaces }): boolean;
};
const parse = (xpath as unknown as { parse(expression: string): Compiled }).parse;
const compiled = new Map<string, Compiled>();
function compile(expression: string): Compiled {
  let expr = compiled.get(expression);
  if (!expr) compiled.set(expression, (expr = parse(expression)));
  return expr;
}

/** Registration agencies whose codes start organisation identifiers (rule case prefix ORG-ID-PREFIX). */
const ORG_ID_PREFIXES = new Set(CODELIST_CODES.OrganisationRegistrationAgency.split(' '));

const isAttribute = (node: Node): node is Attr => node.nodeType === 2;
const textOf = (node: Node): string => (isAttribute(node) ? node.value : (node.textContent ?? ''));
/** The element that carries a finding: an attribute's element, or the node itself. */
const elementOf = (node: Node): Element => (isAttribute(node) ? node.ownerElement! : (node as Element));

const nodes = (expression: string, node: Node): Node[] => compile(expression).select({ node, namespaces });
const truthy = (expression: string, node: Node): boolean => compile(expression).evaluateBoolean({ node, namespaces });

/** The dates a rule path names (`NOW` is today); unreadable ones are skipped, as the rule then is. */
function datesAt(expression: string | undefined, context: Node, today: string): Array<{ value: string; node?: Node }> {
  if (expression === undefined) return [];
  if (expression === 'NOW') return [{ value: today }];
  return nodes(expression, context)
    .map((node) => ({ value: textOf(node).trim().slice(0, 10), node }))
    .filter(({ value }) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));
}
const dateAt = (expression: string | undefined, context: Node, today: string) => datesAt(expression, context, today)[0];
const daysBetween = (start: string, end: string): number => (Date.parse(end) - Date.parse(start)) / 86_400_000;

/** Whether a case holds on one context element; the node to point at when it does not. */
type Outcome = { pass: true } | { pass: false; at?: Node; detail?: string };
const pass: Outcome = { pass: true };
const failAt = (at?: Node, detail?: string): Outcome => ({ pass: false, ...(at ? { at } : {}), ...(detail ? { detail } : {}) });

function evaluate(rule: string, c: Case, context: Node, today: string): Outcome {
  const matches = (c.paths ?? []).flatMap((p) => nodes(p, context));
  const texts = matches.map(textOf);
  const firstFailing = (ok: (text: string) => boolean): Outcome => {
    const i = texts.findIndex((t) => !ok(t));
    return i < 0 ? pass : failAt(matches[i], texts[i]);
  };
  switch (rule) {
    case 'atleast_one':
      return matches.length >= 1 ? pass : failAt();
    case 'no_more_than_one':
      return matches.length <= 1 ? pass : failAt(matches[1]);
    case 'unique': {
      const i = texts.findIndex((t, n) => texts.indexOf(t) !== n);
      return i < 0 ? pass : failAt(matches[i], texts[i]);
    }
    case 'startswith': {
      if (c.prefix?.length === 1 && c.prefix[0] === 'ORG-ID-PREFIX') {
        return firstFailing((t) => ORG_ID_PREFIXES.has(t.split('-').slice(0, 2).join('-')));
      }
      const prefixes = (c.prefix ?? []).flatMap((p) => nodes(p, context)).map((n) => textOf(n) + (c.separator ?? ''));
      return firstFailing((t) => prefixes.some((p) => t.startsWith(p)));
    }
    case 'regex_matches': {
      const pattern = new RegExp(c.regex ?? '');
      return firstFailing((t) => t === '' || pattern.test(t));
    }
    case 'regex_no_matches': {
      const pattern = new RegExp(c.regex ?? '');
      return firstFailing((t) => t === '' || !pattern.test(t));
    }
    case 'no_spaces':
      return firstFailing((t) => t === t.trim());
    case 'range':
      return firstFailing((t) => Number(t) >= (c.min ?? -Infinity) && Number(t) <= (c.max ?? Infinity));
    case 'strict_sum':
    case 'sum': {
      if (rule === 'sum' && matches.length === 0) return pass;
      const total = Number(texts.reduce((s, t) => s + Number(t), 0).toFixed(4));
      return total === c.sum ? pass : failAt(matches[0], `the sum is ${total}`);
    }
    case 'if_then':
      return !truthy(c.if!, context) || truthy(c.then!, context) ? pass : failAt(matches[0]);
    case 'one_or_all':
      return oneOrAll(c, context);
    case 'date_order': {
      // Every date `less` names (e.g. each transaction's) against the one `more` names.
      const more = dateAt(c.more, context, today);
      const late = more && datesAt(c.less, context, today).find((less) => less.value > more.value);
      return !more || !late ? pass : failAt(more.node ?? late.node, `${late.value} > ${more.value}`);
    }
    case 'date_now': {
      const date = dateAt(c.date, context, today);
      return !date || date.value <= today ? pass : failAt(date.node, date.value);
    }
    case 'time_limit': {
      const start = dateAt(c.start, context, today);
      const end = dateAt(c.end, context, today);
      return !start || !end || daysBetween(start.value, end.value) <= 365 ? pass : failAt(context, `${start.value} – ${end.value}`);
    }
    case 'between_dates': {
      const date = dateAt(c.date, context, today);
      const start = dateAt(c.start, context, today);
      const end = dateAt(c.end, context, today);
      return !date || !start || !end || (start.value <= date.value && date.value <= end.value) ? pass : failAt(date.node, date.value);
    }
    default:
      throw new Error(`IATI ruleset: unknown rule ${rule}`);
  }
}

/** `one` holds, or else every element that `all` names carries what `one` would have given. */
function oneOrAll(c: Case, context: Node): Outcome {
  if (nodes(c.one!, context).length > 0) return pass;
  const lacking = (candidates: string, needed: string): Outcome => {
    const node = nodes(candidates, context).find((n) => nodes(needed, n).length === 0);
    return node ? failAt(node) : pass;
  };
  switch (c.all) {
    case 'lang':
      return lacking('descendant::narrative', '@xml:lang');
    case 'currency':
      return lacking('descendant::value | descendant::forecast | descendant::loan-status', '@currency');
    case 'sector':
      return lacking('transaction', 'sector');
    default:
      return lacking('transaction', c.all!);
  }
}

/**
 * A loop case: its `do` cases once per distinct value of `foreach`, with `$1` substituted. In every
 * field, not only those `subs` lists: rule 2.1.2 lists only its paths, and its condition
 * `count(sector[@vocabulary = '$1']) > 1`, left as written, would never hold (so sectors of other
 * vocabularies than DAC would never be summed).
 */
function expandLoop(c: Case, context: Node): Array<[string, Case]> {
  const values = [...new Set(nodes(c.foreach!, context).map(textOf))];
  const substitute = (field: unknown, value: string): unknown =>
    typeof field === 'string' ? field.replaceAll('$1', value) : Array.isArray(field) ? field.map((f) => substitute(f, value)) : field;
  return values.flatMap((value) =>
    Object.entries(c.do ?? {}).flatMap(([rule, { cases }]) =>
      cases.map((inner): [string, Case] => [
        rule,
        Object.fromEntries(Object.entries(inner).map(([key, field]) => [key, key === 'ruleInfo' ? field : substitute(field, value)])) as Case,
      ]),
    ),
  );
}

function pathOf(element: Element): string {
  const steps: string[] = [];
  for (let e: Node | null = element; e && e.nodeType === 1; e = e.parentNode) {
    const parent: Node | null = e.parentNode;
    const name = (e as Element).nodeName;
    const siblings = parent ? Array.from(parent.childNodes).filter((s) => s.nodeName === name) : [];
    steps.unshift(siblings.length > 1 ? `${name}[${siblings.indexOf(e as ChildNode) + 1}]` : name);
  }
  return `/${steps.join('/')}`;
}

const RECORDS: Array<[string, string]> = [
  ['/iati-activities/iati-activity', 'self::iati-activity'],
  ['/iati-organisations/iati-organisation', 'self::iati-organisation'],
];

/**
 * A ruleset context, absolute in the file, as a path from one activity or organisation record.
 * Evaluating record by record keeps node sets small: the XPath library sorts them in document
 * order with xmldom's compareDocumentPosition, which scans the children of the nodes' common
 * ancestor — for nodes of different activities, every activity of the file (10× slower).
 */
export function relativeToRecord(contextPath: string): string {
  return contextPath
    .split('|')
    .map((alternative) => {
      const path = alternative.trim();
      for (const [absolute, self] of RECORDS) {
        if (path === absolute || path.startsWith(`${absolute}/`) || path.startsWith(`${absolute}[`)) return self + path.slice(absolute.length);
      }
      if (path.startsWith('//')) return `descendant-or-self::${path.slice(2)}`;
      throw new Error(`IATI ruleset: context ${path} is not inside an activity or organisation`);
    })
    .join(' | ');
}

const contexts = Object.entries(standard as unknown as Ruleset).map(([path, rules]) => ({ path: relativeToRecord(path), rules }));

/** Every ruleset finding of an IATI activity or organisation file, given today's date (ISO). */
export function iatiRulesetFindings(xml: string, today: string): IatiFinding[] {
  // xmldom's nodes are DOM nodes for the XPath library; its own types differ from the DOM lib's.
  const document = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml') as unknown as Node;
  const findings: IatiFinding[] = [];
  for (const record of nodes(RECORDS.map(([absolute]) => absolute).join(' | '), document)) {
    const identifier = (nodes('iati-identifier | organisation-identifier', record)[0]?.textContent ?? '').trim();
    for (const { path, rules } of contexts) {
      for (const context of nodes(path, record)) {
        const cases = Object.entries(rules).flatMap(([rule, { cases: list }]) =>
          list.flatMap((c): Array<[string, Case]> => (rule === 'loop' ? expandLoop(c, context) : [[rule, c]])),
        );
        for (const [rule, c] of cases) {
          if (!c.ruleInfo || (c.condition && !truthy(c.condition, context))) continue;
          const outcome = evaluate(rule, c, context, today);
          if (outcome.pass) continue;
          const element = elementOf(outcome.at ?? context) as Element & { lineNumber?: number; columnNumber?: number };
          findings.push({
            severity: c.ruleInfo.severity,
            rule: c.ruleInfo.id,
            ...(identifier ? { activity: identifier } : {}),
            element: element.nodeName,
            path: pathOf(element),
            ...(element.lineNumber ? { line: element.lineNumber, column: element.columnNumber } : {}),
            message: outcome.detail ? `${c.ruleInfo.message} (${outcome.detail})` : c.ruleInfo.message,
          });
        }
      }
    }
  }
  return findings;
}
