"""Tests for tidings.dates: publication-date parsing and date-expression resolution."""

from __future__ import annotations

import datetime as dt
import re
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.dates import MAX_CHARS, ResolvedDate, parse_published, resolve_date
from tidings.errors import DateError, TidingsError

PUB = dt.date(2023, 1, 13)  # a Friday
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LENGTH_OF = {"year": 4, "month": 7, "day": 10}


def resolved(expression: str, published: dt.date | None = PUB, **kwargs) -> tuple:
    found = resolve_date(expression, published, **kwargs)
    assert found is not None, expression
    return found.date, found.precision, found.relation


# --- parse_published ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-13", "2023-01-13"),
        ("13 January 2023", "2023-01-13"),
        ("2023-01-13T11:42", "2023-01-13T11:42"),
        ("2023-01-13 11:42", "2023-01-13T11:42"),
        ("2023-01-13T11:42:59", "2023-01-13T11:42"),
        ("2023-01-13T11:42:00+02:00", "2023-01-13T11:42"),
        ("2023-01-13T11:42:00Z", "2023-01-13T11:42"),
        ("Friday 13 January 2023 - 11:42", "2023-01-13T11:42"),
        ("Jan 13, 2023 11:42 AM", "2023-01-13T11:42"),
        ("Jan 13, 2023 11:42 PM", "2023-01-13T23:42"),
        ("  January 13, 2023  ", "2023-01-13"),
        ("1800-01-01", "1800-01-01"),
        ("2200-12-31", "2200-12-31"),
    ],
)
def test_parse_published_normalises(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "junk",
        "not a date at all",
        "2023-02-30",
        "30 February 2023",
        "2023-13-01",
        "2023-01-13T25:00",
        "2023-1-13x",
        "1799-12-31",
        "2201-01-01",
        "13 January 1700",
        "January 2023",
        "\x00\x01\xff",
        "2023-01-13" + " " * 300,
        "x" * 500,
    ],
)
def test_parse_published_rejects(value: str) -> None:
    with pytest.raises(DateError, match="cannot read"):
        parse_published(value)


def test_parse_published_error_names_the_value_and_is_a_tidings_error() -> None:
    with pytest.raises(TidingsError) as info:
        parse_published("junk")
    assert str(info.value) == "cannot read 'junk' as a date"


# --- absolute dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression", ["January 12", "on January 12", "12 January", "Jan. 12", "12th of January"]
)
def test_month_day_without_year_is_nearest_past(expression: str) -> None:
    assert resolved(expression) == ("2023-01-12", "day", "on")


def test_year_inference_past_and_future() -> None:
    assert resolved("December 30") == ("2022-12-30", "day", "on")
    assert resolved("January 13") == ("2023-01-13", "day", "on")  # publication day itself is "past"
    assert resolved("March 3", future=True) == ("2023-03-03", "day", "on")
    # documented rule: future picks the next occurrence on or after publication
    assert resolved("January 12", future=True) == ("2024-01-12", "day", "on")
    assert resolved("January 13", future=True) == ("2023-01-13", "day", "on")


def test_leap_day_without_year_finds_a_leap_year() -> None:
    assert resolved("February 29") == ("2020-02-29", "day", "on")
    assert resolved("February 29", future=True) == ("2024-02-29", "day", "on")


@pytest.mark.parametrize(
    "expression", ["June 18, 2023", "18 June 2023", "2023-06-18", "June 18th, 2023", "Sunday, June 18, 2023"]
)
def test_full_dates(expression: str) -> None:
    assert resolved(expression) == ("2023-06-18", "day", "on")


def test_month_and_year_forms() -> None:
    assert resolved("in June 2023") == ("2023-06", "month", "on")
    assert resolved("June of 2023") == ("2023-06", "month", "on")
    assert resolved("2023-06") == ("2023-06", "month", "on")
    assert resolved("in 2019") == ("2019", "year", "on")
    assert resolved("2019") == ("2019", "year", "on")


def test_month_alone_is_nearest_past_or_next() -> None:
    assert resolved("March") == ("2022-03", "month", "on")
    assert resolved("in March", future=True) == ("2023-03", "month", "on")
    assert resolved("January") == ("2023-01", "month", "on")
    assert resolved("December", future=True) == ("2023-12", "month", "on")


def test_dateparser_fallback_forms() -> None:
    assert resolved("Sept. 3, 2021") == ("2021-09-03", "day", "on")
    assert resolved("the 3rd of March") == ("2022-03-03", "day", "on")
    assert resolved("Friday the 13th of January 2023") == ("2023-01-13", "day", "on")
    assert resolved("12/01/2022") == ("2022-12-01", "day", "on")  # dateparser's English month-first order
    assert resolved("Friday, January 6") == ("2023-01-06", "day", "on")


@pytest.mark.parametrize(
    "expression", ["February 30", "31 April 2023", "2023-02-30", "2023-13", "January 45"]
)
def test_impossible_dates_are_none(expression: str) -> None:
    assert resolve_date(expression, PUB) is None


# --- weekdays ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("expression", ["Monday", "on Monday", "last Monday", "this past Monday", "Mon."])
def test_weekday_past(expression: str) -> None:
    assert resolved(expression) == ("2023-01-09", "day", "on")


@pytest.mark.parametrize("expression", ["next Monday", "this coming Monday"])
def test_weekday_next(expression: str) -> None:
    assert resolved(expression) == ("2023-01-16", "day", "on")


def test_weekday_future_tense() -> None:
    assert resolved("Monday", future=True) == ("2023-01-16", "day", "on")
    assert resolved("on Monday", future=True) == ("2023-01-16", "day", "on")


def test_weekday_of_publication_is_that_day() -> None:
    assert resolved("Friday") == ("2023-01-13", "day", "on")
    assert resolved("on Friday", future=True) == ("2023-01-13", "day", "on")
    assert resolved("last Friday") == ("2023-01-06", "day", "on")
    assert resolved("next Friday") == ("2023-01-20", "day", "on")


def test_weekday_with_time_of_day() -> None:
    assert resolved("Monday morning") == ("2023-01-09", "day", "on")
    assert resolved("late Monday") == ("2023-01-09", "day", "on")
    # "detained earlier Friday", "talks resumed later Monday": the day, said after another event of the story
    assert resolved("earlier Monday") == ("2023-01-09", "day", "on")
    assert resolved("later Monday") == ("2023-01-09", "day", "on")
    assert resolved("Monday at 3 p.m.") == ("2023-01-09", "day", "on")
    assert resolved("yesterday afternoon") == ("2023-01-12", "day", "on")


# --- relative days, periods, offsets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("today", "2023-01-13"),
        ("this morning", "2023-01-13"),
        ("tonight", "2023-01-13"),
        ("earlier today", "2023-01-13"),
        ("yesterday", "2023-01-12"),
        ("last night", "2023-01-12"),
        ("tomorrow", "2023-01-14"),
        ("the day before yesterday", "2023-01-11"),
        ("the day after tomorrow", "2023-01-15"),
        ("Today", "2023-01-13"),
    ],
)
def test_day_words(expression: str, expected: str) -> None:
    assert resolved(expression) == (expected, "day", "on")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("last week", ("2023-01-06", "day", "around")),
        ("the past week", ("2023-01-06", "day", "around")),
        ("next week", ("2023-01-20", "day", "around")),
        ("this week", ("2023-01-13", "day", "around")),
        ("earlier this week", ("2023-01-10", "day", "around")),
        ("later this week", ("2023-01-15", "day", "around")),
        ("last weekend", ("2023-01-07", "day", "around")),
        ("last month", ("2022-12", "month", "on")),
        ("this month", ("2023-01", "month", "on")),
        ("earlier this month", ("2023-01", "month", "on")),
        ("next month", ("2023-02", "month", "on")),
        ("last year", ("2022", "year", "on")),
        ("this year", ("2023", "year", "on")),
        ("earlier this year", ("2023", "year", "on")),
        ("next year", ("2024", "year", "on")),
    ],
)
def test_periods(expression: str, expected: tuple) -> None:
    assert resolved(expression) == expected


def test_weekend_future_and_earlier_this_week_on_monday() -> None:
    assert resolved("this weekend", future=True) == ("2023-01-14", "day", "around")
    monday = dt.date(2023, 1, 9)
    assert resolved("earlier this week", monday) == ("2023-01-09", "day", "around")  # stays in the week


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("a few days ago", ("2023-01-10", "day", "around")),
        ("several days ago", ("2023-01-10", "day", "around")),
        ("days ago", ("2023-01-10", "day", "around")),
        ("a day ago", ("2023-01-12", "day", "on")),
        ("two days ago", ("2023-01-11", "day", "on")),
        ("10 days ago", ("2023-01-03", "day", "on")),
        ("3 weeks ago", ("2022-12-23", "day", "around")),
        ("a couple of weeks ago", ("2022-12-30", "day", "around")),
        ("two months ago", ("2022-11", "month", "on")),
        ("a few months ago", ("2022-10", "month", "around")),
        ("five years ago", ("2018", "year", "on")),
        ("a few years ago", ("2020", "year", "around")),
        ("in two weeks", ("2023-01-27", "day", "around")),
        ("in 3 days", ("2023-01-16", "day", "on")),
        ("two days from now", ("2023-01-15", "day", "on")),
    ],
)
def test_offsets(expression: str, expected: tuple) -> None:
    assert resolved(expression) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("early March", "2022-03"),
        ("mid-March", "2022-03"),
        ("mid March", "2022-03"),
        ("late March 2022", "2022-03"),
        ("the end of March", "2022-03"),
        ("the beginning of March 2024", "2024-03"),
    ],
)
def test_parts_of_month(expression: str, expected: str) -> None:
    assert resolved(expression) == (expected, "month", "around")


def test_parts_of_month_future_and_parts_of_year() -> None:
    assert resolved("early March", future=True) == ("2023-03", "month", "around")
    assert resolved("early 2022") == ("2022", "year", "around")
    assert resolved("mid-2024") == ("2024", "year", "around")


# --- relations ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "relation"),
    [
        ("before", "before"),
        ("prior to", "before"),
        ("ahead of", "before"),
        ("until", "before"),
        ("by", "before"),
        ("after", "after"),
        ("since", "after"),
        ("following", "after"),
        ("around", "around"),
        ("about", "around"),
        ("circa", "around"),
        ("", "on"),
        ("met on", "on"),
    ],
)
def test_lead_sets_relation(lead: str, relation: str) -> None:
    found = resolve_date("June 18, 2023", PUB, lead=lead)
    assert found is not None
    assert found.relation == relation


def test_relation_word_opening_a_longer_lead() -> None:
    lead = "prior to the Turkish presidential elections – slated for"
    found = resolve_date("May 14", PUB, lead=lead, future=True)
    assert found == ResolvedDate("2023-05-14", "day", "before", f"{lead} May 14")


def test_common_words_only_count_next_to_the_date() -> None:
    assert resolved("June 18, 2023", lead="was attacked by police on")[2] == "on"
    assert resolved("June 18, 2023", lead="talks about the deal on")[2] == "on"


def test_nearest_relation_word_wins() -> None:
    assert resolved("2019", lead="after years of war, before")[2] == "before"


def test_expression_carries_relation() -> None:
    found = resolve_date("before June 18", PUB)
    assert found == ResolvedDate("2022-06-18", "day", "before", "before June 18")
    assert resolved("since 2019") == ("2019", "year", "after")
    assert resolved("until the end of March") == ("2022-03", "month", "before")


def test_lead_overrides_vague_default_relation() -> None:
    assert resolved("last week", lead="since") == ("2023-01-06", "day", "after")


def test_text_without_relation_is_the_expression() -> None:
    found = resolve_date(" on Monday ", PUB, lead="the minister said")
    assert found is not None
    assert found.text == "on Monday"


# --- not dates, no publication date, robustness ------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "recent",
        "recently",
        "the past",
        "decades",
        "the 1990s",
        "the '90s",
        "for years",
        "two years",
        "years",
        "every Monday",
        "each year",
        "age 40",
        "40",
        "",
        "   ",
        "\x00\xff\ud800",
        "the following day",
        "January 12 foo",
    ],
)
def test_not_dates(expression: str) -> None:
    assert resolve_date(expression, PUB) is None


def test_long_input_is_refused_without_parsing() -> None:
    assert resolve_date("January 12, 2023 " + "x" * MAX_CHARS, PUB) is None


@pytest.mark.parametrize(
    "expression", ["today", "Monday", "last month", "a few days ago", "early March", "March"]
)
def test_relative_forms_need_published(expression: str) -> None:
    assert resolve_date(expression, None) is None


def test_absolute_forms_without_published() -> None:
    assert resolved("June 18, 2023", None) == ("2023-06-18", "day", "on")
    assert resolved("in 2019", None) == ("2019", "year", "on")
    assert resolved("late March 2022", None) == ("2022-03", "month", "around")
    assert resolve_date("January 12", None) is None  # the year is unknowable


def test_datetime_published_is_accepted() -> None:
    assert resolved("yesterday", dt.datetime(2023, 1, 13, 11, 42)) == ("2023-01-12", "day", "on")


def test_far_offsets_return_none_instead_of_raising() -> None:
    assert resolve_date("99999 weeks ago", dt.date(1900, 1, 1)) is None
    assert resolve_date("99999 years ago", PUB) is None


def test_module_does_not_import_spacy() -> None:
    assert "spacy" not in sys.modules or "tidings.dates" not in str(sys.modules["spacy"])
    import tidings.dates as module

    with open(module.__file__, encoding="utf-8") as source:
        assert "spacy" not in source.read()


def test_cheap_paths_are_fast() -> None:
    start = time.perf_counter()
    for _ in range(200):
        resolve_date("last Monday", PUB)
        resolve_date("January 12", PUB)
    assert time.perf_counter() - start < 1.0


DATE_WORDS = [
    "January",
    "12",
    "2023",
    "last",
    "next",
    "Monday",
    "ago",
    "days",
    "early",
    "mid-",
    "the",
    "of",
    "/",
    "in",
]


@settings(max_examples=300, deadline=None)
@given(
    expression=st.one_of(
        st.text(max_size=250),
        st.lists(st.sampled_from(DATE_WORDS), max_size=6).map(" ".join),
    ),
    published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
    lead=st.text(max_size=60),
    future=st.booleans(),
)
def test_never_raises_and_output_is_well_formed(
    expression: str, published: dt.date | None, lead: str, future: bool
) -> None:
    found = resolve_date(expression, published, lead=lead, future=future)
    if found is not None:
        assert found.date is not None and DATE_RE.match(found.date)
        assert found.precision is not None and LENGTH_OF[found.precision] == len(found.date)
        assert found.relation in ("on", "before", "after", "around")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_parse_published_only_raises_date_error(value: str) -> None:
    try:
        out = parse_published(value)
    except DateError:
        return
    assert re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$", out)
