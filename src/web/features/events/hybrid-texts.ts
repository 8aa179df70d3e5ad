import type { attendanceModes } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';

/** Labels of hybrid meetings and the public registration, in the three UI languages. */
const en = {
  attendance: 'Takes part',
  attendanceModes: { 'on-site': 'on site', online: 'online (video call)', either: 'on site or online' } satisfies Record<(typeof attendanceModes)[number], string>,
  onlineMeeting: 'Online (video call)',
  videoLink: 'Join the video call',
  skipPairsMetBefore: 'Do not bring together organisations that met at an earlier event of the project',
};
type HybridTexts = typeof en;

const nl: HybridTexts = {
  attendance: 'Neemt deel',
  attendanceModes: { 'on-site': 'ter plaatse', online: 'online (videogesprek)', either: 'ter plaatse of online' },
  onlineMeeting: 'Online (videogesprek)',
  videoLink: 'Deelnemen aan het videogesprek',
  skipPairsMetBefore: 'Breng organisaties die elkaar op een eerder evenement van het project spraken niet opnieuw samen',
};

const zh: HybridTexts = {
  attendance: '参会方式',
  attendanceModes: { 'on-site': '现场', online: '线上（视频会议）', either: '现场或线上' },
  onlineMeeting: '线上（视频会议）',
  videoLink: '加入视频会议',
  skipPairsMetBefore: '不再安排已在本项目此前活动中会谈过的机构',
};

export function useHybridTexts(): HybridTexts {
  const lang = useLanguage();
  return lang === 'nl' ? nl : lang === 'zh' ? zh : en;
}
