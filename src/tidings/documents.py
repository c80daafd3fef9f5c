"""Reading inputs (plain text, HTML, JSONL, any of them gzipped) into :class:`Article` records.

``Article.text`` is the article body only: page furniture (share buttons, comment forms, "Read more"
boxes, copyright lines) is removed by a few general rules, and paragraphs are joined with a blank line.
Nothing else in the body is rewritten, so event offsets computed later index the text as returned.
Every problem with an input becomes an :class:`InputError` naming the input, so a batch goes on.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import urljoin

from tidings.errors import DateError, InputError
from tidings.records import Article, RelatedLink

MAX_INPUT_BYTES = 20 * 1024 * 1024


def _limit_message(max_bytes: int) -> str:
    return f"larger than the {max_bytes // (1024 * 1024)} MB limit"


_GZIP_MAGIC = b"\x1f\x8b"
# Control characters are never article text; NUL in particular cannot be stored in PostgreSQL at all.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Paragraphs that are page furniture, matched case-insensitively at the start of a short paragraph.
BOILERPLATE_PATTERNS: tuple[str, ...] = (
    r"share( (it|this|on|via)\b.{0,60})?\s*:?\s*$",
    r"leave a (reply|comment)|your email address will not be published|required fields are marked",
    r"(name|e-?mail|website|comment|message)\s*\*?\s*:?\s*$|(post|submit) comment\s*$|save my name, email",
    r"\d+ comments?\s*$|comments?\s*:?\s*$",
    r"subscribe( now| today| to (our|the|this)\b|\s*$)|sign up (for|to) (our|the)\b|follow us\b|click here\b",
    r"(related|more)( posts| articles| stories| news| content)?\s*:?\s*$",
    r"(read more|read also|also read|see also)\s*:?\s*$",
    r"(tags?|filed under|categories|posted in)\s*:",
    r"(copyright\s*)?(©|\(c\))|copyright\s+\d{4}|.{0,120}\ball rights reserved\b",
    r"(advertisement|print|email|tweet|whatsapp|facebook|twitter|telegram|linkedin|pinterest|reddit)\s*$",
)
# Furniture after which the rest of a text page is the comment section, never article body.
_COMMENTS_START = re.compile(r"(leave a (reply|comment)|\d+ comments?|comments)\s*:?\s*$", re.I)
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PATTERNS), re.I)
_BOILERPLATE_MAX_CHARS = 300
_LINK_WORDS = r"(?:read more|read also|also read|see also|related)"
_READ_MORE = re.compile(_LINK_WORDS + r"\s*:\s*(?P<title>\S.{0,198})$", re.I)
_RELATED_HEAD = re.compile(r"\s*" + _LINK_WORDS + r"\b", re.I)
_NOT_A_TITLE = re.compile(r"(?:more|" + _LINK_WORDS[3:] + r"\W*", re.I)

_DATE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "january february march april may june july august september october november december jan feb mar "
        "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon "
        "tue tues wed thu thur thurs fri sat sun at on am pm a.m p.m gmt utc bst cet cest est edt pst pdt "
        "published posted",
    )
)
_DATE_TOKEN = re.compile(r"\d{1,4}(st|nd|rd|th|h)?|\d{1,2}:\d{2}(:\d{2})?|[a-z.]+", re.I)
_CONNECTORS = frozenset({"of", "the", "and", "de", "al", "el", "van", "von", "da", "di", "du", "&", "for"})
_BYLINE_PREFIX = re.compile(r"(?P<by>[^\W\d_][^\n]{0,80}?)\s+[–—-]{1,2}\s+(?=\S)")
_BY_ONLY = re.compile(r"by\s+(?P<by>[^\W\d_].{0,80})$", re.I)
_BY_COMMA = re.compile(r"by\s+(?P<by>[^\W\d_][^,:\n]{0,60}),\s+(?=\S)", re.I)


# ----------------------------------------------------------------------------------------------- reading
def read_source(
    path: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[Article | InputError]:
    """Yield one Article per article in ``path`` ("-" is stdin), and an InputError for each bad record.

    Inputs (and gzip contents once decompressed) larger than ``max_bytes`` are refused.
    """
    label = "<stdin>" if path == "-" else path
    try:
        data = _read_bytes(path, label, stdin, max_bytes)
        if data.startswith(_GZIP_MAGIC):
            data = _gunzip(data, label, max_bytes)
        if not data:
            raise InputError(label, "file is empty")
        name = label[:-3] if label.lower().endswith(".gz") else label
        kind = detect_kind(data, name)
        text = _decode(data, label, html=kind == "html")
    except InputError as exc:
        yield exc
        return
    file_path = None if path == "-" else path
    if kind == "jsonl":
        for item in articles_from_jsonl(text, source=label):
            if isinstance(item, Article):
                item.path = file_path
            yield item
        return
    try:
        reader = article_from_html if kind == "html" else article_from_text
        article = reader(text, source=label)
    except InputError as exc:
        yield exc
        return
    article.path = file_path
    yield article


def _read_bytes(path: str, label: str, stdin: BinaryIO | None, max_bytes: int) -> bytes:
    try:
        if path == "-":
            data = (stdin if stdin is not None else sys.stdin.buffer).read(max_bytes + 1)
        else:
            with open(path, "rb") as handle:
                if os.fstat(handle.fileno()).st_size > max_bytes:
                    raise InputError(label, _limit_message(max_bytes))
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except IsADirectoryError:
        raise InputError(label, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(label, "permission denied") from None
    except OSError as exc:
        raise InputError(label, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(label, _limit_message(max_bytes))
    return data


def _gunzip(data: bytes, label: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Decompress (possibly multi-member) gzip data, never more than ``max_bytes``."""
    out = bytearray()
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
            if len(out) > max_bytes or inflater.unconsumed_tail:
                raise InputError(label, _limit_message(max_bytes) + " when decompressed")
            if not inflater.eof:
                raise InputError(label, "truncated or corrupt gzip data")
            rest = inflater.unused_data.lstrip(b"\x00")
    except zlib.error:
        raise InputError(label, "truncated or corrupt gzip data") from None
    return bytes(out)


def detect_kind(data: bytes, name: str = "") -> str:
    """Say "jsonl", "html" or "text": from the content first, from the file name second."""
    if data.startswith(_GZIP_MAGIC):
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 65536)
        except zlib.error:
            data = b""
        name = name[:-3] if name.lower().endswith(".gz") else name
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n\f")
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<") and re.search(
        rb"<(!doctype\s+html|html|head|body|article|main|div|p|meta|title|section)\b", head[:8192].lower()
    ):
        return "html"
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".html", ".htm", ".xhtml", ".shtml")):
        return "html"
    return "text"


def _decode(data: bytes, label: str, *, html: bool) -> str:
    """UTF-8 (or UTF-16 with a BOM, or for HTML a declared charset); anything else is refused as binary."""
    encodings = ["utf-8-sig"]
    declared = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})""", data[:8192], re.I)
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        encodings = ["utf-16"]
    elif b"\x00" in data:
        encodings = []
    elif html and declared:
        encodings.append(declared.group(1).decode("ascii"))
    for encoding in encodings:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            return data.decode(codecs.lookup(encoding).name)
    raise InputError(label, "binary data, not text or HTML")


# ----------------------------------------------------------------------------------------------- JSONL
def articles_from_jsonl(data: str, *, source: str) -> Iterator[Article | InputError]:
    """One Article per record of a JSONL dump ({"id","title","date","text"|"html","url",...}).

    A whole-file JSON document (one pretty-printed object, or a list of them) is read as well.
    """
    whole: Any = None
    if "\n" in data.strip() or data.lstrip().startswith("["):
        with contextlib.suppress(ValueError, RecursionError):
            whole = json.loads(data)
    if whole is not None:
        for number, record in enumerate(whole if isinstance(whole, list) else [whole], start=1):
            try:
                yield _article_from_record(record, f"{source} record {number}")
            except InputError as exc:
                yield exc
        return
    for number, line in enumerate(data.split("\n"), start=1):  # not splitlines: JSON may hold U+2028
        if not line.strip():
            continue
        label = f"{source} line {number}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            yield InputError(label, "not valid JSON")
            continue
        try:
            yield _article_from_record(record, label)
        except InputError as exc:
            yield exc


def _article_from_record(record: Any, label: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(label, "record is not a JSON object")

    def field(key: str) -> str | None:
        value = record.get(key)
        return None if value is None or value == "" else _CONTROL_CHARS.sub("", str(value)) or None

    published = None
    date = field("date") or field("published")
    if date is not None:
        published = _parse_date(date)
        if published is None:
            raise InputError(label, f"cannot read {date!r} as a date")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        article = article_from_text(text, source=label, published=published, title=field("title"))
    elif isinstance(html, str) and html.strip():
        article = article_from_html(html, source=label, url=field("url"))
        article.title = field("title") or article.title
        article.published = published or article.published
    else:
        raise InputError(label, 'record has no "text"')
    article.url = field("url") or article.url
    if field("id"):
        article.id = field("id")
    return article


# ----------------------------------------------------------------------------------------------- text
def article_from_text(
    text: str, *, source: str, published: str | None = None, title: str | None = None
) -> Article:
    """An Article from plain text: title line, dateline, byline prefix and furniture are taken out.

    ``title`` (a known title, e.g. from a JSONL record) turns off guessing the title from the text.
    """
    paragraphs = _split_paragraphs(_CONTROL_CHARS.sub("", text))
    title = _CONTROL_CHARS.sub("", title) if title else title
    title_, dated, byline, body, related = _assemble(paragraphs, title=title)
    if not body:
        raise InputError(source, "no article text found")
    return Article(text=body, title=title_, published=published or dated, byline=byline, related=related)


def _split_paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n[ \t\f\v\u00a0]*\n", text):
        blocks = [b for b in re.split(r"\n[ \t\f\v\u00a0]*\n", text) if b.strip()]
        if blocks and "\n" in blocks[0].strip() and _title_like(blocks[0].strip().split("\n")[0]):
            blocks[:1] = blocks[0].strip().split("\n")  # "Title\nDateline" written without a blank line
    else:
        blocks = text.split("\n")
    return [p for p in (" ".join(b.split()) for b in blocks) if p]


def _assemble(
    paragraphs: list[str], *, title: str | None
) -> tuple[str | None, str | None, str | None, str, list[RelatedLink]]:
    """(title, published from a dateline, byline, body, related) from normalised paragraphs.

    A known ``title`` (None: guess it from the first line) is dropped from the top of the body.
    """
    several = len(paragraphs) > 1  # a lone line is body, never a title
    paragraphs, related = _clean(paragraphs)
    published = byline = None
    guess_title = title is None
    if paragraphs and title and paragraphs[0] == " ".join(title.split()):
        paragraphs.pop(0)
    for _ in range(6):  # the top of the page: title, dateline, "By ..." line, in any order
        if not paragraphs:
            break
        first = paragraphs[0]
        label = re.sub(r"^(published|posted)(\s+on)?\s*:?\s*", "", first, flags=re.I)
        if published is None and _dateline_like(first) and (date := _parse_date(label)):
            published = date
        elif byline is None and (by := _BY_ONLY.match(first)) and _name_like(by.group("by")):
            byline = by.group("by")
        elif guess_title and title is None and several and _title_like(first):
            title = first
        else:
            break
        paragraphs.pop(0)
    if paragraphs and byline is None:
        prefix = _BYLINE_PREFIX.match(paragraphs[0]) or _BY_COMMA.match(paragraphs[0])
        rest = paragraphs[0][prefix.end() :] if prefix else ""
        if prefix and _name_like(prefix.group("by")) and _starts_sentence(rest):
            byline = re.sub(r"^by\s+", "", prefix.group("by"), flags=re.I)
            paragraphs[0] = rest
    return title, published, byline, "\n\n".join(paragraphs), related


def _clean(paragraphs: list[str]) -> tuple[list[str], list[RelatedLink]]:
    """Drop furniture paragraphs and the comment section; "Read more: TITLE" becomes a related link."""
    kept: list[str] = []
    related: list[RelatedLink] = []
    for para in paragraphs:
        if len(para) <= _BOILERPLATE_MAX_CHARS:
            if _COMMENTS_START.match(para) and kept:
                break
            more = _READ_MORE.match(para)
            if more:
                _add_link(related, more.group("title").strip(" \"'“”‘’«»"), None)
                continue
            if _BOILERPLATE.match(para):
                continue
        kept.append(para)
    return kept, related


def _title_like(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) < 200 and not line.endswith(".") and not _BOILERPLATE.match(line)


def _dateline_like(line: str) -> bool:
    """A short line made only of date words, numbers and times: "Friday 13 January 2023 - 11:42"."""
    if len(line) > 80 or not re.search(r"\d", line):
        return False
    words = (m.group(0) for m in _DATE_TOKEN.finditer(line))
    if not all(w[0].isdigit() or w.lower().strip(".") in _DATE_WORDS or not w.strip(".") for w in words):
        return False
    return not re.sub(r"[\s,|/–—\-:.()]", "", _DATE_TOKEN.sub("", line))


def _name_like(phrase: str) -> bool:
    """A short capitalised phrase: "ISWNews Analysis Group", "MOSCOW (Reuters)", "By Jane Doe, AP"."""
    words = re.sub(r"^by\s+", "", phrase.strip(), flags=re.I).replace(",", " ").split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    if len(words) == 1 and words[0].lower() in _DATE_WORDS:
        return False
    for word in words:
        bare = word.strip("()[]'\"")
        if not bare or not (bare[0].isupper() or bare[0].isdigit() or bare.lower() in _CONNECTORS):
            return False
    return True


def _starts_sentence(text: str) -> bool:
    first = next((c for c in text if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit()) and text.lstrip(" \"'“‘(")[:1] == first


def _add_link(links: list[RelatedLink], title: str, url: str | None) -> None:
    title = " ".join(title.split())
    if not 2 < len(title) <= 200 or _NOT_A_TITLE.fullmatch(title):
        return
    for link in links:
        if link.title.casefold() == title.casefold():
            link.url = link.url or url
            return
    links.append(RelatedLink(title=title, url=url))


def _parse_date(value: str) -> str | None:
    from tidings.dates import parse_published  # lazy: tidings.dates pulls in dateparser

    try:
        return parse_published(value)
    except (DateError, ValueError, OverflowError):
        return None


# ----------------------------------------------------------------------------------------------- HTML
def article_from_html(html: str | bytes, *, source: str, url: str | None = None) -> Article:
    """An Article from an HTML page, via trafilatura; dates and related links from the raw page too."""
    if isinstance(html, bytes):
        html = _decode(html, source, html=True)
    html = _CONTROL_CHARS.sub("", html)
    url = _CONTROL_CHARS.sub("", url) if url else url
    tree = _parse_tree(html)
    try:
        import trafilatura

        doc: Any = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception:  # trafilatura on broken markup: treated as a page without article text
        doc = None
    meta = _meta(tree)
    text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None) or meta.get("og:title") or None
    paragraphs = [p for p in (" ".join(line.split()) for line in text.split("\n")) if p]
    _, dated, text_byline, body, related = _assemble(paragraphs, title=title or "")
    if not body:
        raise InputError(source, "no article text found")
    page_url = url or getattr(doc, "url", None) or meta.get("og:url") or None
    for link in _related_links(tree, page_url or meta.get("base")):
        _add_link(related, link.title, link.url)
    published = _html_published(tree) or dated
    page_date = getattr(doc, "date", None)
    if published is None and page_date:
        published = _parse_date(str(page_date))
    byline = getattr(doc, "author", None) or meta.get("author") or text_byline
    site = getattr(doc, "sitename", None) or meta.get("og:site_name") or None
    return Article(
        body, url=page_url, title=title, published=published, byline=byline, site=site, related=related
    )


def _parse_tree(html: str) -> Any:
    try:
        import lxml.html

        markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
        return lxml.html.document_fromstring(markup) if markup.strip() else None
    except Exception:  # lxml refuses some broken pages outright
        return None


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    if tree is None:
        return found
    for el in tree.iter("meta", "base"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if el.tag == "base" and el.get("href"):
            key, value = "base", el.get("href", "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


# Meta keys giving the publication date; the first three come before JSON-LD's datePublished.
_PUBLISHED_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "dc.date.issued",
    "dc.date",
)


def _html_published(tree: Any) -> str | None:
    """The page's publication date, preferring a full date-time: meta tags, JSON-LD, then <time>."""
    if tree is None:
        return None
    meta = _meta(tree)
    candidates = [meta[key] for key in _PUBLISHED_KEYS[:3] if key in meta]
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            candidates += re.findall(r'"datePublished"\s*:\s*"([^"]{4,60})"', script.text or "")
    candidates += [meta[key] for key in _PUBLISHED_KEYS[3:] if key in meta]
    for el in tree.iter():
        if el.tag == "time" or (isinstance(el.tag, str) and el.get("itemprop") == "datePublished"):
            value = el.get("datetime") or el.get("content")
            if value:
                candidates.append(value)
    dated = None
    for value in candidates[:20]:
        parsed = _parse_date(value.strip())
        if parsed and "T" in parsed:
            return parsed
        dated = dated or parsed
    return dated


def _related_links(tree: Any, base: str | None) -> list[RelatedLink]:
    """Links in "Read more"/"Related"/"See also" boxes and in aside/section/div with class or id "related"."""
    links: list[RelatedLink] = []
    if tree is None:
        return links
    containers = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "script", "style", "html", "body"):
            continue
        marker = f"{el.get('class', '')} {el.get('id', '')}".lower()
        own = (el.text or "").strip()
        if len(own) <= 40 and _RELATED_HEAD.match(own):
            containers.append(el)
            following = el.getnext()
            if next(el.iter("a"), None) is None and following is not None:
                containers.append(following)
        elif el.tag in ("aside", "section", "div", "ul") and "related" in marker:
            containers.append(el)
    for container in containers:
        anchors = list(container.iter("a"))
        if len(anchors) > 30:
            continue
        for anchor in anchors:
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")):
                continue
            try:
                target = urljoin(base, href) if base else href
            except ValueError:
                continue  # "http://[broken/...": an unclosed IPv6 bracket, a link no reader could follow
            _add_link(links, anchor.text_content(), target)
    return links
