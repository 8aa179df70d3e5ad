import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, WhatIfReport } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';
import { usePairName } from './GridConflicts';

type Option = WhatIfReport['options'][number];

/**
 * "What if?" on the grid page: how many more meetings one more interpreter per language pair, one
 * more table or one more slot would give, from the scheduler re-run on the server within the
 * time limit chosen here. A gain the scheduler could not prove exactly is shown as a range.
 */
export function WhatIfPanel({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const pairName = usePairName();
  const [seconds, setSeconds] = useState(20);
  const report = useMutation({
    mutationFn: (timeLimitSeconds: number) => dataOf(api.POST('/api/events/{id}/what-if', { params: { path: { id: event.id } }, body: { timeLimitSeconds } })),
  });
  const resource = (o: Option) =>
    o.resource === 'interpreter'
      ? t('events:whatIf.interpreter', { pair: pairName(o.pair ?? '') })
      : o.resource === 'table'
        ? t('events:whatIf.table')
        : t('events:whatIf.slot');
  const gain = (o: Option) =>
    o.exact ? t('events:whatIf.exactGain', { gain: o.gainAtLeast }) : t('events:whatIf.rangeGain', { from: o.gainAtLeast, to: o.gainAtMost });
  const count = (run: { meetings: number; possible: number }) => (run.meetings === run.possible ? String(run.meetings) : t('events:whatIf.atMost', run));
  const r = report.data;
  return (
    <section className="what-if" aria-labelledby="what-if-title">
      <h2 id="what-if-title">{t('events:whatIf.title')}</h2>
      <p>{t('events:whatIf.lead')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          report.mutate(Math.min(120, Math.max(5, seconds || 20)));
        }}
      >
        <label>
          {t('events:whatIf.timeLimit')}
          <input type="number" min={5} max={120} value={seconds} required onChange={(e) => setSeconds(Number(e.target.value))} />
        </label>
        <button type="submit" disabled={report.isPending}>
          {t('events:whatIf.run')}
        </button>
      </form>
      {report.isPending && <p role="status">{t('events:whatIf.running', { seconds: report.variables })}</p>}
      {report.error && <ErrorMessage error={report.error} />}
      {r && !report.isPending && (
        <>
          <p role="status">
            {t(r.current.meetings === r.current.possible ? 'events:whatIf.now' : 'events:whatIf.nowBound', { ...r.current, requests: r.requests })}
          </p>
          <div className="table-scroll" role="region" aria-labelledby="what-if-caption" tabIndex={0}>
            <table>
              <caption id="what-if-caption">{t('events:whatIf.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('events:whatIf.resource')}</th>
                  <th scope="col">{t('events:whatIf.meetings')}</th>
                  <th scope="col">{t('events:whatIf.gain')}</th>
                </tr>
              </thead>
              <tbody>
                {r.options.map((o) => (
                  <tr key={`${o.resource}-${o.pair ?? ''}`}>
                    <th scope="row">{resource(o)}</th>
                    <td>{count(o)}</td>
                    <td className="gain">{gain(o)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{r.options.every((o) => o.exact) ? t('events:whatIf.exactNote') : t('events:whatIf.rangeNote')}</p>
          {r.pairsLeftOut > 0 && <p>{t('events:whatIf.pairsLeftOut', { count: r.pairsLeftOut })}</p>}
          <p>{t('events:whatIf.slotNote')}</p>
        </>
      )}
    </section>
  );
}
