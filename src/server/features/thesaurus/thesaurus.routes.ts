import { z } from 'zod';
import { ThesaurusConcept, ThesaurusConceptEdit, ThesaurusList } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import * as service from './thesaurus.service';

const ConceptParams = z.object({ id: z.string().min(1).max(100) });

export function thesaurusRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/thesaurus', {
    config: { access: 'public' },
    schema: {
      tags: ['thesaurus'],
      summary: 'The cleantech concept scheme in force (shipped concepts with the admins’ edits), labels in nl, en and zh',
      response: { 200: ThesaurusList, ...errorResponses },
    },
    handler: () => service.listConcepts(db),
  });
  app.get('/api/thesaurus/skos.ttl', {
    config: { access: 'public' },
    schema: { tags: ['thesaurus'], summary: 'The concept scheme as SKOS (Turtle)', response: { 200: z.string(), ...errorResponses } },
    handler: async (_req, reply) =>
      reply
        .type('text/turtle; charset=utf-8')
        .header('content-disposition', 'attachment; filename="cleantech-bridge-thesaurus.ttl"')
        .send(await service.skosTurtle(db)),
  });
  app.put('/api/thesaurus/concepts/:id', {
    config: { access: 'admin' },
    schema: {
      tags: ['thesaurus'],
      summary: 'Replace labels and/or broader links of a concept, or add a concept; matching is recomputed in the background',
      params: ConceptParams,
      body: ThesaurusConceptEdit,
      response: { 200: ThesaurusConcept, ...errorResponses },
    },
    handler: (req) => service.editConcept(db, userOf(req), req.params.id, req.body),
  });
  app.delete('/api/thesaurus/concepts/:id', {
    config: { access: 'admin' },
    schema: {
      tags: ['thesaurus'],
      summary: 'Undo an admin’s edit of a concept (back to the shipped concept, or removed if it was added)',
      params: ConceptParams,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await service.resetConcept(db, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
