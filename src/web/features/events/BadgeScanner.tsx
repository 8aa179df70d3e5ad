import type { IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './badge-scanner.css';

type Problem = 'cameraDenied' | 'noCamera' | 'cameraUnavailable' | 'cameraFailed';
type State = { kind: 'off' } | { kind: 'starting' } | { kind: 'scanning'; notABadge: boolean } | { kind: 'problem'; problem: Problem };

/** A badge's QR code holds its check-in code, `ABCD-EFGH-JKMN` (check-in-code.ts); anything else is another QR code. */
const BADGE_CODE = /^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/i;

/** What getUserMedia's refusal means for the person at the desk. */
function problemOf(error: unknown): Problem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'cameraDenied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
  return 'cameraFailed';
}

/** How long a badge that could not be handed over waits before it is read again. */
const RETRY_AFTER_MS = 2_000;

/**
 * The badge's QR code read by the phone's camera. The decoder (@zxing/browser, 91 kB brotli) is
 * fetched only when the button is pressed, so neither the first load nor the check-in page itself
 * carries it. The camera keeps running for the next badge; a code is handed over once until a
 * different one is seen, so a badge held still is not checked in over and over — unless handing it
 * over failed for a passing reason (`onCode` resolves to false: no connection, a busy server), in
 * which case the badge still in view is tried again after a moment.
 */
export function BadgeScanner({ onCode }: { onCode: (code: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'off' });
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<IScannerControls | null>(null);
  const mounted = useRef(true);
  const lastCode = useRef('');
  const handOver = useRef(onCode);
  useEffect(() => {
    handOver.current = onCode;
  });

  // Leaving the page (or the component) switches the camera off, also while it is still starting.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controls.current?.stop();
      controls.current = null;
    };
  }, []);

  /** Lets the same code through again after a pause, if no other badge was seen meanwhile. */
  const retryLater = (code: string) =>
    setTimeout(() => {
      if (lastCode.current === code) lastCode.current = '';
    }, RETRY_AFTER_MS);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ kind: 'problem', problem: 'cameraUnavailable' });
      return;
    }
    setState({ kind: 'starting' });
    lastCode.current = '';
    try {
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      const started = await reader.decodeFromConstraints({ video: { facingMode: 'environment' } }, video.current ?? undefined, (result) => {
        const code = result?.getText().trim();
        if (!code || code === lastCode.current) return;
        lastCode.current = code;
        const badge = BADGE_CODE.test(code);
        if (mounted.current) setState({ kind: 'scanning', notABadge: !badge });
        if (badge) void handOver.current(code).then((handled) => handled || retryLater(code));
      });
      if (!mounted.current) {
        started.stop();
        return;
      }
      controls.current = started;
      setState({ kind: 'scanning', notABadge: false });
    } catch (error) {
      if (mounted.current) setState({ kind: 'problem', problem: problemOf(error) });
    }
  };
  const stop = () => {
    controls.current?.stop();
    controls.current = null;
    setState({ kind: 'off' });
  };

  const on = state.kind === 'starting' || state.kind === 'scanning';
  return (
    <div className="badge-scanner">
      {on ? (
        <button type="button" onClick={stop}>
          {t('events:desk.stopScan')}
        </button>
      ) : (
        <button type="button" onClick={() => void start()}>
          {t('events:desk.scan')}
        </button>
      )}
      {/* Always rendered so the reader has its element; hidden while the camera is off. */}
      <video ref={video} className="badge-scanner-video" hidden={!on} aria-label={t('events:desk.cameraView')} muted playsInline />
      {state.kind === 'starting' && <p role="status">{t('events:desk.cameraStarting')}</p>}
      {state.kind === 'scanning' && <p className="hint">{t('events:desk.scanHint')}</p>}
      {state.kind === 'scanning' && state.notABadge && (
        <p role="alert" className="error-message">
          {t('events:desk.notABadge')}
        </p>
      )}
      {state.kind === 'problem' && (
        <p role="alert" className="error-message">
          {t(`events:desk.${state.problem}`)}
        </p>
      )}
    </div>
  );
}
