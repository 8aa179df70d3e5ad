import { LoadingSkeleton } from '../../components/QueryView';
import { useMe } from '../accounts/session';
import { MyWorkPage } from './MyWorkPage';
import { PublicHome } from './PublicHome';

/** The home page: "My work" once signed in, the public map for visitors. */
export function HomePage() {
  const me = useMe();
  if (me.isPending) return <LoadingSkeleton lines={6} />;
  return me.data ? <MyWorkPage name={me.data.user.displayName} /> : <PublicHome />;
}
