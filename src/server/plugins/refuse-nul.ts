import type { FastifyInstance } from 'fastify';
import { invalid } from '../errors';

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: a NUL that reaches a query fails there as a
 * 500 with a stack trace (issue 12: `GET /api/regions/%00`). So every request's path parameters,
 * query and body are searched for it, keys included, before validation and before any service
 * runs, and refused as a 400 naming each field.
 */
export function refuseNul(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const issues = [...nulPaths(req.params, 'params'), ...nulPaths(req.query, 'query'), ...nulPaths(req.body, 'body')].map((path) => ({
      path,
      message: 'contains a NUL character (U+0000), which cannot be stored; remove it',
    }));
    if (issues.length > 0) throw invalid(issues);
  });
}

/** Dotted paths of the strings (values or keys) holding a NUL; the part (params, query, body) is named only when it has no field. */
function nulPaths(value: unknown, part: string): string[] {
  const found: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      if (v.includes('\u0000')) found.push(path || part);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, join(path, String(i))));
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [key, item] of Object.entries(v)) {
        const at = join(path, key.replaceAll('\u0000', '\\0'));
        if (key.includes('\u0000')) found.push(at);
        else visit(item, at);
      }
    }
  };
  visit(value, '');
  return found;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
