/**
 * Shortens a PostgreSQL tsquery (its text form, as `tsquery::text` prints it) without changing
 * what it matches, for the directory's cross-lingual search (issue #10): a concept's labels in
 * three languages give dozens of alternatives, many the same or implied by another (`'afvalwater':*`
 * already matches whatever `'afvalwaterbehandel':*` or `'zuiver':* & 'afvalwater':*` match), and
 * the GIN index checks every alternative for every candidate row: at 100,000 organisations the
 * query for 废水 took five times as long as its shortened form.
 *
 * Only `&`, `|`, parentheses and terms with an optional `:*` are understood; a query with anything
 * else (negation, phrases, weights) is returned as it is. Within an `|`, an alternative that is a
 * conjunction of terms is dropped when another such alternative is implied by it (absorption:
 * `a | a & b` = `a`), so the result matches exactly the same documents.
 */
type Term = { lexeme: string; prefix: boolean; text: string };
type Node = { term: Term } | { and: Node[] } | { or: Node[] };

const TOKEN = /\s*(?:('(?:[^']|'')*')(:\*)?|([&|()]))/y;

function tokenize(text: string): (Term | string)[] | undefined {
  const tokens: (Term | string)[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    if (m[1]) tokens.push({ lexeme: m[1].slice(1, -1).replace(/''/g, "'"), prefix: m[2] === ':*', text: m[1] + (m[2] ?? '') });
    else tokens.push(m[3]!);
  }
  return tokens;
}

/** or := and ('|' and)* ; and := atom ('&' atom)* ; atom := term | '(' or ')' */
function parse(tokens: (Term | string)[]): Node | undefined {
  let i = 0;
  const atom = (): Node | undefined => {
    const t = tokens[i++];
    if (t === '(') {
      const inner = or();
      return tokens[i++] === ')' ? inner : undefined;
    }
    return typeof t === 'object' ? { term: t } : undefined;
  };
  const sequence = (op: string, part: () => Node | undefined, make: (nodes: Node[]) => Node) => (): Node | undefined => {
    const nodes = [part()];
    while (tokens[i] === op) {
      i++;
      nodes.push(part());
    }
    if (nodes.some((n) => n === undefined)) return undefined;
    return nodes.length === 1 ? nodes[0] : make(nodes as Node[]);
  };
  const and = sequence('&', atom, (nodes) => ({ and: nodes }));
  const or: () => Node | undefined = sequence('|', and, (nodes) => ({ or: nodes }));
  const root = or();
  return i === tokens.length ? root : undefined;
}

/** The terms of a conjunction of plain terms, or undefined for anything else. */
const conjunction = (n: Node): Term[] | undefined =>
  'term' in n ? [n.term] : 'and' in n && n.and.every((c) => 'term' in c) ? n.and.map((c) => (c as { term: Term }).term) : undefined;

/** Does a document holding `b` always hold `a`? (`x:*` is held by any lexeme starting with x.) */
const implies = (b: Term, a: Term) => (a.prefix ? b.lexeme.startsWith(a.lexeme) : !b.prefix && b.lexeme === a.lexeme);

function simplify(n: Node): Node {
  if ('term' in n) return n;
  const op = 'and' in n ? 'and' : 'or';
  const children = ('and' in n ? n.and : n.or).map(simplify).flatMap((c) => (op in c ? (c as Record<string, Node[]>)[op]! : [c]));
  if (op === 'and') return { and: children };
  const kept: Node[] = [];
  children.forEach((child, index) => {
    const terms = conjunction(child);
    // Dropped if another alternative is implied by it (of two equal ones, the later goes).
    const redundant =
      terms &&
      children.some((other, j) => {
        if (j === index) return false;
        const needs = conjunction(other);
        if (!needs || !needs.every((a) => terms.some((b) => implies(b, a)))) return false;
        const mutual = terms.every((a) => needs.some((b) => implies(b, a)));
        return !mutual || j < index;
      });
    if (!redundant) kept.push(child);
  });
  return kept.length === 1 ? kept[0]! : { or: kept };
}

function print(n: Node, parent?: 'and' | 'or'): string {
  if ('term' in n) return n.term.text;
  if ('and' in n) return n.and.map((c) => print(c, 'and')).join(' & ');
  const text = n.or.map((c) => print(c, 'or')).join(' | ');
  return parent === 'and' ? `( ${text} )` : text;
}

export function simplifyTsquery(text: string): string {
  const tokens = tokenize(text);
  const tree = tokens && tokens.length ? parse(tokens) : undefined;
  return tree ? print(simplify(tree)) : text;
}
