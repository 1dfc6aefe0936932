import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PlannedStep } from '../../../shared/domain/plan';
import { isoDate } from '../lib/format';
import { pickedDateToIso, snoozeChoices } from '../lib/snooze';
import { api } from '../state/api';
import { useApp } from '../state/context';

/** Snooze ▾: three quick choices or another date, as a keyboard-navigable menu. */
export function SnoozeMenu({ applicationId, step }: { applicationId: string; step: PlannedStep }) {
  const { overview, nowMs, act, fmt } = useApp();
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [date, setDate] = useState(() => isoDate(nowMs + 86_400_000, overview.timeZone));
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const choices = snoozeChoices(nowMs, overview.timeZone);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const snooze = (until: string) => {
    setOpen(false);
    void act(() => api().snoozeStep({ applicationId, stepId: step.id, until }), `Snoozed until ${fmt.dayTime(until)}.`);
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        Snooze <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="menu" role="menu" aria-label="Snooze until" ref={menuRef} data-menu onKeyDown={onMenuKey}>
          {choices.map((c) => (
            <button key={c.label} type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => snooze(c.until)}>
              {c.label} <span className="muted">· {fmt.day(c.until)}</span>
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            tabIndex={-1}
            onClick={() => {
              setOpen(false);
              setPicking(true);
            }}
          >
            Pick another date…
          </button>
        </div>
      ) : null}
      {picking ? (
        <form
          className="pick-date"
          onSubmit={(event) => {
            event.preventDefault();
            setPicking(false);
            const due = pickedDateToIso(date, overview.timeZone);
            void act(() => api().rescheduleStep({ applicationId, stepId: step.id, due }), `Moved to ${fmt.day(due)}.`);
          }}
        >
          <label>
            New date
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} autoFocus />
          </label>
          <button type="submit" className="button small primary">
            Move
          </button>
          <button type="button" className="button small quiet" onClick={() => setPicking(false)}>
            Cancel
          </button>
        </form>
      ) : null}
    </div>
  );
}
