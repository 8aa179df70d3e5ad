import { useLanguage } from '../../i18n/index';

/** Labels of the organiser's time × table grid, in the three UI languages. */
const en = {
  title: 'Grid: {event}',
  link: 'Move meetings on the grid',
  caption: 'Meetings per slot and table: choose a meeting, then the place to move it to',
  slot: 'Slot',
  online: 'Online',
  moveHere: 'Move here',
  selected: 'chosen: choose where it goes',
  moved: 'Moved; the meeting is now locked.',
  refused: 'This move is refused:',
  conflicts: {
    participant: 'a participant already has a meeting in that slot',
    table: 'the table is taken in that slot',
    interpreter: 'no interpreter of the pair is free in that slot',
    availability: 'a participant is not available in that slot',
  } as Record<string, string>,
};
type GridTexts = typeof en;

const nl: GridTexts = {
  title: 'Rooster: {event}',
  link: 'Gesprekken verplaatsen in het rooster',
  caption: 'Gesprekken per tijdvak en tafel: kies een gesprek en dan de plaats waarheen het gaat',
  slot: 'Tijdvak',
  online: 'Online',
  moveHere: 'Hierheen verplaatsen',
  selected: 'gekozen: kies waarheen',
  moved: 'Verplaatst; het gesprek ligt nu vast.',
  refused: 'Deze verplaatsing kan niet:',
  conflicts: {
    participant: 'een deelnemer heeft in dat tijdvak al een gesprek',
    table: 'de tafel is in dat tijdvak bezet',
    interpreter: 'geen tolk van dit talenpaar vrij in dat tijdvak',
    availability: 'een deelnemer is in dat tijdvak niet beschikbaar',
  },
};

const zh: GridTexts = {
  title: '会谈排布：{event}',
  link: '在排布表中调整会谈',
  caption: '按时段和桌号排列的会谈：先选择会谈，再选择目标位置',
  slot: '时段',
  online: '线上',
  moveHere: '移到此处',
  selected: '已选中：请选择目标位置',
  moved: '已移动，该会谈现已锁定。',
  refused: '无法移动：',
  conflicts: {
    participant: '有参会者在该时段已有会谈',
    table: '该时段此桌已被占用',
    interpreter: '该时段没有空闲的此语对翻译',
    availability: '有参会者在该时段无法参加',
  },
};

export function useGridTexts(): GridTexts {
  const lang = useLanguage();
  return lang === 'nl' ? nl : lang === 'zh' ? zh : en;
}
