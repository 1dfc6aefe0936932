import type { LaneQuery, SortOrder, StageFilter } from '../lib/filters';
import { stageNames, stageOrder } from '../lib/steps';

/** Search by company, filter by stage, sort, and move the visible weeks. */
export function TimelineToolbar({
  query,
  onQuery,
  shown,
  onShift,
  rangeLabel,
  counts,
}: {
  counts: Map<string, number>;
  query: LaneQuery;
  onQuery: (q: LaneQuery) => void;
  shown: number;
  onShift: (weeks: number) => void;
  rangeLabel: string;
}) {
  return (
    <div className="toolbar" role="search">
      <div className="field inline">
        <label htmlFor="timeline-search">Search</label>
        <input
          id="timeline-search"
          type="search"
          placeholder="Company or role  ( / )"
          value={query.search}
          aria-keyshortcuts="/"
          onChange={(e) => onQuery({ ...query, search: e.target.value })}
        />
      </div>
      <div className="field inline">
        <label htmlFor="timeline-stage">Stage</label>
        <select id="timeline-stage" value={query.stage} onChange={(e) => onQuery({ ...query, stage: e.target.value as StageFilter })}>
          <option value="all">All stages</option>
          <option value="active">Still in motion</option>
          {stageOrder.map((s) => (
            <option key={s} value={s}>
              {stageNames[s]} ({counts.get(s) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div className="field inline">
        <label htmlFor="timeline-sort">Sort</label>
        <select id="timeline-sort" value={query.sort} onChange={(e) => onQuery({ ...query, sort: e.target.value as SortOrder })}>
          <option value="next-due">Next due first</option>
          <option value="company">Company A–Z</option>
          <option value="recent">Latest interview first</option>
        </select>
      </div>
      <span className="muted shown" role="status">
        {shown} shown
      </span>
      <div className="range" role="group" aria-label={`Visible dates ${rangeLabel}`}>
        <button type="button" className="button small quiet" onClick={() => onShift(-2)} aria-label="Two weeks earlier">
          ‹
        </button>
        <button type="button" className="button small quiet" onClick={() => onShift(0)}>
          Today
        </button>
        <button type="button" className="button small quiet" onClick={() => onShift(2)} aria-label="Two weeks later">
          ›
        </button>
      </div>
    </div>
  );
}
