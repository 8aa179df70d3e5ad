import './accounts.css';
import { NavLink, useNavigate } from 'react-router-dom';
import { useMe, useSignOut } from './session';
import { useAccountTexts } from './texts';

/** Sign-in link for visitors; name, admin pages and sign-out for signed-in users. */
export function AccountMenu() {
  const tx = useAccountTexts();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me.data?.user;
  if (!user) {
    return (
      <div className="account-menu">
        <NavLink to="/sign-in">{tx.signIn}</NavLink>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <span className="account-name">
        {tx.signedInAs} {user.displayName}
      </span>
      <NavLink to="/account">{tx.myAccount}</NavLink>
      {user.organisationId && <NavLink to={`/organisations/${encodeURIComponent(user.organisationId)}`}>{tx.organisation}</NavLink>}
      {user.role === 'admin' && (
        <>
          <NavLink to="/admin/users">{tx.users}</NavLink>
          <NavLink to="/admin/outbox">{tx.outbox}</NavLink>
          <NavLink to="/admin/audit">{tx.audit}</NavLink>
        </>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => signOut.mutate(false, { onSettled: () => navigate('/') })}
      >
        {tx.signOut}
      </button>
    </div>
  );
}
