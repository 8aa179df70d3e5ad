import { beforeAll, describe, expect, it } from 'vitest';
import { queueDailyJobs } from './follow-up.service';
import { type Json, useFollowUpApp } from './follow-up.test-api';

const { cast, call, ok, json, pm, drain, interestedMatch, expectAudited } = useFollowUpApp();

describe('follow-up tasks', () => {
  let matchId: string;
  let interactionId: string;
  beforeAll(async () => {
    // Member A reads the digest in Dutch.
    await json('PATCH', '/api/auth/me', cast.h['member-a'], { language: 'nl' });
    ({ matchId } = await interestedMatch());
    interactionId = (await json('POST', '/api/follow-up/interactions', pm(), { kind: 'call', occurredOn: '2030-05-01', matchId })).id;
  });

  it('lists my follow-ups overdue first; the team’s for managers; never another organisation’s', async () => {
    const later = await json('POST', '/api/follow-up/tasks', pm(), {
      title: 'Send the proposal',
      dueOn: '2099-01-01',
      source: { kind: 'interaction', id: interactionId },
    });
    const overdue = await json('POST', '/api/follow-up/tasks', pm(), {
      title: 'Call back Anna',
      dueOn: '2020-01-01',
      assigneeId: cast.ids['member-a'],
      source: { kind: 'match', id: matchId },
    });
    expect(overdue).toMatchObject({ overdue: true, assigneeId: cast.ids['member-a'], organisationId: cast.A });
    expect(later.source.label).toContain('call');
    const mine = (await json('GET', '/api/follow-up/tasks', cast.h['member-a'])).items;
    expect(mine.map((x: Json) => x.id)).toEqual([overdue.id]);
    const team = (await json('GET', '/api/follow-up/tasks?scope=team', pm())).items.map((x: Json) => x.id);
    expect(team.indexOf(overdue.id)).toBeLessThan(team.indexOf(later.id));
    expect((await json('GET', '/api/follow-up/tasks?scope=team', cast.h['member-b'])).items).toEqual([]);
    expect((await call('PATCH', `/api/follow-up/tasks/${overdue.id}`, cast.h['member-b'], { status: 'done' })).status).toBe(404);
    // A task goes to someone who may see its record: not to member B.
    const wrong = await call('POST', '/api/follow-up/tasks', pm(), {
      title: 'x',
      dueOn: '2030-01-01',
      assigneeId: cast.ids['member-b'],
      source: { kind: 'match', id: matchId },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json().issues[0].path).toBe('assigneeId');
  });

  it('sends each user’s digest once a day in their language, and serves a private task feed', async () => {
    const day = new Date('2030-06-01T07:00:00Z');
    await queueDailyJobs(cast.t.database.db, day);
    await queueDailyJobs(cast.t.database.db, day);
    await drain();
    const digests = (await json('GET', `/api/outbox?to=${cast.emails['member-a']}`, cast.h.admin)).items.filter((m: Json) =>
      m.subject.startsWith('Je opvolgacties'),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0].text).toContain('Call back Anna');
    expect(digests[0].text).toContain('te laat sinds 2020-01-01');
    const feed = await json('POST', '/api/follow-up/tasks/feed', cast.h['member-a']);
    const path = new URL(feed.url).pathname;
    const ics = await call('GET', path);
    expect(ics.status).toBe(200);
    expect(ics.body).toContain('SUMMARY:Call back Anna');
    await ok('DELETE', '/api/follow-up/tasks/feed', cast.h['member-a']);
    expect((await call('GET', path)).status).toBe(404);
  });

  it('makes tasks from a deliverable', async () => {
    const after = await json('GET', `/api/projects/${cast.projectId}`, pm());
    const deliverable = after.phases.flatMap((p: Json) => p.activities.flatMap((a: Json) => a.deliverables))[0];
    const task = await json('POST', '/api/follow-up/tasks', pm(), {
      title: 'Chase the report',
      dueOn: '2030-02-01',
      source: { kind: 'deliverable', id: deliverable.id, parentId: cast.projectId },
    });
    expect(task.source).toMatchObject({ kind: 'deliverable', parentId: cast.projectId });
    expect(task.source.label).toContain(deliverable.title[deliverable.title.original]);
  });

  it('audits every write', async () => {
    await expectAudited(['follow-up-task:create']);
  });
});
