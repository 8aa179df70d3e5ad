import { describe, expect, it } from 'vitest';
import { queueDailyJobs } from './follow-up.service';
import { type Json, useFollowUpApp } from './follow-up.test-api';

const { cast, call, json, put, drain, pm, sludge, expectAudited } = useFollowUpApp();

describe('opportunities in the follow-up loop', () => {
  let opportunityId: string;
  let matchId: string;

  it('keeps a draft from members, publishes it and alerts the opted-in members of matching organisations in their language', async () => {
    await put('/api/follow-up/settings', cast.h['member-a'], { opportunityAlerts: true });
    await json('PATCH', '/api/auth/me', cast.h['member-a'], { language: 'nl' });
    const draft = await json('POST', '/api/opportunities', cast.h['official-x'], { ...sludge(), stage: 'draft', expiresOn: '2099-01-01' });
    opportunityId = draft.id;
    expect(draft.stage).toBe('draft');
    expect((await call('GET', `/api/opportunities/${opportunityId}`, cast.h['member-a'])).status).toBe(404);
    expect((await call('GET', `/api/opportunities/${opportunityId}`, cast.h['official-y'])).status).toBe(404);
    expect((await json('GET', '/api/opportunities?pageSize=200', cast.h['member-a'])).items.map((o: Json) => o.id)).not.toContain(opportunityId);
    // Members may not express interest in a draft, nor may another region's official publish it.
    expect((await call('POST', `/api/opportunities/${opportunityId}/publish`, cast.h['official-y'])).status).toBe(404);
    await drain();
    const published = await json('POST', `/api/opportunities/${opportunityId}/publish`, cast.h['official-x']);
    expect(published.stage).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    await drain();
    const alerts = (await json('GET', '/api/notifications', cast.h['member-a'])).items.filter((n: Json) => n.kind === 'opportunity-alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].params.opportunityId).toBe(opportunityId);
    const mail = (await json('GET', `/api/outbox?to=${cast.emails['member-a']}`, cast.h.admin)).items.find((m: Json) => m.subject.startsWith('Nieuwe kans'));
    expect(mail?.text).toContain(`/opportunities/${opportunityId}`);
    // member B did not opt in: no alert.
    expect((await json('GET', '/api/notifications', cast.h['member-b'])).items.filter((n: Json) => n.kind === 'opportunity-alert')).toEqual([]);
  });

  it('records a member’s interest: the match moves to interested with the message, and the owners are told', async () => {
    expect((await call('POST', `/api/opportunities/${opportunityId}/interest`, cast.h['member-a'], { message: '' })).status).toBe(400);
    const interest = await json('POST', `/api/opportunities/${opportunityId}/interest`, cast.h['member-a'], { message: '我们有热解吸设备' });
    matchId = interest.matchId;
    expect(interest.notified).toBeGreaterThanOrEqual(2);
    const match = await json('GET', `/api/matches/${matchId}`, pm());
    expect(match).toMatchObject({ status: 'interested', note: '我们有热解吸设备', organisationId: cast.A });
    const told = (await json('GET', '/api/notifications', cast.h['official-x'])).items.find((n: Json) => n.kind === 'interest-expressed');
    expect(told.params).toMatchObject({ organisation: 'Org A', message: '我们有热解吸设备', opportunityId });
    expect((await json('GET', '/api/notifications', cast.h['official-y'])).items.filter((n: Json) => n.kind === 'interest-expressed')).toEqual([]);
    // A manager puts another organisation forward; only the officials are told.
    const forward = await json('POST', `/api/opportunities/${opportunityId}/put-forward`, pm(), { organisationId: cast.B, note: 'Strong in dewatering' });
    expect(forward.notified).toBeGreaterThanOrEqual(1);
    expect((await json('GET', `/api/matches/${forward.matchId}`, pm())).status).toBe('interested');
  });

  it('reminds the owners before an opportunity expires and closes it after', async () => {
    const soon = await json('POST', '/api/opportunities', cast.h['official-x'], {
      ...sludge(),
      title: { original: 'en', en: 'Expiring need' },
      expiresOn: '2030-06-05',
    });
    await queueDailyJobs(cast.t.database.db, new Date('2030-06-02T06:00:00Z'));
    await drain();
    const reminders = (await json('GET', '/api/notifications', cast.h['official-x'])).items.filter(
      (n: Json) => n.kind === 'opportunity-expiring' && n.params.opportunityId === soon.id,
    );
    expect(reminders).toHaveLength(1);
    await queueDailyJobs(cast.t.database.db, new Date('2030-06-06T06:00:00Z'));
    await drain();
    const closed = await json('GET', `/api/opportunities/${soon.id}`, pm());
    expect(closed).toMatchObject({ stage: 'closed', closedReason: 'expired' });
    const closing = await call('POST', `/api/opportunities/${opportunityId}/close`, cast.h['official-x'], { reason: 'partner-found' });
    expect(closing.status).toBe(400);
    expect(closing.json().issues[0].path).toBe('partnerOrganisationId');
    expect(
      (await json('POST', `/api/opportunities/${opportunityId}/close`, cast.h['official-x'], { reason: 'partner-found', partnerOrganisationId: cast.A }))
        .partnerOrganisationId,
    ).toBe(cast.A);
  });

  it('audits every write', async () => {
    await expectAudited(['opportunity:publish', 'interest:express-interest', 'interest:put-forward', 'follow-up-settings:update', 'opportunity:close']);
  });
});
