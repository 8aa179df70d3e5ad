import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Links into a page (a notification's "open the request") carry the target as the address's
 * hash, but the target only exists once its data has loaded, after the browser looked for it:
 * once `ready`, scroll to it and focus it, so keyboard and screen-reader users land there too.
 */
export function useRevealTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
