"""When and where a mention happens: the date words of its clause or of the scene, and its place."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Span, Token

from tidings.actors import entity_of
from tidings.dates import ResolvedDate, is_span, resolve_date, scene_offset
from tidings.knowledge import Gazetteer
from tidings.mentions import PARTICLES, PLACE_PREPS, SPEECH_VERBS, Mention, SentenceReader, phrase_text
from tidings.places import capital_of, place_from_name
from tidings.records import Place

# "a market in Lahore": a spot within a named place (not "at", which names a spot: "in protest at ...")
_NESTED_PLACE_PREPS = frozenset({"in", "near", "outside", "inside"})
# "took to the streets of Khartoum", "marched through Tbilisi", "on the outskirts of Kabul": an area of a
# place
# (or any place gone through) is where the act happens
_MOTION_PREPS = frozenset({"to", "through", "into", "onto", "across", "along", "on"})
_LEFT_PREPS = frozenset({"from", "of"})  # "withdrew from Mali", "pulled out of Syria"
# what takes a place ("captured Kidal", "seized control of Goma"), and the word for holding it
_TAKING = frozenset({"capture", "seize"})
_CONTROL = frozenset({"control"})
# "the recent meeting": said to be in the past, with no date to resolve and none to inherit
_VAGUE_PAST = {"recent", "recently", "earlier", "previous", "past", "former", "last"}
_PAST_AUX = frozenset({"has", "have", "had"})
_SCENE_HEADS = frozenset(
    {"day", "night", "morning", "afternoon", "evening", "later", "earlier", "before", "after"}
)


class SceneReader(SentenceReader):
    """The date and place of a mention."""

    def _date(self, m: Mention) -> ResolvedDate | None:
        """The date words of the trigger's own clause, else those attached to a clause it depends on ("On
        Friday, the coalition said an attack ..."; "Clashes began on Sunday as crowds gathered")."""
        # "last night", "Saturday evening" are TIME entities to the recogniser; clock times resolve to nothing
        dates = [e for e in m.sentence.ents if e.label_ in {"DATE", "TIME"}]
        # "the August 2 resignation", "last week's protests": the noun's own day first
        mine = {t.i for t in m.token.subtree} if m.nominal else set()
        vague = next(
            (c for c in m.token.children if c.lower_ in _VAGUE_PAST and c.dep_ in {"amod", "advmod"}), None
        )
        # not "two days earlier" (counted below), nor "the previous limit introduced on March 4"
        if (
            vague is not None
            and scene_offset(phrase_text(vague)) is None
            and not any(e.root.i in mine and vague.i not in range(e.start, e.end) for e in dates)
        ):
            return ResolvedDate(None, None, "before", vague.text)
        head = self._clause_head(m)
        own = {t.i for t in self._clause_tokens(head)}
        ancestors = {a.i for a in head.ancestors}
        ranked = [e for e in dates if e.root.i in mine and e.root.i < m.token.i]
        # "a lawsuit filed on Sunday"; not "visits between capitals, which were suspended in 2011"
        ranked += [e for e in dates if e.root.i in mine and e not in ranked and _said_of(e, m.token)]
        ranked += [e for e in dates if e.root.i in own and e not in ranked]
        ranked += [e for e in dates if e.root.i not in own and _attachment(e.root).i in ancestors | {head.i}]
        # last, another day named in the sentence: nearer the event than the scene the article set before
        others = [e for e in dates if e not in ranked]
        scene: ResolvedDate | None = None
        for ent in ranked + others:
            if _of_another_noun(ent, m.token):
                continue  # "found guilty of lying to the inquiry into the 2016 election": the election's year
            lead_start = max(m.sentence.start, ent.start - 12)
            lead = m.sentence.doc[lead_start : ent.start].text
            counted = _counted_from(ent, m.token)
            if counted is not None and scene is None:
                scene = ResolvedDate(None, None, "on", counted)  # "a week after the ministers met in Oslo"
                continue
            if scene_offset(ent.text) is not None:
                # "that night", "the following day": dated by the scene before it (in extract), unless the
                # sentence names a day itself ("On Friday, ... said an attack that day ...")
                if ent not in others and scene is None:
                    scene = ResolvedDate(None, None, "on", ent.text)
                continue
            # "said on Saturday that transport would be shut down": the day it was said, and after it
            said_before = m.modality == "planned" and self._told_in_past(ent)
            resolved = resolve_date(
                ent.text,
                self.published,
                lead=lead,
                future=m.modality == "planned" and not said_before,
                guess=ent.label_ == "DATE",  # a clock time is no date; do not ask dateparser
            )
            if resolved is None or resolved.date is None or not self._plausible(resolved.date):
                continue
            if ent in others and resolved.precision != "day":
                continue
            if said_before and resolved.relation == "on":
                return replace(resolved, relation="after")
            return resolved
        return scene or self._scene_words(head)

    def _told_in_past(self, ent: Span) -> bool:
        """ "On Saturday, the minister said transport would be shut down": a day that hangs on a reporting
        verb in the past tense is the day it was said, not the day of the planned event ("the hearing has been
        set for May" is)."""
        verb = _attachment(ent.root)
        if verb.lemma_.lower() not in self.lex.reporting_verbs | SPEECH_VERBS:
            return False
        return verb.tag_ == "VBD" or (
            verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PAST_AUX for c in verb.children)
        )

    def _scene_words(self, head: Token) -> ResolvedDate | None:
        """ "the following day", "two days later" where the entity recogniser saw no date."""
        for tok in self._clause_tokens(head):
            if tok.lower_ not in _SCENE_HEADS or tok.dep_ not in {"npadvmod", "advmod", "pobj"}:
                continue
            text = phrase_text(tok)
            if scene_offset(text) is not None:
                return ResolvedDate(None, None, "on", text)
        return None

    def _plausible(self, date: str) -> bool:
        """News reports the past and the near future: "2259" in "Resolution 2259" is no year."""
        if self.published is None:
            return True
        return self.published.year - 150 <= int(date[:4]) <= self.published.year + 10

    def _place(self, m: Mention) -> Place | None:
        """A place attached to the trigger or its clause ("met ... in Damascus", "the meeting ... in Moscow"),
        not one buried in an argument ("stances adopted since the operation in Ukraine")."""
        head = self._clause_head(m)
        prefer = [a.country for a in m.sources + m.targets if a.country]
        for anchor in dict.fromkeys([m.token, head, *list(head.ancestors)[:3]]):
            place = self._place_after(anchor, PLACE_PREPS, prefer) or self._area_after(anchor, prefer)
            if place is not None:
                return place
        # "visited Damascus", "the trip to Warsaw", "sent troops to Poland"
        if m.trigger.mode in {"visit", "deploy"}:
            visited = m.trigger.mode == "visit" and not m.nominal
            for child in m.token.children:
                heads = [child] if child.dep_ == "dobj" and visited else []
                if child.dep_ == "prep" and child.lower_ == "to":
                    heads = [g for g in child.children if g.dep_ == "pobj"]
                for obj in heads:
                    place = self._place_of(obj, prefer)
                    if place is not None:
                        return place
        if m.type == "ASSAULT" and not m.nominal:
            # "drones struck Kyiv", "shelled Donetsk": the place attacked (not "struck the Iranian embassy",
            # which may stand anywhere)
            for obj in (c for c in m.token.children if c.dep_ == "dobj" and _named_place(c, self.actors.gaz)):
                place = self._place_of(obj, prefer)
                if place is not None:
                    return place
        if m.type == "RETREAT" and not m.nominal:
            # "withdrew its troops from Mali", "pulled out of Syria": where the forces leave
            # (a place by name, not a thing named after one: "withdrew from the Paris agreement")
            heads = [m.token, *(c for c in m.token.children if c.lower_ in PARTICLES)]
            for pobj in (
                g
                for head in heads
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in _LEFT_PREPS
                for g in prep.children
                if g.dep_ == "pobj" and g.pos_ == "PROPN"
            ):
                place = self._place_of(pobj, prefer)
                if place is not None:
                    return place
        if m.trigger.mode in _TAKING and not m.nominal:
            # "captured Kidal", "took over the town of Goma", "seized control of the city of Kherson": the
            # place taken
            for obj in (c for c in m.token.children if c.dep_ == "dobj"):
                held = [obj]
                if obj.lemma_.lower() in _CONTROL:
                    held = [
                        g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    ]
                for h in (g for g in held if g.dep_ in {"dobj", "pobj"}):
                    place = self._taken_place(h, prefer)
                    if place is not None:
                        return place
        if m.type == "ASSAULT":
            # "an attack on oil facilities in Saudi Arabia", "struck a refinery in southern Russia": where the
            # site attacked stands (a site named by its owner's nationality, "an attack on the Iranian
            # embassy", may stand anywhere)
            at = {"on", "against"} if m.nominal else {"at", "on", "against"}
            aimed = [c for c in m.token.children if c.dep_ == "prep" and c.lower_ in at]
            sites = [g for c in aimed for g in c.children if g.dep_ == "pobj"]
            sites += [c for c in m.token.children if c.dep_ == "dobj"] if not m.nominal else []
            # "shelled Kharkiv overnight, killing three civilians": the deaths are where the shells fell
            attack = self._outcome_of_attack(m)
            sites += [c for c in attack.children if c.dep_ == "dobj"] if attack is not None else []
            for obj in sites:
                # "fired rockets at Kharkiv", "shelled Mariupol" whatever the tagger took it for, "shelled the
                # town of Kramatorsk", "a market in Kano"
                place = self._taken_place(obj, prefer) or self._place_after(obj, _NESTED_PLACE_PREPS, prefer)
                if place is not None:
                    return place
        return None

    def _outcome_of_attack(self, m: Mention) -> Token | None:
        """The attack verb whose outcome the mention's clause tells ("shelled the town, killing three",
        "bombed the market, wounding dozens"): an -ing clause, no subject of its own, on a verb of attack."""
        verb = m.token
        if m.nominal or verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
            return None  # "after killing ...", "while police were shooting ...": another time, another act
        found = self.lex.verbs.get(verb.head.lemma_.lower())
        return verb.head if found is not None and found.type == "ASSAULT" else None

    def _place_after(self, head: Token, preps: frozenset[str], prefer: list[str]) -> Place | None:
        """The first place named by a phrase of one of ``preps`` that hangs on ``head`` ("met in Oslo")."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = self._place_of(pobj, prefer)
                if place is not None:
                    return place
        return None

    def _area_after(self, head: Token, prefer: list[str]) -> Place | None:
        """ "Marched through Tbilisi", "took to the streets of Khartoum", "blew up on the outskirts of
        Kabul": a place gone through, or an area of one (not "travelled to Paris", a journey's end, nor "wrote
        to the embassy")."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _MOTION_PREPS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ == "through" or pobj.lemma_.lower() in self.lex.area_nouns:
                    place = self._place_of(pobj, prefer)
                    if place is not None:
                        return place
        return None

    def _taken_place(self, tok: Token, prefer: list[str]) -> Place | None:
        """A place named as what is taken or attacked: by its name, whatever the tagger took it for
        ("captured Kidal", "shelled Mariupol"), or as the town, city or area of a name ("the town of
        Goma")."""
        if _named_place(tok, self.actors.gaz):
            return self._place_of(tok, prefer)
        if tok.pos_ == "PROPN" and self._mistagged_place(entity_of(tok) or tok.doc[tok.i : tok.i + 1]):
            name = (entity_of(tok) or tok.doc[tok.i : tok.i + 1]).text
            return self._look_up(name, name, prefer)
        if tok.lemma_.lower() in self.lex.civilian_sites | self.lex.area_nouns:
            return self._of_place(tok, prefer)
        return None

    def _of_place(self, tok: Token, prefer: list[str]) -> Place | None:
        """The place a noun of places is "of" ("the streets of Khartoum", "the town of Kramatorsk"), looked up
        by its name whatever the tagger took it for."""
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = self._place_of(pobj, prefer)
                if place is None and pobj.pos_ == "PROPN":
                    ent = entity_of(pobj)
                    name = ent.text if ent is not None else pobj.text
                    place = self._look_up(name, name, prefer)
                if place is not None:
                    return place
        return None

    def _place_of(self, tok: Token, prefer: list[str]) -> Place | None:
        gaz = self.actors.gaz
        if tok.lemma_.lower() == "capital":
            named = next(
                (
                    g
                    for c in tok.children
                    if c.dep_ in {"prep", "appos"}
                    for g in [c, *c.children]
                    if g.ent_type_ == "GPE"
                ),
                None,
            )
            if named is not None:
                return self._look_up(named.text, phrase_text(tok), prefer)
            for child in tok.children:
                if child.dep_ in {"amod", "compound", "poss"}:
                    iso3 = gaz.country_of_word(child.text)
                    if iso3:
                        return capital_of(iso3, text=phrase_text(tok), gaz=gaz)
            return None
        ent = entity_of(tok)
        if ent is not None and ent.label_ in {"ORG", "PERSON", "NORP"} and self._mistagged_place(ent):
            # "in Dhaka", "in Tabriz", "in Kidal" with the name tagged a body, a person or a people
            return self._look_up(ent.text, ent.text, prefer)
        if tok.lemma_.lower() in self.lex.civilian_sites and tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            # "in the West Bank city of Jenin", "the northern town of Kidal": the place named, not the region
            place = self._of_place(tok, prefer)
            if place is not None:
                return place
        if tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            # "at a Baghdad airport": the named place in front of the noun; "in Iraqi military bases": the
            # country of the demonym, and no more than the country
            for child in tok.children:
                if child.dep_ == "compound" and child.ent_type_ == "GPE":
                    return self._look_up(child.text, phrase_text(tok), prefer)
            for child in tok.children:
                iso3 = gaz.country_of_word(child.text) if child.dep_ == "amod" else None
                country = gaz.countries.get(iso3) if iso3 else None
                if country is not None and child.ent_type_ == "NORP":
                    return Place(country.name, iso3, None, None, phrase_text(tok), "country")
            # "a bombing in a market in Lahore", "a checkpoint near a village in northern Mali": the place
            # the spot is in (not where another act was: "in protest at the killings in Uganda")
            if tok.lemma_.lower() in self.lex.nouns:
                return None
            if tok.lemma_.lower() in self.lex.area_nouns:
                # "in the streets of Khartoum", "on the outskirts of Kabul": the place the area is of
                place = self._of_place(tok, prefer)
                if place is not None:
                    return place
            return self._place_after(tok, _NESTED_PLACE_PREPS, prefer)
        name = ent.text if ent is not None else tok.text
        compounds = [c for c in tok.lefts if c.dep_ == "compound"]
        countries: Collection[str] = self.actors.named_countries
        if compounds and all(c.dep_ == "compound" for c in tok.doc[compounds[0].i : tok.i]):
            # "in Upper Austria" tagged as two names, "Upper" and "Austria": the whole name when it is a place
            wider = tok.doc[compounds[0].i : tok.i + 1].text
            if gaz.places_named(wider.lower(), countries):
                name = wider
        held = self.actors.held_in(tok)
        if held is not None:
            # "Paris, Texas", "Norfolk, England": the place after the comma settles which one is meant
            prefer, countries = [held[1], *prefer], {held[1], *countries}
        place = place_from_name(name, text=name, prefer=prefer, named_countries=countries, gaz=gaz)
        if held is not None and (place is None or place.country != held[1]):
            # "in Sandy, Utah", "in Paris, Texas": a town the gazetteer lacks (it has Paris, France) is
            # placed in the state it is said to be in, and no finer (Utah's coordinates, kind "state")
            container = self._look_up(held[0], held[0], [held[1]])
            start = ent.start if ent is not None else tok.i
            return replace(container, text=tok.doc[start : held[2]].text) if container is not None else None
        return place

    def _mistagged_place(self, ent: Span) -> bool:
        """A place's name the tagger took for a body's or a person's: a country or a capital, or a city of the
        gazetteer that names no one in the article (its cities named after people, "Lincoln", are left out
        of it). Asked only of a word the sentence puts a place after ("in", "visited")."""
        return _bare_country_or_capital(ent, self.actors.gaz) or self._city_of_no_one(ent.text)

    def _city_of_no_one(self, name: str) -> bool:
        """A city of the gazetteer by that name, which names no one in the article ("Tabriz" is nobody): a
        town of the long tail only where the article names its country."""
        towns = self.actors.gaz.places_named(name.lower(), self.actors.named_countries)
        cities = [p for p in towns if p.get("kind") == "city"]
        return bool(cities) and not self.actors.names_person(name)

    def _look_up(self, name: str, text: str, prefer: list[str]) -> Place | None:
        """``name`` in the gazetteer, a division only where the article names its country."""
        countries = self.actors.named_countries
        return place_from_name(name, text=text, prefer=prefer, named_countries=countries, gaz=self.actors.gaz)


def _named_place(tok: Token, gaz: Gazetteer) -> bool:
    """A place's name: tagged as one, or a country's or capital's name tagged as something else."""
    ent = entity_of(tok)
    if ent is None:
        return False
    return ent.label_ in {"GPE", "LOC", "FAC"} or _bare_country_or_capital(ent, gaz)


def _bare_country_or_capital(ent: Span, gaz: Gazetteer) -> bool:
    """The whole name is a country's or a capital's, whatever the tagger took it for."""
    low = ent.text.lower()
    return low in gaz.capitals or low in gaz.country_names


def _attachment(tok: Token) -> Token:
    """The word a phrase hangs on, looking through its preposition ("on Friday" -> the verb)."""
    head = tok.head
    return head.head if head.dep_ == "prep" else head


def _counted_from(ent: Span, trigger: Token) -> str | None:
    """ "The vote came a week after the ministers met in Oslo": a span of time before "after" or "before"
    dates the event of the clause it introduces from the scene the main clause speaks of, a week before it. Of
    the main clause's own event ("visited Bolivia three weeks before the election") it says nothing we can
    resolve."""
    if not is_span(ent.text) or ent.end >= len(ent.doc):
        return None
    word = ent.doc[ent.end]
    if word.lower_ not in {"after", "before"}:
        return None
    clause = word.head if word.dep_ == "mark" else word
    if trigger.i <= word.i or trigger.i not in {t.i for t in clause.subtree}:
        return None  # "visited Bolivia three weeks before the election": counted from a day not known
    return f"{ent.text} {'before' if word.lower_ == 'after' else 'after'}"


def _of_another_noun(ent: Span, trigger: Token) -> bool:
    """A date that modifies a noun other than the trigger and its own arguments ("the 2016 election" deep in
    a phrase) dates that noun, not the event; "won the 2016 election", "in the March vote" still date it."""
    root = ent.root
    if root.dep_ not in {"compound", "nummod", "amod", "poss"} or root.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = root.head
    if noun.i == trigger.i or noun.head.i == trigger.i:
        return False
    return not (noun.head.dep_ == "prep" and noun.head.head.i == trigger.i)


def _said_of(ent: Span, noun: Token) -> bool:
    """A date after an event noun in its phrase says when that event happened unless a clause of another
    word's comes between them ("visits between the capitals, which were suspended in 2011")."""
    for above in ent.root.ancestors:
        if above.i == noun.i:
            return True
        if above.dep_ in {"relcl", "acl", "advcl", "ccomp"} and above.head.i != noun.i:
            return False
    return True
