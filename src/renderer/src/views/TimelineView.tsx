import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EmptyState } from '../components/EmptyState';
import { defaultQuery, filterAndSort, stageCounts, type LaneQuery } from '../lib/filters';
import { defaultRange, position, weeklyTicks } from '../lib/lanes';
import { useApp } from '../state/context';
import { ApplicationDetail } from './ApplicationDetail';
import { Lane } from './Lane';
import { TimelineToolbar } from './TimelineToolbar';

const LANE_HEIGHT = 68;

/** One lane per application along a shared time axis; virtualised so 1,000 lanes stay smooth. */
export function TimelineView({ selected, onSelect }: { selected: string | null; onSelect: (id: string | null) => void }) {
  const { overview, nowMs, fmt } = useApp();
  const [query, setQuery] = useState<LaneQuery>(defaultQuery);
  const [offsetWeeks, setOffsetWeeks] = useState(0);
  const [active, setActive] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusAfterScroll = useRef(false);

  const counts = useMemo(() => stageCounts(overview.applications), [overview.applications]);
  const lanes = useMemo(() => filterAndSort(overview.applications, query), [overview.applications, query]);
  const narrow = Boolean(selected);
  // With the detail open the track is narrower: show fewer weeks rather than cramming them.
  const range = useMemo(() => (narrow ? defaultRange(nowMs, offsetWeeks, 14, 28) : defaultRange(nowMs, offsetWeeks)), [nowMs, offsetWeeks, narrow]);
  const todayX = position(nowMs, range);
  // Week labels give way to the "today" pill, and thin out when the detail panel takes width.
  const ticks = useMemo(
    () =>
      weeklyTicks(range, overview.timeZone).filter(
        (t, i) => Math.abs(t.x - todayX) > (narrow ? 0.07 : 0.045) && (!narrow || i >= 0),
      ),
    [range, overview.timeZone, todayX, narrow],
  );
  const detail = selected ? overview.applications.find((v) => v.application.id === selected) : undefined;

  // TanStack Virtual opts this component out of compiler memoisation; lanes are memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LANE_HEIGHT,
    overscan: 8,
  });

  const activeIndex = Math.min(active, Math.max(0, lanes.length - 1));

  // Roving focus: the focused lane may have been virtualised away; scroll it in, then focus it.
  useEffect(() => {
    if (!focusAfterScroll.current) return;
    focusAfterScroll.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[data-lane-index="${activeIndex}"]`)?.focus();
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(lanes.length - 1, index));
    setActive(next);
    focusAfterScroll.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // Lanes get stable callbacks that read the latest state through a ref, so React.memo holds.
  const latest = useRef({ moveTo: (_: number) => {}, count: 0, onSelect });
  const onLaneKey = useCallback((event: KeyboardEvent, index: number, id: string) => {
    const { moveTo, count, onSelect: select } = latest.current;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / LANE_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
    }
  }, []);
  const onLaneOpen = useCallback((index: number, id: string) => {
    setActive(index);
    latest.current.onSelect(id);
  }, []);
  const onLaneFocus = useCallback((index: number) => setActive(index), []);
  useLayoutEffect(() => {
    latest.current = { moveTo, count: lanes.length, onSelect };
  });

  if (overview.applications.length === 0) return <EmptyState />;

  return (
    <div className={detail ? 'view timeline-view with-detail' : 'view timeline-view'}>
      <div className="timeline-main">
        <TimelineToolbar
          query={query}
          onQuery={(q) => {
            setQuery(q);
            setActive(0);
            virtualizer.scrollToOffset(0);
          }}
          shown={lanes.length}
          onShift={(weeks) => setOffsetWeeks((w) => (weeks === 0 ? 0 : w + weeks))}
          rangeLabel={`${fmt.short(range.start)} – ${fmt.short(range.end)}`}
          counts={counts}
        />
        <div className="axis" aria-hidden="true">
          <div className="axis-label-col" />
          <div className="axis-track">
            {ticks.map((t) => (
              <span key={t.at} className="tick" style={{ left: `${t.x * 100}%` }}>
                {fmt.short(t.at)}
              </span>
            ))}
            {todayX >= 0 && todayX <= 1 ? (
              <span className="tick today-tick" style={{ left: `${todayX * 100}%` }}>
                today
              </span>
            ) : null}
          </div>
        </div>
        {lanes.length === 0 ? (
          <p className="no-match" role="status">
            No applications match. Clear the search or choose “All stages”.
          </p>
        ) : (
          <div className="lanes-scroll" ref={scrollRef} data-testid="lanes">
            <div
              className="lanes"
              role="list"
              aria-label={`Applications, ${lanes.length}. Use the arrow keys to move, Enter to open.`}
              style={{ height: virtualizer.getTotalSize() }}
            >
              {todayX >= 0 && todayX <= 1 ? (
                <div className="today-line" aria-hidden="true" style={{ left: `calc(var(--label-col) + (100% - var(--label-col)) * ${todayX})` }} />
              ) : null}
              {virtualizer.getVirtualItems().map((row) => {
                const view = lanes[row.index];
                if (!view) return null;
                return (
                  <Lane
                    key={view.application.id}
                    view={view}
                    index={row.index}
                    top={row.start}
                    height={LANE_HEIGHT}
                    range={range}
                    selected={view.application.id === selected}
                    tabbable={row.index === activeIndex}
                    onOpen={onLaneOpen}
                    onKeyDown={onLaneKey}
                    onFocus={onLaneFocus}
                  />
                );
              })}
            </div>
          </div>
        )}
        <Legend />
      </div>
      {detail ? (
        <ApplicationDetail
          key={detail.application.id}
          view={detail}
          onClose={() => {
            onSelect(null);
            scrollRef.current?.querySelector<HTMLElement>(`[data-lane-index="${activeIndex}"]`)?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function Legend() {
  return (
    <p className="legend">
      <span>◆ interview</span>
      <span>✉ thank-you</span>
      <span>● follow-up</span>
      <span>○ final follow-up</span>
      <span className="legend-wait">····· waiting</span>
      <span className="legend-overdue">! overdue</span>
      <span>✓ sent</span>
    </p>
  );
}
