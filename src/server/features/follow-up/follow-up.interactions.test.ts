import { beforeAll, describe, expect, it } from 'vitest';
import { type Json, useFollowUpApp } from './follow-up.test-api';

const { cast, call, json, pm, interestedMatch, expectAudited } = useFollowUpApp();

describe('interactions in the follow-up loop', () => {
  let opportunityId: string;
  let matchId: string;
  let interactionId: string;
  beforeAll(async () => {
    ({ opportunityId, matchId } = await interestedMatch());
  });

  it('logs a call on the match, visible to its organisation and region only, searchable, with a checked attachment', async () => {
    const logged = await json('POST', '/api/follow-up/interactions', pm(), {
      kind: 'call',
      occurredOn: '2030-05-01',
      note: 'Besproken: proefinstallatie in Cangzhou',
      participants: [
        { name: 'Anna', organisationId: cast.A },
        { userId: cast.ids['official-x'], name: 'Official X' },
      ],
      matchId,
    });
    interactionId = logged.id;
    expect(logged).toMatchObject({ organisationId: cast.A, opportunityId, regionId: cast.X });
    for (const who of ['member-a', 'official-x', 'programme-manager'] as const) {
      expect(
        (await json('GET', `/api/follow-up/interactions?matchId=${matchId}`, cast.h[who])).items.map((i: Json) => i.id),
        who,
      ).toEqual([interactionId]);
    }
    for (const who of ['member-b', 'official-y'] as const) {
      expect((await json('GET', `/api/follow-up/interactions?matchId=${matchId}`, cast.h[who])).items, who).toEqual([]);
      expect((await call('GET', `/api/follow-up/interactions/${interactionId}`, cast.h[who])).status, who).toBe(404);
    }
    expect((await json('GET', '/api/follow-up/interactions?q=Cangzhou', pm())).items).toHaveLength(1);
    expect((await json('GET', '/api/follow-up/interactions?q=nothing-like-it', pm())).items).toHaveLength(0);
    // Member B may not log on organisation A's records.
    expect(
      (await call('POST', '/api/follow-up/interactions', cast.h['member-b'], { kind: 'email', occurredOn: '2030-05-02', organisationId: cast.A })).status,
    ).toBe(403);
    const bad = await call('POST', '/api/follow-up/interactions', pm(), {
      kind: 'visit',
      occurredOn: '2030-05-02',
      participants: [{ name: 'X', userId: 'nobody' }],
      organisationId: cast.A,
    });
    expect(bad.status).toBe(400);
    expect(bad.json().issues[0].path).toBe('participants.0.userId');
    const file = { filename: 'minutes.txt', contentBase64: Buffer.from('Minutes').toString('base64') };
    const attached = await json('POST', `/api/follow-up/interactions/${interactionId}/attachments`, cast.h['member-a'], file);
    const download = await call('GET', `/api/follow-up/interactions/${interactionId}/attachments/${attached.attachments[0].id}`, cast.h['official-x']);
    expect(download.body).toBe('Minutes');
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    const refused = await call('POST', `/api/follow-up/interactions/${interactionId}/attachments`, pm(), {
      filename: 'x.pdf',
      contentBase64: Buffer.from('not a pdf').toString('base64'),
    });
    expect(refused.status).toBe(400);
    expect(refused.json().issues[0].path).toBe('contentBase64');
  });

  it('audits every write', async () => {
    await expectAudited(['interaction:create', 'interaction:attach']);
  });
});
