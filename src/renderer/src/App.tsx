import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, Overview } from '../../shared/ipc/contract';
import { AboutDialog } from './components/AboutDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { Nav } from './components/Nav';
import { NoticeBanner } from './components/NoticeBanner';
import { StatusLine, type Status } from './components/StatusLine';
import { makeFormatters } from './lib/format';
import { api, messageOf } from './state/api';
import { takePrefetchedOverview } from './state/prefetch';
import { AppContext, type AppState, type ViewName } from './state/context';
import { useShortcuts } from './state/useShortcuts';
import { ReviewView } from './views/ReviewView';
import { SettingsView } from './views/SettingsView';
import { TimelineView } from './views/TimelineView';
import { TodayView } from './views/TodayView';

const viewNames: ViewName[] = ['today', 'timeline', 'review', 'settings'];

/** `?view=timeline` opens a view directly (the benchmark and deep links use it). */
function initialView(): ViewName {
  const asked = new URLSearchParams(window.location.search).get('view');
  return viewNames.find((v) => v === asked) ?? 'today';
}

/** `receivedAt` (local clock) lets the header advance the overview's own clock between updates. */
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; overview: Overview; receivedAt: number };

/** The shell: loads the overview, keeps it current, and hosts the four views. */
export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [view, setView] = useState<ViewName>(initialView);
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);

  const fetchOverview = useCallback(() => {
    (takePrefetchedOverview() ?? api().getOverview({})).then(
      (overview) => setLoad({ state: 'ready', overview, receivedAt: Date.now() }),
      (error: unknown) => setLoad({ state: 'error', message: messageOf(error) }),
    );
  }, []);

  useEffect(() => {
    fetchOverview();
    api()
      .getAppInfo({})
      .then(setAppInfo)
      .catch(() => setAppInfo(null));
    const offs = [
      api().onOverviewChanged((overview) => setLoad({ state: 'ready', overview, receivedAt: Date.now() })),
      api().onSyncStatus((sync) =>
        setLoad((prev) => (prev.state === 'ready' ? { ...prev, overview: { ...prev.overview, sync } } : prev)),
      ),
      api().onNavigate((nav) => {
        if (nav.view === 'about') return setAboutOpen(true);
        setView(nav.view);
        if (nav.applicationId) {
          setSelected(nav.applicationId);
          if (nav.view === 'today') setView('timeline');
        }
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [fetchOverview]);

  const say = useCallback((message: string, tone: 'info' | 'error' = 'info') => setStatus({ message, tone, at: Date.now() }), []);

  const go = useCallback((next: ViewName, applicationId?: string) => {
    setView(next);
    if (applicationId !== undefined) setSelected(applicationId);
    // Move focus to the view's heading so keyboard and screen-reader users land in the new view.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-view-heading]')?.focus());
  }, []);

  const overview = load.state === 'ready' ? load.overview : null;
  const state = useMemo<AppState | null>(() => {
    if (!overview) return null;
    const nowMs = Date.parse(overview.now);
    return {
      overview,
      nowMs,
      fmt: makeFormatters(overview.now, overview.locale, overview.timeZone),
      appInfo,
      say,
      go,
      act: async (call, done) => {
        try {
          const next = await call();
          setLoad({ state: 'ready', overview: next, receivedAt: Date.now() });
          if (done) say(done);
          return true;
        } catch (error) {
          say(messageOf(error), 'error');
          return false;
        }
      },
      openRule: (kind) => {
        const base = appInfo?.docsUrl;
        if (!base) return say('The etiquette guide is not available right now.', 'error');
        api()
          .openExternal({ url: `${base}#${kind}` })
          .catch((error: unknown) => say(messageOf(error), 'error'));
      },
    };
  }, [overview, appInfo, say, go]);

  useShortcuts({
    onView: (v) => go(v),
    onSearch: () => {
      setView('timeline');
      requestAnimationFrame(() => document.getElementById('timeline-search')?.focus());
    },
    onEscape: () => setSelected(null),
  });

  if (!state) {
    return (
      <div className="boot">
        {load.state === 'error' ? (
          <div className="problem" role="alert">
            <h1 className="problem-title">Tactful could not load your applications.</h1>
            <p>{load.message}</p>
            <button type="button" className="button primary" onClick={() => {
                setLoad({ state: 'loading' });
                fetchOverview();
              }}
            >
              Retry
            </button>
          </div>
        ) : (
          <p className="loading" role="status">
            Loading your applications…
          </p>
        )}
      </div>
    );
  }

  return (
    <AppContext.Provider value={state}>
      <div className="shell">
        <Nav view={view} onView={go} onAbout={() => setAboutOpen(true)} />
        <main className="main">
          <Header view={view} receivedAt={load.state === 'ready' ? load.receivedAt : 0} />
          {state.overview.notice ? <NoticeBanner key={state.overview.notice} text={state.overview.notice} /> : null}
          <ErrorBoundary compact key={view}>
            {view === 'today' && <TodayView onOpen={(id) => go('timeline', id)} />}
            {view === 'timeline' && <TimelineView selected={selected} onSelect={setSelected} />}
            {view === 'review' && <ReviewView />}
            {view === 'settings' && <SettingsView />}
          </ErrorBoundary>
        </main>
      </div>
      <StatusLine status={status} onDismiss={() => setStatus(null)} />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </AppContext.Provider>
  );
}
