"""Deadlines as an iCalendar file (RFC 5545, library `icalendar`) that Outlook imports or
subscribes to. Events carry references and kinds only: no personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event

PRODID = "-//SOOSR B.V.//SOOSR Desk//NL"


@dataclass(frozen=True)
class Deadline:
    uid: str  # stable: the same deadline keeps its uid, so a subscription updates it
    summary: str
    start: dt.date | dt.datetime  # a date: all day; an aware datetime: that moment
    description: str = ""


def ics_bytes(deadlines: list[Deadline], *, name: str, now: dt.datetime) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for d in deadlines:
        event = Event()
        event.add("uid", d.uid)
        event.add("dtstamp", now.astimezone(dt.UTC))
        event.add("summary", d.summary)
        if isinstance(d.start, dt.datetime):
            event.add("dtstart", d.start.astimezone(dt.UTC))
            event.add("dtend", d.start.astimezone(dt.UTC) + dt.timedelta(minutes=30))
        else:
            event.add("dtstart", d.start)
            event.add("dtend", d.start + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        if d.description:
            event.add("description", d.description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", d.summary)
        alarm.add(
            "trigger",
            dt.timedelta(days=-2)
            if not isinstance(d.start, dt.datetime)
            else dt.timedelta(hours=-12),
        )
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
