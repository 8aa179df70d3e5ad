import { NavLink } from 'react-router-dom';
import { useMe } from '../accounts/session';
import { useFollowUpTexts } from './texts';

/** The menu entry of "My follow-ups", for signed-in users. */
export function FollowUpsNavLink({ onNavigate }: { onNavigate: () => void }) {
  const tx = useFollowUpTexts();
  if (!useMe().data?.user) return null;
  return (
    <li>
      <NavLink to="/follow-ups" onClick={onNavigate}>
        {tx.followUps}
      </NavLink>
    </li>
  );
}
