"""Resolve the date words of a news sentence to a calendar date, anchored on the article's publication date.

Cheap regular-expression paths handle the relative forms news writes ("on Monday", "last month", "a few
days ago", "mid-March") and the common absolute ones; dateparser is only the fallback for absolute forms
the regexes miss, because it is slow (about 1,500 parses a second) and cannot read the vague forms at all.
The word tables live in ``data/date_words.json``, loaded once at import.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from dateparser.date import DateDataParser

from tidings.errors import DateError
from tidings.records import DATE_PRECISIONS, DATE_RELATIONS

MAX_CHARS = 200  # longer "expressions" are not date entities; never hand them to dateparser
MIN_YEAR, MAX_YEAR = 1800, 2200  # the years a publication date may have
VAGUE_COUNT = 3  # what "a few" / "several" / bare "days ago" stands for

_WORDS = json.loads(resources.files("tidings").joinpath("data/date_words.json").read_text(encoding="utf-8"))
MONTHS: dict[str, int] = _WORDS["months"]
WEEKDAYS: dict[str, int] = _WORDS["weekdays"]
DAY_OFFSETS: dict[str, int] = _WORDS["day_offsets"]
SCENE_OFFSETS: dict[str, int] = _WORDS["scene_offsets"]
NUMBERS: dict[str, int] = _WORDS["numbers"]
VAGUE_COUNTS: frozenset[str] = frozenset(_WORDS["vague_counts"])
# (phrase as a word tuple, relation), longest first so "up until" wins over "until"
RELATION_WORDS: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(p.split()), rel) for rel, phrases in _WORDS["relations"].items() for p in phrases),
    key=lambda item: -len(item[0]),
)
# Words that are too common in other senses ("attacked by", "talks about") to count unless they touch the date
ADJACENT_ONLY: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in _WORDS["adjacent_only"])
FILLERS: frozenset[str] = frozenset(_WORDS["filler_prefixes"])
MONTH_PARTS: dict[str, str] = _WORDS["month_parts"]
RECURRENCE: frozenset[str] = frozenset(_WORDS["recurrence"])

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM = "|".join(sorted((re.escape(w) for w in NUMBERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE_COUNTS if w), key=len, reverse=True))
_PARTS = "|".join(sorted(MONTH_PARTS, key=len, reverse=True))
_TOD = "|".join(_WORDS["part_of_day"])

_TIME_RE = re.compile(
    rf"\b(?:at )?(?:\d{{1,2}}(?::\d{{2}})? ?(?:am|pm)|\d{{1,2}}:\d{{2}}|(?:in the )?(?:{_TOD}))\b"
)
_WEEKDAY_RE = re.compile(rf"^(?:(last|past|previous|this past|this|next|this coming|coming) )?({_WD})$")
_PERIOD_RE = re.compile(
    r"^(last|past|previous|this|earlier this|later this|next|coming) (week|weekend|month|year)$"
)
_COUNT = rf"(\d{{1,5}}|{_NUM}|{_VAGUE})"
_LATER_RE = re.compile(rf"^{_COUNT} (day|week)s? (later|after|earlier|before)$")
_SPAN_RE = re.compile(rf"^{_COUNT} (day|week)s?$")  # "a week" (before "after he attended ...")
_AGO_RE = re.compile(rf"^(?:{_COUNT} )?(day|week|month|year)s? ago$")
_AHEAD_RE = re.compile(
    rf"^(?:in {_COUNT} (day|week|month|year)s?(?: time)?|{_COUNT} (day|week|month|year)s? from now)$"
)
_PERIOD_PART_RE = re.compile(rf"^(?:{_PARTS})[ -]?(?=(?:last|past|previous|this|next) (?:week|month|year)$)")
_PART_RE = re.compile(rf"^({_PARTS})[ -]?(?:({_MON})(?: (?:of )?(\d{{4}}))?|(\d{{4}}))$")
_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_MONTH_DAY_RE = re.compile(rf"^(?:(?:{_WD}) )?({_MON}) (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))?$")
_DAY_MONTH_RE = re.compile(rf"^(?:(?:{_WD}) )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MON})(?: (\d{{4}}))?$")
_MONTH_RE = re.compile(rf"^({_MON})(?: (?:of )?(\d{{4}}))?$")
_DATEISH_RE = re.compile(rf"\b(?:{_MON})\b|\b\d{{4}}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}")
_ISO_STAMP_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_HAS_TIME_RE = re.compile(r"\d{1,2}:\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.)\b", re.IGNORECASE)

# Built once: dateparser's settings are fixed per parser object. Relative forms never reach it, and a
# year it had to guess is re-anchored by our own rule (_nearest_year), so no per-call RELATIVE_BASE is needed.
_EXPRESSION_PARSER = DateDataParser(
    languages=["en"],
    settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["month"]},
)
_PUBLISHED_PARSER = DateDataParser(
    languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
)


@dataclass(frozen=True)
class ResolvedDate:
    """A date expression resolved to a calendar date, as precise as the words allow.

    ``resolve_date`` always fills ``date``; ``date=None`` is for callers that keep a relation and the words
    without a date (e.g. an event dated only "before the elections").
    """

    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when the words give no resolvable date
    precision: str | None  # one of DATE_PRECISIONS, or None with date
    relation: str  # one of DATE_RELATIONS: how the event stands to the date
    text: str  # the words used, from the relation word (when there is one) to the end of the expression

    def __post_init__(self) -> None:
        assert self.precision is None or self.precision in DATE_PRECISIONS
        assert self.relation in DATE_RELATIONS


def parse_published(value: str) -> str:
    """Normalise a user-supplied publication date or date-time to ISO ("2023-01-13" or "2023-01-13T11:42").

    Seconds and any time-zone offset are dropped: the date is what the resolver needs, and the local time as
    written is what a reader saw. A date alone (no day) is refused because relative words need a day to
    count from.
    """
    problem = DateError(f"cannot read {value!r} as a date")
    text = value.strip() if isinstance(value, str) and len(value) <= MAX_CHARS else ""
    if not text:
        raise problem
    match = _ISO_STAMP_RE.match(text)
    if match:
        year, month, day, hour, minute = (int(g) if g else None for g in match.groups())
        try:
            stamp = dt.datetime(year or 0, month or 0, day or 0, hour or 0, minute or 0)
        except ValueError:
            raise problem from None
        has_time = hour is not None
    elif re.match(r"^\d{4}-\d", text):
        raise problem  # ISO-looking but malformed: do not let dateparser guess
    else:
        found = _PUBLISHED_PARSER.get_date_data(text).date_obj
        if found is None:
            raise problem
        stamp, has_time = found, bool(_HAS_TIME_RE.search(text))
    if not MIN_YEAR <= stamp.year <= MAX_YEAR:
        raise problem
    return stamp.strftime("%Y-%m-%dT%H:%M") if has_time else stamp.strftime("%Y-%m-%d")


def resolve_date(
    expression: str, published: dt.date | None, *, lead: str = "", future: bool = False, guess: bool = True
) -> ResolvedDate | None:
    """Resolve a date expression (usually a spaCy DATE entity) against the article's publication date.

    ``lead`` is the few words before the expression in its clause; the relation word nearest the expression
    sets the relation ("prior to the elections – slated for" gives "before"). ``future`` says the clause is
    in the future tense, so year-less and weekday forms point forward ("on Monday" is the next Monday).
    Returns None when the words are not a date; relative forms need ``published`` and give None without it.
    ``guess=False`` leaves out dateparser, our last and slowest resort (about a millisecond a call), for
    callers that scan every date of an article.
    Never raises on a string; inputs over MAX_CHARS characters are refused unread.
    """
    if not isinstance(expression, str) or not expression.strip() or len(expression) > MAX_CHARS:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        found = _resolve(_normalise(expression), published, future, guess)
    except (ValueError, OverflowError, TypeError, IndexError):  # out-of-range arithmetic or dateparser hiccup
        return None
    if found is None:
        return None
    date, precision, default_relation, own_relation = found
    relation, start = _lead_relation(lead if isinstance(lead, str) else "")
    if own_relation:
        relation, start = own_relation, None
    text = expression.strip() if start is None else f"{lead[start:].strip()} {expression.strip()}"
    return ResolvedDate(date, precision, relation or default_relation, text)


def scene_offset(expression: str) -> int | None:
    """Days from the day the article last spoke of, for words that date an event by it: "that night" 0,
    "the following day" 1, "two days later" 2, "a day earlier" -1. None for any other words."""
    if not isinstance(expression, str) or len(expression) > MAX_CHARS:
        return None
    words = _normalise(expression).split()
    while words and words[0] in FILLERS - {"the"}:
        words = words[1:]
    text = " ".join(words)
    if text in SCENE_OFFSETS:
        return SCENE_OFFSETS[text]
    found = _LATER_RE.match(text)
    if found is None or (found.group(1) not in NUMBERS and not found.group(1).isdigit()):
        return None
    count = int(found.group(1)) if found.group(1).isdigit() else NUMBERS[found.group(1)]
    count *= 7 if found.group(2) == "week" else 1
    return count if found.group(3) in {"later", "after"} else -count


def is_span(expression: str) -> bool:
    """ "a week", "two days": a stretch of time that "after" or "before" can count from a day."""
    return isinstance(expression, str) and _SPAN_RE.match(_normalise(expression)) is not None


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s?$", "", text.strip())  # "last week's protests", "Monday's vote"
    text = re.sub(r"(?<=[a-z])\.", "", text)  # "jan." -> "jan", "a.m." -> "am"
    text = re.sub(r"[,;()\"']+|\s[–—-]\s", " ", text)
    return " ".join(text.split()).strip(" .:–—-")


def _words_with_starts(text: str) -> list[tuple[str, int]]:
    return [(_normalise(m.group()), m.start()) for m in re.finditer(r"\S+", text) if _normalise(m.group())]


def _lead_relation(lead: str) -> tuple[str | None, int | None]:
    """The relation set by the lead words nearest the expression, and where in the lead its words start."""
    words = _words_with_starts(lead[-MAX_CHARS:]) if lead else []
    offset = max(len(lead) - MAX_CHARS, 0)
    tokens = [w for w, _ in words]
    for end in range(len(tokens), 0, -1):  # nearest to the expression first
        for phrase, relation in RELATION_WORDS:
            begin = end - len(phrase)
            if begin < 0 or tuple(tokens[begin:end]) != phrase:
                continue
            if phrase in ADJACENT_ONLY and end != len(tokens):
                continue
            return relation, words[begin][1] + offset
    return None, None


def _strip_relation(text: str) -> tuple[str, str | None]:
    words = text.split()
    for phrase, relation in RELATION_WORDS:
        if tuple(words[: len(phrase)]) == phrase and len(words) > len(phrase):
            return " ".join(words[len(phrase) :]), relation
    return text, None


Found = tuple[str, str, str, str | None]  # date, precision, default relation, relation the words carry


UPCOMING_DAYS = 31  # how far ahead a year-less day is still read as coming, not as last year's


@functools.lru_cache(maxsize=4096)  # pure: an article's dates are read twice, a day's articles share many
def _resolve(text: str, published: dt.date | None, future: bool, guess: bool = True) -> Found | None:
    text, own = _strip_relation(text)
    raw, words = text, text.split()
    while len(words) > 1 and words[0] in FILLERS:
        words = words[1:]
    text = " ".join(words)
    if not words or words[0] in RECURRENCE or re.search(r"\b\d{0,3}0s\b", text):
        return None  # "every Monday", decades
    if published is not None:
        # raw keeps "in" for "in two weeks"; bare drops clock times and parts of day ("Monday morning")
        bare = " ".join(_TIME_RE.sub(" ", text).split())
        bare = re.sub(rf"^(?:early|late|earlier|later) (?=(?:{_WD}|yesterday|today|tomorrow)$)", "", bare)
        for candidate in dict.fromkeys((raw, text, bare)):
            if candidate and (found := _relative(candidate, published, future)):
                return (*found, own)
        # "late last year", "the end of last month": the period, around its part
        period = _PERIOD_PART_RE.sub("", bare)
        if period != bare and (found := _relative(period, published, future)):
            return found[0], found[1], "around", own
    found = _absolute(text, published, future, guess)
    return (*found, own) if found else None


def _relative(text: str, published: dt.date, future: bool) -> tuple[str, str, str] | None:
    if text in DAY_OFFSETS:
        return _day(published + dt.timedelta(days=DAY_OFFSETS[text]), "on")
    if match := _WEEKDAY_RE.match(text):
        return _day(_weekday(published, WEEKDAYS[match.group(2)], match.group(1), future), "on")
    if match := _PERIOD_RE.match(text):
        return _period(published, match.group(1), match.group(2), future)
    if (match := _AGO_RE.match(text)) or (match := _AHEAD_RE.match(text)):
        groups = [g for g in match.groups() if g is not None]
        count = groups[0] if len(groups) == 2 else ""
        sign = -1 if text.endswith(" ago") else 1
        return _offset(published, count, groups[-1], sign)
    return None


def _weekday(published: dt.date, weekday: int, modifier: str | None, future: bool) -> dt.date:
    """News convention: a bare weekday naming the publication day means that day ("on Friday" in a Friday
    paper is today); "last"/"next" always move to another week's day."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier in ("last", "past", "previous", "this past"):
        return published - dt.timedelta(days=back or 7)
    if modifier in ("next", "this coming", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    return published + dt.timedelta(days=ahead) if future else published - dt.timedelta(days=back)


def _period(published: dt.date, which: str, unit: str, future: bool) -> tuple[str, str, str]:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "week":
        days = {"earlier this": -min(3, published.weekday()), "later this": min(2, 6 - published.weekday())}
        return _day(published + dt.timedelta(days=days.get(which, 7 * step)), "around")
    if unit == "weekend":
        modifier = {-1: "last", 1: "next"}.get(step)
        return _day(_weekday(published, 5, modifier, future or which == "later this"), "around")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, step)
        return f"{year:04d}-{month:02d}", "month", "on"
    return _year(published.year + step), "year", "on"


def _offset(published: dt.date, count: str, unit: str, sign: int) -> tuple[str, str, str]:
    vague = count in VAGUE_COUNTS
    n = VAGUE_COUNT if vague else int(count) if count.isdigit() else NUMBERS[count]
    relation = "around" if vague or unit == "week" else "on"
    if unit in ("day", "week"):
        return _day(published + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)), relation)
    if unit == "month":
        year, month = _shift_month(published.year, published.month, sign * n)
        return f"{_year(year)}-{month:02d}", "month", relation
    return _year(published.year + sign * n), "year", relation


def _absolute(
    text: str, published: dt.date | None, future: bool, guess: bool = True
) -> tuple[str, str, str] | None:
    if match := _PART_RE.match(text):
        part_month, year = match.group(2), match.group(3) or match.group(4)
        if part_month is None:
            return _year(int(year)), "year", "around"
        month = MONTHS[part_month]
        year_n = int(year) if year else _month_year(month, published, future)
        return (f"{_year(year_n)}-{month:02d}", "month", "around") if year_n else None
    if match := _ISO_DAY_RE.match(text):
        return _day(dt.date(*(int(g) for g in match.groups())), "on")
    if match := _ISO_MONTH_RE.match(text):
        year, month = int(match.group(1)), int(match.group(2))
        return (f"{_year(year)}-{month:02d}", "month", "on") if 1 <= month <= 12 else None
    if match := _YEAR_RE.match(text):
        return (match.group(1), "year", "on") if 1000 <= int(match.group(1)) <= 2999 else None
    if (match := _MONTH_DAY_RE.match(text)) or (match := _DAY_MONTH_RE.match(text)):
        first, second, year = match.groups()
        month, day = (MONTHS[first], int(second)) if first in MONTHS else (MONTHS[second], int(first))
        return _day_of(month, day, int(year) if year else None, published, future)
    if match := _MONTH_RE.match(text):
        month = MONTHS[match.group(1)]
        year_n = int(match.group(2)) if match.group(2) else _month_year(month, published, future)
        return (f"{_year(year_n)}-{month:02d}", "month", "on") if year_n else None
    if not guess or not _DATEISH_RE.search(text) or " ago" in text:
        return None  # no month name or year: "recent", "for years", "two years", "age 40"
    return _with_dateparser(text, published, future)


def _with_dateparser(text: str, published: dt.date | None, future: bool) -> tuple[str, str, str] | None:
    data = _EXPRESSION_PARSER.get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month"):
        return None
    got = data.date_obj.date()
    explicit_year = re.search(rf"\b{got.year}\b|/{got.year % 100:02d}\b", text) is not None
    if data.period == "month":
        return (f"{_year(got.year)}-{got.month:02d}", "month", "on") if explicit_year else None
    return _day_of(got.month, got.day, got.year if explicit_year else None, published, future)


def _day_of(
    month: int, day: int, year: int | None, published: dt.date | None, future: bool
) -> tuple[str, str, str] | None:
    if year is None:
        year = _nearest_year(month, day, published, future) if published else None
        if year is None:
            return None
    return _day(dt.date(year, month, day), "on")


def _nearest_year(month: int, day: int, published: dt.date, future: bool) -> int | None:
    """The year of the occurrence nearest to publication, on or before it (on or after it in the future
    tense). A few years are tried so that 29 February still lands on a leap year. A day up to a month after
    publication is that coming day whatever the tense ("from June 15, masks became compulsory", written on
    5 June): a year-old day would have been given its year."""
    try:
        coming = dt.date(published.year, month, day)
    except ValueError:
        coming = None
    if coming is not None and published < coming <= published + dt.timedelta(days=UPCOMING_DAYS):
        return coming.year
    step = 1 if future else -1
    for k in range(9):
        try:
            candidate = dt.date(published.year + step * k, month, day)
        except ValueError:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate.year
    return None


def _month_year(month: int, published: dt.date | None, future: bool) -> int | None:
    if published is None:
        return None
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + by
    return total // 12, total % 12 + 1


def _year(year: int) -> str:
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} out of range")
    return f"{year:04d}"


def _day(day: dt.date, relation: str) -> tuple[str, str, str]:
    return day.isoformat(), "day", relation
