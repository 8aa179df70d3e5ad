// The daily digest: each user with open tasks due today or overdue gets one e-mail in their
// language. The (user, day) key of digest_deliveries is claimed in the transaction that writes
// the e-mail, so however many instances run the day's job, each user's digest goes out once.
import { translatorFor } from '../../../shared/i18n';
import type { Db } from '../../db/open-database';
import type { Job } from '../jobs/jobs.service';
import * as repo from './tasks.repository';

export const DIGEST_JOB = 'digest-daily';

export async function sendDailyDigests(db: Db, jobs: Job[], publicUrl: string): Promise<void> {
  for (const day of new Set(jobs.map((j) => j.target))) {
    const due = await repo.dueTasksForDigest(db, day);
    const byUser = new Map<string, typeof due>();
    for (const task of due) byUser.set(task.userId, [...(byUser.get(task.userId) ?? []), task]);
    for (const [userId, tasks] of byUser) {
      const { email, language } = tasks[0]!;
      const t = await translatorFor(language);
      await db.transaction(async (tx) => {
        if (!(await repo.claimDigest(tx, userId, day, tasks.length))) return;
        const lines = tasks.map(
          (task) => `- ${task.title} (${task.dueOn < day ? t('mail:followUp.overdue', { date: task.dueOn }) : t('mail:followUp.dueToday')})`,
        );
        const text = [t('mail:followUp.digestIntro'), '', ...lines, '', t('mail:followUp.openTasks'), `${publicUrl}/follow-ups`].join('\n');
        await repo.insertMail(tx, { id: `digest-${userId}-${day}`, to: email, subject: t('mail:followUp.digestSubject', { due: tasks.length }), text });
      });
    }
  }
}
