"""Article-level extraction: from an :class:`Article` to sourced event records.

Mentions found sentence by sentence (:mod:`tidings.events`) become events here: one per target country,
mentions of the same real event merged into one record with all its evidence, missing dates and places
filled from the scene they belong to, CAMEO/Goldstein coding added and a confidence computed.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, TypeGuard

from tidings import codebook
from tidings.actors import ArticleActors
from tidings.config import Settings
from tidings.dates import resolve_date, scene_offset
from tidings.events import PLACE_PREPS, Mention, MentionFinder
from tidings.knowledge import Gazetteer, actor_lexicon, gazetteer, name_key
from tidings.pipeline import load_model, parse_many, parse_text
from tidings.places import place_from_name
from tidings.records import Actor, Article, ArticleRecord, Event, Evidence, Place, stable_id
from tidings.stories import surname

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Actors whose acts are the stuff of event data: states, armed forces, international bodies
OFFICIAL_SECTORS = {"GOV", "MIL", "IGO", "LEG", "JUD"}
SPEECH_ACTS = {"ACCUSE", "SUPPORT", "REQUEST"}  # done by saying; each saying is its own act
EXITS = {"withdraw", "suspend"}  # what one person does once: quit a race (and "suspend her campaign")
# News puts its main events first: an event told in the first part of an article (this share of its sentences)
# is more often a record an analyst keeps than one told further down, among background and reactions
LEAD_SHARE = 0.4
LEAD_WEIGHT = 0.05
GATHERINGS = {"meeting", "summit", "conference", "session"}
# acts aimed at someone, and working together, which is done with someone ("spoke of the collaboration" names
# no partner: no event); not agreeing, which may be to do something ("agreed to resign")
NEEDS_TARGET = {"ACCUSE", "ASSAULT", "COERCE", "CONSULT", "SUPPORT", "THREATEN", "AID", "COOPERATE"}
# Acts one party does by itself (steps down, protests, deploys): recorded with no target like any other event
ALONE = {"CONCEDE", "PROTEST", "MOBILIZE"}
# Any other act found with nobody it was aimed at (an agreement, refusal, request, ban or pull-back with no
# other party) is recorded only with this much confidence: below it, such records were right 1 time in 9 on
# the dev set, the development sets of more.jsonl and the check set (docs/confidence.md)
ONE_SIDED_FLOOR = 0.55
# Events told in many words within one sentence ("held a meeting ..., discussing ...")
TALK_TYPES = {"CONSULT", "AGREE"}
# acts of word or will: "defended its decision" aims at no one, where a measure on what a state owns
# ("reopened its schools") is aimed at its people
STANCES = {"SUPPORT", "REJECT", "ACCUSE", "AGREE", "REQUEST", "CONSULT"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
# Articles parsed in one nlp.pipe stream: spaCy is fastest on large batches of paragraphs
ARTICLES_PER_BATCH = 32
# How far apart (in sentences) two mentions of the same type and actors may be and still be one event
MERGE_WINDOW = 3
ANAPHORA_WINDOW = 3
_ANOTHER = frozenset({"separate", "another", "second", "third", "further", "other", "earlier", "previous"})


def published_date(article: Article) -> dt.date | None:
    if not article.published:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def extract_article(article: Article, settings: Settings | None = None) -> ArticleRecord:
    """Parse one article and return its events (loads the configured model on first use)."""
    settings = settings or Settings()
    nlp = load_model(settings.model)
    doc = parse_text(nlp, article.text, settings.batch_size)
    return ArticleRecord(article, events_from_doc(doc, article, settings))


def extract_articles(
    articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[ArticleRecord]:
    """Like :func:`extract_article` for many articles, parsing them in batches."""
    settings = settings or Settings()
    nlp = load_model(settings.model)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= ARTICLES_PER_BATCH:
            yield from _extract_batch(nlp, batch, settings)
            batch = []
    if batch:
        yield from _extract_batch(nlp, batch, settings)


def _extract_batch(nlp: Language, batch: list[Article], settings: Settings) -> Iterator[ArticleRecord]:
    docs = parse_many(nlp, [a.text for a in batch], settings.batch_size)
    for article, doc in zip(batch, docs, strict=True):
        yield ArticleRecord(article, events_from_doc(doc, article, settings))


def events_from_doc(doc: Doc, article: Article, settings: Settings) -> list[Event]:
    published = published_date(article)
    _country_names_as_places(doc)
    _places_read_as_adverbs(doc)
    _payers_read_into_sums(doc)
    actors = ArticleActors.for_doc(doc, article.title, settings.home_country_share)
    finder = MentionFinder(actors, published)
    mentions: list[Mention] = []
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        mentions.extend(finder.mentions(sentence, index))
        actors.introduce(sentence)
    drafts = _merge(_expand(m) for m in mentions)
    _claimed_attacks(drafts, finder.claimants)
    # an incomplete record ("a stabbing killed three people on Saturday": no attacker) still sets the scene
    _inherit_scene(drafts, published, _days_named(doc, published))
    drafts = _one_attack_a_day(drafts)
    events = [e for e in drafts if _complete(e)]
    _hosted_at_home(events, actors.gaz)
    _default_places(events, article_places(doc, actors))
    _attacks_on_home_ground(events, actors.gaz)
    _domestic_acts(events, actors.gaz)
    for event in events:
        event.cameo, event.quad_class, event.goldstein = codebook.coding_for(event.type, event.cameo)
        event.confidence = confidence(event, event.evidence[0].sentence / max(1, len(sentences)))
        first = event.evidence[0]
        key = event.target.key if event.target else None
        event.id = "e" + stable_id(article.id or "", event.type, str(first.start), key or "")
    # plain records: the drafts hold spaCy tokens, which must not travel to other processes or outlive the Doc
    kept = [e for e in events if e.confidence >= settings.min_confidence and not _weak_one_sided(e)]
    for event in kept:
        # "Putin met Erdogan": the record codes the figures as what they are known acting as (RUSGOV)
        event.source = actors.known_sector(event.source) if event.source is not None else None
        event.target = actors.known_sector(event.target) if event.target is not None else None
        event.others = [actors.known_sector(a) for a in event.others]
    return [_finished(e) for e in kept]


def _weak_one_sided(event: Event) -> bool:
    """An act usually aimed at someone, found with nobody it was aimed at and little else to go on ("refused
    to play", "would have to be ratified"): more often a side remark or a private act than an event."""
    return not _known(event.target) and event.type not in ALONE and event.confidence < ONE_SIDED_FLOOR


def _known(actor: Actor | None) -> TypeGuard[Actor]:
    """An actor scorers and analysts can place: one with a country or an organisation."""
    return actor is not None and actor.key is not None


_NUMERIC_ENTITIES = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL", "TIME"})


def _country_names_as_places(doc: Doc) -> None:
    """The small model takes some countries for a work of art, a person or a date ("in Niger", "across
    Chad", "Mali's army"), or misses them: a country's or a capital's one-word name after a place preposition
    is a place, cut out of whatever entity the model made it part of; so is one taken for a number ("sent
    Ukraine $5 billion", with "Ukraine" read as part of the sum), and a country's name owning something."""
    gaz, roles = gazetteer(), actor_lexicon().roles
    found = [
        t
        for t in doc
        if t.pos_ == "PROPN"
        and (
            (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.ent_type_ not in {"GPE", "LOC", "FAC"})
            or t.ent_type_ in _NUMERIC_ENTITIES
            # "Mali's army", with "Mali" tagged a person: a country's name owning a body or an office
            or (
                t.dep_ == "poss"
                and t.ent_type_ in {"PERSON", "ORG", "NORP"}
                and t.lower_ in gaz.country_names
                and (t.head.lower_ in roles or t.head.lemma_.lower() in roles)  # not "Jordan's brother"
            )
        )
        and (t.lower_ in gaz.country_names or t.lower_ in gaz.capitals)
    ]
    _retag(doc, [(t.i, t.i + 1, "GPE") for t in found])


def _retag(doc: Doc, spans: list[tuple[int, int, str]]) -> None:
    """Make each (start, end, label) an entity of its own, cut out of whatever entities the model made its
    tokens part of; the rest of those keeps its label ("Niger on Tuesday" (DATE) -> "Niger" (GPE), "on
    Tuesday" (DATE))."""
    from spacy.tokens import Span

    if not spans:
        return
    taken = {i for start, end, _ in spans for i in range(start, end)}
    ents: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or i in taken:
                if i > start:
                    ents.append(Span(doc, start, i, label=ent.label_))
                start = i + 1
    ents += [Span(doc, start, end, label=label) for start, end, label in spans]
    doc.ents = sorted(ents, key=lambda e: e.start)


def _places_read_as_adverbs(doc: Doc) -> None:
    """ "The Syrian army shelled Aleppo on Monday", "bombed Mosul": the small model may read a place's name
    right after a verb as an adverbial (npadvmod), often tagged a work of art. A known place's one-word name
    there, on a verb with no object, is its object, and a place."""
    gaz = gazetteer()
    found = [
        t
        for t in doc
        if t.dep_ == "npadvmod"
        and t.pos_ == "PROPN"
        and t.i == t.head.i + 1
        and t.head.pos_ == "VERB"
        and t.ent_type_ not in {"DATE", "TIME", "PERSON"}
        and not any(c.dep_ in {"dobj", "obj"} for c in t.head.children)
        and (t.lower_ in gaz.country_names or t.lower_ in gaz.capitals or bool(gaz.places_named(t.lower_)))
    ]
    for tok in found:
        tok.dep_ = "dobj"
    _retag(doc, [(t.i, t.i + 1, "GPE") for t in found])


def _payers_read_into_sums(doc: Doc) -> None:
    """ "The European Commission fined Google 2.4 billion euros": the small model reads the double object as
    one sum, the name a modifier of the currency and part of the MONEY entity. A name before the number of a
    sum that a verb takes as its object is the verb's own object (the one fined, paid or owed), and an
    entity of its own: a body (or a country, when the gazetteer knows the name)."""
    gaz = gazetteer()
    found = []
    for tok in doc:
        sum_ = tok.head
        if not (
            tok.pos_ == "PROPN"
            and tok.dep_ in {"nmod", "compound"}
            and tok.ent_type_ == "MONEY"
            and sum_.dep_ == "dobj"
            and sum_.head.pos_ == "VERB"
            and tok.i < sum_.i
        ):
            continue
        numbers = [t.i for t in doc[tok.i : sum_.i] if t.like_num or t.pos_ == "NUM" or t.is_currency]
        if (
            numbers
            and tok.i < numbers[0]
            and all(t.pos_ == "PROPN" for t in doc[tok.left_edge.i : tok.i + 1])
        ):
            found.append(tok)
    spans = [(t.left_edge.i, t.i + 1, "GPE" if gaz.country_of_word(t.text) else "ORG") for t in found]
    _retag(doc, spans)
    for tok in found:
        tok.head = tok.head.head  # the sum's verb
        tok.dep_ = "dobj"


def _finished(draft: _Draft) -> Event:
    return Event(**{f.name: getattr(draft, f.name) for f in fields(Event)})


# -- from mentions to events ---------------------------------------------------------------------------------
@dataclass(eq=False)
class _Draft(Event):
    """An event under construction, remembering the mentions it came from."""

    mentions: list[Mention] = field(default_factory=list)
    target_key: str | None = None


def _draft(m: Mention, source: Actor | None, target: Actor | None, others: list[Actor]) -> _Draft:
    sentence = m.sentence
    text = sentence.text.strip()
    start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    evidence = Evidence(text, start, start + len(text), m.sentence_index)
    draft = _Draft(
        type=m.type,
        source=source,
        target=target,
        evidence=[evidence],
        mode=m.trigger.mode,
        cameo=m.trigger.cameo if m.type == m.trigger.type else None,
        others=others,
        modality=m.modality,
        attributed_to=m.attributed_to,
        trigger=m.token.text,
    )
    if m.date is not None:
        draft.date_text, draft.date_relation = m.date.text, m.date.relation
    if m.date is not None and m.date.date:
        draft.date, draft.date_precision = m.date.date, m.date.precision
        draft.date_text, draft.date_relation = m.date.text, m.date.relation
    draft.place = m.place
    draft.mentions.append(m)
    # a target named but of no known country ("the NTC") is still this target, not a blank to fill
    draft.target_key = (target.key or f"?{target.text.lower()}") if target else None
    return draft


def _expand(m: Mention) -> list[_Draft]:
    """One event per target country (and per source for "A and B condemned X")."""
    sources: list[Actor | None] = [a for a in m.sources if a.key] or [*m.sources[:1]]
    targets: list[Actor] = [a for a in m.targets if a.key] or m.targets[:1]
    if m.anaphoric and not m.has_actor:
        return [_draft(m, None, None, [])]
    # "A, B and C met" is one multilateral event; "A cooperates with B, C and D" is one event per target
    # ... but "A, B and C joined the US-led coalition" is one event per member, with the coalition's owner
    member_keys = {a.key for a in sources if a is not None}
    joiners = (
        m.type == "COOPERATE"
        and not m.multilateral
        and any(t.key for t in targets)
        and not member_keys & {t.key for t in targets}
    )
    if (
        m.type in SYMMETRIC_TYPES
        and len(sources) + len(targets) > 2
        and (m.multilateral or len(sources) > 1)
        and not joiners
    ):
        everyone = _distinct_keys([a for a in [*sources, *targets] if a is not None])
        return [_draft(m, everyone[0], everyone[1] if len(everyone) > 1 else None, everyone[2:])]
    drafts = []
    target_options: list[Actor | None] = [*_distinct_keys(targets)] or [None]
    # "Both the chief constable and the commissioner urged ...": one event per source country, as per target
    source_options: list[Actor | None] = [*_distinct_keys([a for a in sources if a is not None])] or [None]
    for source in source_options:
        for target in _others_than(source, target_options):
            # "It was listed by the WHO", with "it" taken for the WHO: no body acts on itself; but "clashes
            # between Indian and Chinese troops" are two sides named in one phrase
            same = (
                source is not None
                and target is not None
                and (
                    (source.text == target.text and source.key == target.key)
                    or (source.org is not None and source.org == target.org)
                    or _owned_by_source(m, source, target)
                )
            )
            aimed = None if same or _visit_at_home(m, source, target) else target
            drafts.append(_draft(m, source, aimed, []))
    return drafts


def _owned_by_source(m: Mention, source: Actor, target: Actor) -> bool:
    """ "O'Rourke defended his proposal", "the NBA suspended its season": the target only the owner of
    the thing acted on, and the owner the actor itself. Stances only: a measure on what a state owns
    ("France reopened its schools") is aimed at its people. Not "her" (an object as often as an owner),
    nor where the subject is a speaker's "I" ("I pray for his return": he is someone else)."""
    if m.type not in STANCES or target.text.lower() not in {"his", "its", "their"}:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in {"i", "we", "you"} for c in m.token.children):
        return False
    same = (target.name, target.key, target.sector, target.role)
    return (source.name, source.key, source.sector, source.role) == same


def _visit_at_home(m: Mention, source: Actor | None, target: Actor | None) -> bool:
    """ "The president visited Kenya", "the foreign minister flew to Beijing for talks", with the visitor's
    country only taken from the story (Kenya's, China's): no one "visits" their own country or flies to its
    capital for talks, so the visitor is of another the article does not say. (A tour of a town at home,
    "the president visited Kisumu", is a visit the annotation guidelines record.)"""
    if m.trigger.mode != "visit" or source is None or target is None or source.basis != "context":
        return False
    gaz, name = gazetteer(), name_key(target.text)
    the_country = name in gaz.country_names or gaz.capitals.get(name) == target.country
    return target.role is None and the_country and source.country == target.country


def _others_than(source: Actor | None, targets: list[Actor | None]) -> list[Actor | None]:
    """ "Visits between their capitals were suspended" by unnamed authorities, taken for the home country's:
    an act between several countries, of which an inferred government is one, is aimed at the others (not
    so for unnamed attackers: "an attack on an Iraqi base housing US troops" hit both)."""
    if source is None or source.basis != "context" or source.sector != "GOV" or len(targets) < 2:
        return targets
    # the targets' keys are distinct (``_distinct_keys``): at most one is the source's, and others remain
    return [t for t in targets if t is None or t.key != source.key]


def _distinct_keys(actors: list[Actor]) -> list[Actor]:
    seen: set[str | None] = set()
    out = []
    for actor in actors:
        if actor.key not in seen or actor.key is None:
            seen.add(actor.key)
            out.append(actor)
    return out


def _participants(e: _Draft) -> frozenset[str | None]:
    keys = [a.key for a in [e.source, e.target, *e.others] if a is not None]
    return frozenset(keys)


def _same_event(a: _Draft, b: _Draft) -> bool:
    if _same_exit(a, b):
        return True
    if a.type != b.type or a.modality != b.modality:
        return False
    if (
        a.date
        and b.date
        and not _same_time(a.date, b.date)
        and not _within_open(a, b)
        and not _within_open(b, a)
    ):
        return False
    gap = b.evidence[0].sentence - a.evidence[-1].sentence
    # "criticized Trump's refusal, accusing the president of ...": one act told in two words
    if (
        gap == 0
        and a.mode != b.mode
        and a.type not in TALK_TYPES | {"PROTEST", "ACCUSE", "SUPPORT"}
        and not (a.type == "ASSAULT" and _coordinated(a, b))
        and not _purpose(a, b)
    ):
        return False  # "ordered the network shut, as under the martial law of 1972": two acts
    if _different_people(a, b):
        return False
    if any(m.campaign for m in a.mentions) != any(m.campaign for m in b.mentions):
        return False  # "weeks of protests" are not the one protest of today
    if a.type in SPEECH_ACTS and _different_reasons(a, b):
        return False  # "attacked Trump for the comment", later "attacked Trump for the deaths": two
    if a.type in SYMMETRIC_TYPES:
        same_actors = _participants(a) == _participants(b) or _participants(b) <= _participants(a)
    else:
        same_actors = (a.source.key if a.source else None) == (b.source.key if b.source else None) and (
            a.target_key == b.target_key or None in (a.target_key, b.target_key) or _inferred_target(a, b)
        )
    same_trigger = a.trigger is not None and b.trigger is not None and a.trigger.lower() == b.trigger.lower()
    # "Biden called Trump a clown ... attacked Trump for the deaths": two sentences of criticism in other
    # words are two statements; a meeting told as "met", then "held talks", is one
    same_words = same_trigger or (a.mode == b.mode and a.type not in SPEECH_ACTS)
    # an actor we only inferred ("unidentified attackers") says nothing against two mentions being one event
    inferred = any(x is not None and x.basis == "context" for x in (a.source, b.source)) and (
        a.type == "ASSAULT" or a.mode == b.mode
    )
    close = gap <= MERGE_WINDOW and (same_words or inferred)
    # "was due to stand down in August ... announced he would stand down": one plan, told twice, anywhere
    # (the dates were found compatible above)
    one_plan = a.modality == "planned" and a.mode == b.mode
    if not (same_actors and (gap == 0 or close or one_plan or bool(a.date and a.date == b.date))):
        return False
    # "in a separate attack", "another protest": the sentence says it is not the same (read last: it scans
    # the sentence, and most candidates fail the cheaper tests above)
    return gap == 0 or not _told_apart(b)


def _coordinated(a: _Draft, b: _Draft) -> bool:
    """Told by two verbs joined by "and" ("shot and killed two protesters"): one attack, in two words."""
    return any(x.token in y.token.conjuncts for x in a.mentions for y in b.mentions)


def _purpose(a: _Draft, b: _Draft) -> bool:
    """ "Donated $10 million for earthquake relief": an act and, after its "for", the same act named as what
    it is for, are one act."""
    return any(
        y.token.dep_ == "pobj" and y.token.head.lower_ == "for" and y.token.head.head == x.token
        for one, other in ((a, b), (b, a))
        for x in one.mentions
        for y in other.mentions
    )


def _different_reasons(a: _Draft, b: _Draft) -> bool:
    """Both statements say what they were made for, and not the same thing."""
    reasons_a = _reasons(a)
    if not reasons_a:
        return False
    reasons_b = _reasons(b)
    return bool(reasons_b) and not reasons_a & reasons_b


def _reasons(draft: _Draft) -> set[str]:
    """What a statement was made for: the nouns after its verb's "for" ("attacked Trump for the tweet")."""
    return {
        g.lemma_.lower()
        for m in draft.mentions
        if not m.nominal
        for prep in m.token.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for g in prep.children
        if g.dep_ == "pobj"
    }


def _same_exit(a: _Draft, b: _Draft) -> bool:
    """A named person quits a race once: "Senator Diaz is suspending her campaign", later
    "since she ended her bid", are one concession however far apart and however told."""
    if not (a.type == b.type == "CONCEDE" and a.mode in EXITS and b.mode in EXITS):
        return False
    x, y = a.source, b.source
    return x is not None and y is not None and x.key == y.key and _one_person(x, y)


def _one_mention(a: _Draft, b: _Draft) -> bool:
    return bool({id(m) for m in a.mentions} & {id(m) for m in b.mentions})


def _inferred_target(a: _Draft, b: _Draft) -> bool:
    """One mention names the target, another of the same sentence or day only had one inferred ("marched ...
    in protests against Chinese encroachment", then "yesterday's march"): nothing says they are two events."""
    gap = b.evidence[0].sentence - a.evidence[-1].sentence
    if _one_mention(a, b):
        return False  # one mention's several targets ("a base housing US troops") are several events
    near = gap == 0 or bool(a.date and a.date == b.date and a.date_precision == "day")
    return near and any(x.target is not None and x.target.basis == "context" for x in (a, b))


def _claimed_attacks(events: list[_Draft], claimants: list[Actor]) -> None:
    """Attacks reported with no attacker named are by whoever the article says claimed them ("a rebel
    group said it carried out the raids and took the blame"), when one party did."""
    keys = {a.key for a in claimants}
    if len(keys) != 1:
        return
    for event in events:
        if event.type == "ASSAULT" and event.source is not None and event.source.basis == "context":
            event.source = replace(claimants[0], basis="linked")


def _within_open(a: _Draft, b: _Draft) -> bool:
    """``a`` is only said to come after a day no one stated ("announced he would stand down": some time
    after the report), and ``b``'s time is later: "was due to stand down in August" may be the same act."""
    if not a.date or not b.date or a.date_text:
        return False
    return a.date_relation == "after" and b.date[:10] >= a.date[:10]


def _same_time(a: str, b: str) -> bool:
    """ "2020" and "2020-11-14" may be one time, said less and more precisely; two days are two times."""
    a, b = a[:10], b[:10]
    return a == b or a.startswith(b) or b.startswith(a)


def _different_people(a: _Draft, b: _Draft) -> bool:
    """Two named people on the same side are two events (a president and a minister of one country):
    "met Assad ... also met Foreign Minister Faisal Mekdad". "Bashar al-Assad" and "Assad" are one.
    So are two kinds of actor of one country: "he stabbed two people ... police shot him"."""
    x, y = a.source, b.source
    if x is not None and y is not None and x.sector != y.sector:
        if "UNK" not in (x.sector, y.sector):
            return True
        forces = {x.sector, y.sector} & {"COP", "MIL"}
        if forces and any(s.sector == "UNK" and s.basis == "context" for s in (x, y)):
            return True  # police named as shooting are not the attackers we had to infer
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x is None or y is None or not x.name or not y.name or x.name == y.name:
            continue
        if _the_state(x) or _the_state(y):
            continue  # "will travel to Tokyo for a summit with Kishida": Japan is met in its prime minister
        if (x.role and y.role) or not _one_person(x, y):
            return True
    return False


def _the_state(actor: Actor) -> bool:
    """A country named as itself ("Japan", "Tokyo" for Japan), not a person or a body of it."""
    country = gazetteer().countries.get(actor.country or "")
    return country is not None and actor.role is None and actor.name == country.name


def _one_person(x: Actor, y: Actor) -> bool:
    """Two named actors are one person: the same name, or the same surname ("Bashar al-Assad", "Assad")."""
    if not x.name or not y.name:
        return False
    return x.name == y.name or surname(x.name) == surname(y.name)


def _absorb(into: _Draft, other: _Draft) -> None:
    for ev in other.evidence:
        if all(ev.start != e.start for e in into.evidence):
            into.evidence.append(ev)
    into.mentions += other.mentions
    if not into.date and other.date:
        into.date, into.date_precision = other.date, other.date_precision
        into.date_text, into.date_relation = other.date_text, other.date_relation
    if into.place is None and other.place is not None:
        into.place = other.place
    if into.attributed_to is None:
        into.attributed_to = other.attributed_to
    if _casualty_report(into) and other.source is not None and not _casualty_report(other):
        into.source = other.source  # the toll of an attack whose attackers the sentence names
    inferred = into.target is not None and into.target.basis == "context"
    if other.target is not None and (into.target is None or (inferred and other.target.basis != "context")):
        into.target, into.target_key = other.target, other.target_key


def _merge(groups: Iterable[list[_Draft]]) -> list[_Draft]:
    events: list[_Draft] = []
    for drafts in groups:
        for draft in drafts:
            if draft.source is None and draft.target is None:
                host = next(
                    (
                        e
                        for e in reversed(events)
                        if e.type == draft.type
                        and draft.evidence[0].sentence - e.evidence[-1].sentence <= ANAPHORA_WINDOW
                    ),
                    None,
                )
                if host is not None:
                    _absorb(host, draft)
                continue
            host = next((e for e in reversed(events) if _same_event(e, draft) or _toll_of(e, draft)), None)
            if host is None and _casualty_report(draft):
                host = next(
                    (
                        e
                        for e in reversed(events)
                        if e.type == "ASSAULT"
                        # an attack whose attackers are unknown cannot carry the toll: it is dropped later
                        and e.source is not None
                        and draft.evidence[0].sentence - e.evidence[-1].sentence <= ANAPHORA_WINDOW
                        and not _one_mention(e, draft)
                    ),
                    None,
                )
            if host is not None:
                _absorb(host, draft)
            else:
                events.append(draft)
    return events


def _one_attack_a_day(events: list[_Draft]) -> list[_Draft]:
    """ "A stabbing killed three people on Saturday", and five sentences on "a man attacked a group of
    men": attacks on the same day against the same people, by no one the article names, are one attack, told
    in the lead and again in the account after it (too far apart for the merging of nearby mentions)."""
    kept: list[_Draft] = []
    for event in events:
        unnamed = _unnamed_attack(event)
        host = (
            next((e for e in kept if _unnamed_attack(e) and _same_day(e, event)), None) if unnamed else None
        )
        if host is not None and not _one_mention(host, event) and not _told_apart(event):
            _absorb(host, event)
        else:
            kept.append(event)
    return kept


def _told_apart(draft: _Draft) -> bool:
    """ "In a separate attack, gunmen killed five guards": the sentence says it is another one."""
    return any(t.lower_ in _ANOTHER for m in draft.mentions for t in m.sentence)


def _unnamed_attack(draft: _Draft) -> bool:
    source = draft.source
    return draft.type == "ASSAULT" and source is not None and source.basis == "context" and not source.name


def _same_day(a: _Draft, b: _Draft) -> bool:
    same_actors = a.source is not None and b.source is not None and a.source.key == b.source.key
    same_day = bool(a.date) and a.date == b.date and a.date_precision == b.date_precision == "day"
    return same_actors and a.target_key == b.target_key and same_day and a.modality == b.modality


def _toll_of(toll: _Draft, attack: _Draft) -> bool:
    """ "Three soldiers were killed when gunmen attacked their base": the deaths and the attack the same
    sentence ties to them by a clause are one event, by the attackers it names."""
    if not (_casualty_report(toll) and attack.type == "ASSAULT" and attack.modality == toll.modality):
        return False
    if attack.source is None or _casualty_report(attack) or _one_mention(toll, attack):
        return False
    return any(
        a.token.head == t.token or t.token.head == a.token
        for t in toll.mentions
        for a in attack.mentions
        if a.token.dep_ == "advcl" or t.token.dep_ == "advcl"
    )


def _casualty_report(draft: _Draft) -> bool:
    """ "Three people were killed", "two officers were injured" right after an attack: its toll, not a new
    attack (the attacker was only inferred)."""
    source = draft.source
    # "police shot him": named by what they are, not an attacker we had to infer
    inferred = source is not None and source.basis == "context" and source.sector == "UNK"
    return draft.type == "ASSAULT" and inferred


def _complete(event: _Draft) -> bool:
    """Enough to record: a known source, and a known target for the acts that are aimed at someone (an
    accusation, an attack, an arrest, a meeting, praise, a threat) or done with someone (cooperation)."""
    if not _known(event.source):
        return False
    if event.type == "CONSULT" and event.source.sector == "IGO" and event.mode in GATHERINGS:
        return True  # "the annual meeting of the UN General Assembly": its members meet
    return event.type not in NEEDS_TARGET or _known(event.target)


def _days_named(doc: Doc, published: dt.date | None) -> list[tuple[int, str]]:
    """(sentence index, day) for every day before publication the article names, in order: "Yesterday,
    parliament voted ...", "deputies on Tuesday elected ..." set the day of what follows even with no
    event."""
    if published is None:
        return []
    starts = [sentence.start for sentence in doc.sents]
    days: list[tuple[int, str]] = []
    for ent in doc.ents:  # once over the entities: Span.ents would scan them all for every sentence
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        found = resolve_date(ent.text, published, guess=False)
        # "today" says nothing about when the earlier story happened; the publication date is the fallback
        if found and found.date and found.precision == "day" and found.date < published.isoformat():
            days.append((bisect.bisect_right(starts, ent.start) - 1, found.date))
    return days


def _inherit_scene(events: list[_Draft], published: dt.date | None, days: list[tuple[int, str]]) -> None:
    """Undated statements belong to the scene reported before them: its date, and its place when they share
    an actor ("Syria supports ..." said at the meeting in Damascus). Before any scene, the last past day the
    article named; with none, the publication date. What is said not to happen ("did not concede in his
    statement") is dated by the day it was said; what is planned or possible, after that day."""
    scene: _Draft | None = None
    first_dated = next((e for e in events if _sets_scene(e)), None)
    for event in events:
        if scene is None:
            named = [day for index, day in days if index <= event.evidence[0].sentence]
            if named:
                first_dated = _Draft(
                    event.type, None, None, [], date=named[-1], date_precision="day", date_relation="on"
                )
        offset = scene_offset(event.date_text or "") if not event.date else None
        if offset is not None:  # "that night", "the following day": counted from the scene's day
            donor = scene or first_dated
            start = (
                donor.date[:10]
                if donor is not None and donor.date and donor.date_precision == "day"
                else None
            )
            if start is None and offset < 0 and published is not None:
                start = published.isoformat()  # "a week before", with no scene yet: before the day of writing
            if start is not None:
                day = dt.date.fromisoformat(start) + dt.timedelta(days=offset)
                event.date, event.date_precision, event.date_relation = day.isoformat(), "day", "on"
                continue
            event.date_text = None  # no day to count from: undated, as below
        own_date = bool(event.date or event.date_text)
        if own_date and _sets_scene(event):
            scene = event
            continue
        if own_date:
            continue
        donor = scene or first_dated
        # "plans to leave the EU", "could retaliate": after the day it was said
        if event.modality in {"planned", "hypothetical"}:
            said = donor.date if donor is not None and donor.date_precision == "day" else None
            said = said or (published.isoformat() if published is not None else None)
            if said is not None:
                event.date, event.date_precision, event.date_relation = said[:10], "day", "after"
            continue
        if (
            donor is not None
            and donor.date
            and (published is None or donor.date[:10] <= published.isoformat())
        ):
            event.date, event.date_precision, event.date_relation = donor.date, donor.date_precision, "around"
            if (
                event.place is None
                and donor.place is not None
                and _participants(event) & _participants(donor)
            ):
                event.place = replace(donor.place)
        elif published is not None:
            event.date, event.date_precision, event.date_relation = published.isoformat(), "day", "before"


def article_places(doc: Doc, actors: ArticleActors) -> list[Place]:
    """Where the article's story happens, most likely first: the places it says things happen in ("in
    Gdańsk", "at Victoria Park", "in Iraq") in the country most named that way (the article's home country
    when none is), cities before the country itself, most mentioned first."""
    counts: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    found: dict[str, Place] = {}
    for ent in doc.ents:
        root = ent.root
        if (
            ent.label_ not in {"GPE", "LOC", "FAC"}
            or root.dep_ != "pobj"
            or root.head.lower_ not in PLACE_PREPS
        ):
            continue
        place = place_from_name(
            ent.text, text=ent.text, named_countries=actors.named_countries, gaz=actors.gaz
        )
        if place is None or place.country is None:
            continue
        countries[place.country] += 1
        if place.kind != "country":
            counts[place.name] += 1
            found.setdefault(place.name, place)
    ranked = countries.most_common(2)
    story: str | None = actors.home_country
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        story = ranked[0][0]
    if story is None:
        return []
    cities = [found[name] for name, _ in counts.most_common() if found[name].country == story]
    whole = _country_wide(story, actors.gaz)
    return cities + ([whole] if whole is not None else [])


def _country_wide(iso3: str | None, gaz: Gazetteer) -> Place | None:
    """A country as the place of events not stated for them: no coordinates (nothing is drawn at a
    country's centroid) and no words of the article."""
    country = gaz.countries.get(iso3) if iso3 else None
    return Place(country.name, country.iso3, None, None, None, "country") if country is not None else None


def _default_places(events: list[_Draft], places: list[Place]) -> None:
    """An event with no place of its own happens where the article's story happens, when that is in the
    country of one of its actors or it has no actor with a country (a Hong Kong protest story's events are
    in Hong Kong). Marked by ``text=None``: the place was not stated for this event; a country-wide place has
    no coordinates, so that nothing is drawn at a country's centroid."""
    if not places:
        return
    home = places[0]
    for event in events:
        if event.place is not None:
            continue
        countries = {
            a.country for a in (event.source, event.target, *event.others) if a is not None and a.country
        }
        if countries and home.country not in countries:
            continue
        event.place = replace(home, text=None)


def _hosted_at_home(events: list[_Draft], gaz: Gazetteer) -> None:
    """ "Norway hosted peace talks between the Colombian government and the FARC", "the Iranian president
    received the Iraqi prime minister": with no place stated, a host receives at home, in its country
    (country-wide: no coordinates; ``text=None``: not stated), not where the story's other party is."""
    for event in events:
        source = event.source
        if event.place is None and event.mode == "host" and _known(source) and source.country:
            event.place = _country_wide(source.country, gaz)


def _attacks_on_home_ground(events: list[_Draft], gaz: Gazetteer) -> None:
    """An attack with no place stated, none from the story and only its victims' country known ("Armenia
    said 300 Azerbaijani troops died") happened in the victims' country."""
    for event in events:
        target = event.target
        if event.place is None and event.type == "ASSAULT" and target is not None:
            event.place = _country_wide(target.country, gaz)


# the state's own bodies: what they do at home with no place stated is done in their country
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})


def _domestic_acts(events: list[_Draft], gaz: Gazetteer) -> None:
    """An act of a state body at home, with no place stated and none from the story, and no party of another
    country or none ("lawmakers in Peru voted to repeal ...", "the House impeached the President", "the
    Indian government banned the sale of e-cigarettes"), happens in that country, country-wide (no
    coordinates; ``text=None``: not stated)."""
    for event in events:
        if event.place is not None:
            continue
        # every party named of the one country, the source a state body: a call on NATO may be made anywhere
        countries = {a.country for a in (event.source, event.target, *event.others) if _known(a)}
        source = event.source
        if _known(source) and source.sector in _STATE_SECTORS and len(countries) == 1:
            event.place = _country_wide(countries.pop(), gaz)


def _sets_scene(event: Event) -> bool:
    """An asserted event on a stated day ("met on Monday") sets the scene for the statements that follow;
    a vague "last week" does not."""
    return (
        bool(event.date)
        and event.modality == "asserted"
        and event.date_precision == "day"
        and (event.date_relation == "on")
    )


def confidence(event: Event, position: float = 0.0) -> float:
    """A score in [0, 1] of how firmly the event was found; docs/confidence.md explains each term.

    The terms are the signs that separate right from wrong records in our error analysis: a target the
    sentence names, a date stated with the event, a verb rather than a noun, more than one sentence saying
    it, an official actor acting, an event told in the article's lead; and against: a target only inferred
    or missing, a source only inferred, acts that did not or may not happen, and an event first told further
    down. ``position`` is where the event is first told, as a share of the article's sentences (0: the first).
    """
    drafts = getattr(event, "mentions", [])
    score = 0.62
    if any(not m.nominal for m in drafts):
        score += 0.05
    target = event.target
    if not _known(target):
        score -= 0.1
    elif target.basis == "context":
        score -= 0.05
    else:
        score += 0.12
    if event.source is None or not event.source.key:
        score -= 0.2
    elif event.source.basis == "context":
        score -= 0.03
    elif event.source.sector in OFFICIAL_SECTORS:
        score += 0.06
    if event.date_text:
        score += 0.1
    if len(event.evidence) > 1:
        score += 0.05
    if event.modality in {"hypothetical", "negated"}:
        score -= 0.15
    score += LEAD_WEIGHT if position < LEAD_SHARE else -LEAD_WEIGHT
    return max(0.05, min(0.99, score))
