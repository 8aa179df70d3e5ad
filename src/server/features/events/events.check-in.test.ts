// Badges and the check-in desk: the badge PDF carries the delegate's name (Chinese too) and the
// signed code; the code checks the delegate in once; an altered code is refused; walk-ins are
// registered and checked in in one step.
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/pdf-text';
import { checkInCodeOf, checkInKeyOf, codesMatch } from './check-in-code';
import { useEventsApp } from './events.test-api';

const { cast, call, ok } = useEventsApp();
const slots = [{ id: 's1', start: '2030-05-12T09:00:00.000Z', end: '2030-05-12T09:25:00.000Z' }];
const codeIn = (text: string) => /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)?.[0];

describe('check-in codes', () => {
  it('differ per event and registration, and a changed character no longer matches', () => {
    const key = checkInKeyOf(Buffer.alloc(32, 7));
    const code = checkInCodeOf(key, 'e1', 'r1');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(checkInCodeOf(key, 'e1', 'r2')).not.toBe(code);
    expect(checkInCodeOf(key, 'e2', 'r1')).not.toBe(code);
    expect(checkInCodeOf(checkInKeyOf(Buffer.alloc(32, 8)), 'e1', 'r1')).not.toBe(code);
    expect(codesMatch(code.toLowerCase().replaceAll('-', ' '), code)).toBe(true);
    expect(codesMatch(code.replace(/.$/, code.endsWith('A') ? 'B' : 'A'), code)).toBe(false);
  });
});

describe('badges and check-in', () => {
  let li: { id: string };
  let code: string;

  it('prints a badge with the name as typed, the organisation and the code the QR carries', async () => {
    await ok('POST', '/api/events', cast.pm, { id: 'desk', title: 'Desk day', languages: ['en', 'zh'], slots, tables: 1 });
    li = (
      await ok('POST', '/api/events/desk/registrations', cast.memberA, {
        organisationId: cast.orgA,
        delegateName: 'Li Wei 李伟',
        delegateEmail: 'li@a.example',
        languages: ['zh'],
      })
    ).json() as { id: string };
    const res = await ok('GET', `/api/events/desk/registrations/${li.id}/badge.pdf`, cast.memberA);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.raw);
    expect(text).toContain('李伟');
    expect(text).toContain('Org A');
    code = codeIn(text)!;
    expect(code).toBeDefined();
    expect((await call('GET', `/api/events/desk/registrations/${li.id}/badge.pdf`, cast.memberB)).status).toBe(403);
    const all = await pdfText((await ok('GET', '/api/events/desk/badges.pdf', cast.pm)).raw);
    expect(all).toContain(code);
  });

  it('checks in by the code once, and says so the second time', async () => {
    const first = (await ok('POST', '/api/events/desk/check-in', cast.pm, { code: code.toLowerCase() })).json();
    expect(first).toMatchObject({ alreadyCheckedIn: false, registration: { id: li.id, delegateName: 'Li Wei 李伟', organisationName: 'Org A' } });
    expect(first.registration.checkedInAt).not.toBeNull();
    const again = (await ok('POST', '/api/events/desk/check-in', cast.pm, { code })).json();
    expect(again).toMatchObject({ alreadyCheckedIn: true, registration: { checkedInAt: first.registration.checkedInAt } });
  });

  it('refuses an altered code and a code of another event', async () => {
    const altered = code.replace(/.$/, code.endsWith('A') ? 'B' : 'A');
    const res = await call('POST', '/api/events/desk/check-in', cast.pm, { code: altered });
    expect(res.status).toBe(404);
    expect(res.json().error).toBe('unknown_check_in_code');
    await ok('POST', '/api/events', cast.pm, { id: 'other', title: 'Other day', languages: ['en'], slots, tables: 1 });
    expect((await call('POST', '/api/events/other/check-in', cast.pm, { code })).json().error).toBe('unknown_check_in_code');
    expect((await call('POST', '/api/events/desk/check-in', cast.pm, { code: '' })).status).toBe(400);
  });

  it('registers a walk-in of an existing or a new organisation and checks them in', async () => {
    const known = (
      await ok('POST', '/api/events/desk/walk-ins', cast.pm, { delegateName: 'Anna de Vries', delegateEmail: 'anna@b.example', organisationId: cast.orgB })
    ).json();
    expect(known).toMatchObject({ alreadyCheckedIn: false, registration: { organisationName: 'Org B', status: 'registered' } });
    expect(known.registration.checkedInAt).not.toBeNull();
    const fresh = (
      await ok('POST', '/api/events/desk/walk-ins', cast.pm, {
        delegateName: '王芳',
        delegateEmail: 'wang@new.example',
        organisationName: '新能源公司',
        country: 'CN',
        languages: ['zh'],
      })
    ).json();
    expect(fresh.registration.organisationName).toBe('新能源公司');
    const both = await call('POST', '/api/events/desk/walk-ins', cast.pm, {
      delegateName: 'X',
      delegateEmail: 'x@x.example',
      organisationId: cast.orgB,
      organisationName: 'Y',
    });
    expect(both.status).toBe(400);
    expect(both.body).toContain('organisationId');
    expect((await call('POST', '/api/events/desk/walk-ins', cast.pm, { delegateName: 'X', delegateEmail: 'x@x.example', organisationId: 'nope' })).status).toBe(
      400,
    );
    const again = await call('POST', '/api/events/desk/walk-ins', cast.pm, {
      delegateName: 'Anna',
      delegateEmail: 'anna@b.example',
      organisationId: cast.orgB,
    });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_registered', params: { email: 'anna@b.example' } });
  });

  it('gives a walk-in the country and first language of the event when the desk gives none', async () => {
    await ok('POST', '/api/events', cast.pm, { id: 'shenzhen', title: 'Shenzhen day', timeZone: 'Asia/Shanghai', languages: ['zh', 'en'], slots, tables: 1 });
    const walkIn = (
      await ok('POST', '/api/events/shenzhen/walk-ins', cast.pm, {
        delegateName: '陈静',
        delegateEmail: 'chen@sz.example',
        organisationName: '深圳储能有限公司',
      })
    ).json();
    expect(walkIn.registration.languages).toEqual(['zh']);
    const organisation = (await ok('GET', `/api/organisations/${walkIn.registration.organisationId}`, cast.pm)).json();
    expect(organisation.country).toBe('CN');
  });
});
