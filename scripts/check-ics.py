#!/usr/bin/python3
"""Check an .ics file with an independent parser (Debian's python3-icalendar).

Usage: /usr/bin/python3 scripts/check-ics.py FILE.ics EXPECTED.json

EXPECTED.json is a list of {"uid": ..., "start": ISO instant, "end": ISO instant}.
Every VEVENT must parse, carry a time-zone-aware start (or a date), and the set of
UIDs and instants must equal the expected list. Exit 0 when it does, 1 otherwise,
2 when the module is missing (so CI can tell "not checked" from "wrong").
"""
import json
import sys
from datetime import date, datetime, timezone

try:
    import icalendar
except ImportError:  # pragma: no cover
    print("check-ics: python3-icalendar is not installed (apt-get install -y python3-icalendar)", file=sys.stderr)
    sys.exit(2)


def instant(value):
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"floating date-time {value.isoformat()} (no zone)")
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    raise ValueError(f"unexpected value {value!r}")


def parse_expected_instant(text):
    if len(text) == 10:
        return text
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 1
    with open(argv[1], "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    with open(argv[2], encoding="utf-8") as f:
        expected = json.load(f)

    got = {}
    problems = []
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("UID"))
        try:
            start = instant(ev.decoded("DTSTART"))
            end = instant(ev.decoded("DTEND")) if ev.get("DTEND") is not None else None
        except Exception as e:  # noqa: BLE001 - any decoding problem is a finding
            problems.append(f"{uid}: {e}")
            continue
        got[uid] = (start, end)
        for alarm in ev.walk("VALARM"):
            if alarm.get("ACTION") is None or alarm.get("TRIGGER") is None:
                problems.append(f"{uid}: VALARM without ACTION or TRIGGER")

    want = {e["uid"]: (parse_expected_instant(e["start"]), parse_expected_instant(e["end"]) if e.get("end") else None) for e in expected}
    for uid in sorted(set(want) - set(got)):
        problems.append(f"missing UID {uid}")
    for uid in sorted(set(got) - set(want)):
        problems.append(f"unexpected UID {uid}")
    for uid in sorted(set(want) & set(got)):
        if want[uid][0] != got[uid][0] or (want[uid][1] is not None and want[uid][1] != got[uid][1]):
            problems.append(f"{uid}: expected {want[uid]}, got {got[uid]}")

    for p in problems:
        print(f"check-ics: {p}", file=sys.stderr)
    if problems:
        return 1
    print(f"check-ics: {len(got)} events OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
