"""Resolve the noun phrase around a token to actors: country or organisation, sector and role.

"Syrian President Bashar al-Assad" -> SYR GOV president; "Russian president's special envoy" -> RUS GOV;
"defense ministers from Syria, Turkiye and Russia" -> three MIL actors; "Moscow said" -> RUS GOV.
Within an article, later mentions ("Assad", "he", "the Syrian chief executive") resolve to the same actor
through :class:`ArticleActors`, which remembers who has been introduced.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from tidings.knowledge import (
    DIVISION_KINDS,
    ActorLexicon,
    Gazetteer,
    Organisation,
    Role,
    actor_lexicon,
    fold_name,
    gazetteer,
    name_key,
)
from tidings.records import Actor

# Dependency labels that belong to a noun phrase's own left part ("Syrian President", "Russia's").
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "npadvmod"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GROUP_PRONOUNS = {"they", "them", "their"}
_THING_PRONOUNS = {"it", "its"}
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
_AT = {
    "in",
    "at",
    "near",
    "inside",
    "across",
    "throughout",
    "to",
    "from",
}  # "in Syria" is a place, not an actor
_GROUPS = {"ORG", "GPE", "NORP"}
# What a company is called after its name ("the Boeing company", "the Huawei group").
_COMPANY_WORDS = frozenset({"company", "corporation", "firm", "group", "giant", "airline", "carrier", "bank"})
# Words in an organisation's name that give its sector when the organisation is not in our list.
_ORG_SECTOR_WORDS = {
    "ministry": "GOV",
    "government": "GOV",
    "department": "GOV",
    "office": "GOV",
    "council": "GOV",
    "commission": "GOV",
    "agency": "GOV",
    "authority": "GOV",
    "administration": "GOV",
    "bureau": "GOV",
    "directorate": "GOV",
    "transport": "GOV",
    "rescue": "GOV",
    "prosecutor": "JUD",
    "tribunal": "JUD",
    "guard": "MIL",
    "command": "MIL",
    "police": "COP",
    "army": "MIL",
    "navy": "MIL",
    "forces": "MIL",
    "force": "MIL",
    "court": "JUD",
    "parliament": "LEG",
    "assembly": "LEG",
    "senate": "LEG",
    "congress": "LEG",
    "party": "OPP",
    "house": "LEG",
    "front": "OPP",
    "movement": "OPP",
    "church": "REL",
    "university": "CVL",
    "union": "CVL",
    "association": "NGO",
    "foundation": "NGO",
    "institute": "NGO",
    "news": "MED",
    "times": "MED",
    "post": "MED",
    "press": "MED",
    "television": "MED",
    "radio": "MED",
    "bank": "BUS",
    "company": "BUS",
    "corporation": "BUS",
    "airlines": "BUS",
    "group": "BUS",
    "electric": "BUS",
    "energy": "BUS",
    "inc": "BUS",
    "ltd": "BUS",
}


_TOKENS_PER_WORD = 3  # "al-Shabaab": word, hyphen, word
_AIMED_AT_PLACE = frozenset({"at", "on", "into", "toward", "towards", "against", "near", "in"})


def _acted_on(tok: Token) -> bool:
    """The object of a verb, or of a preposition that aims at a place ("fired at", "attacks on")."""
    if tok.dep_ in {"dobj", "nsubjpass"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _AIMED_AT_PLACE


_OWN_MODIFIERS = {"amod", "compound", "poss", "nmod"}  # a conjunct with modifiers of its own keeps them


def _unplaced(actor: Actor) -> bool:
    """An actor named only by a role, whose country the words did not give (taken from the story)."""
    return actor.name is None and actor.org is None and (actor.country is None or actor.basis == "context")


def _lower_words(tokens: Iterable[Token]) -> list[str]:
    return [t.text.lower() for t in tokens]


def longest_role(tokens: list[Token], lex: ActorLexicon) -> tuple[Role, int, int] | None:
    """The longest role form found in ``tokens`` (matching words or lemmas), with its token span."""
    words = _lower_words(tokens)
    lemmas = [t.lemma_.lower() for t in tokens]
    best: tuple[Role, int, int] | None = None
    # a possessive is a token of its own: "sheriff 's office" is the form "sheriff's office", one token more
    for size in range(min(lex.max_role_words + 1, len(tokens)), 0, -1):
        for start in range(len(tokens) - size, -1, -1):
            for seq in (words, lemmas):
                form = " ".join(seq[start : start + size]).replace("’", "'").replace(" 's", "'s")
                form = form.replace(" - ", "-")  # "Vice-President", split by the tokenizer into three
                role = lex.roles.get(form)
                if role is not None:
                    return role, start, start + size
    return best


def find_org(text: str, lex: ActorLexicon) -> Organisation | None:
    if text in lex.org_acronyms:
        return lex.org_acronyms[text]
    low = text.lower()
    if low.startswith("the "):
        low = low[4:]
    return lex.orgs.get(low)


@dataclass
class ArticleActors:
    """What the article has said about its actors so far: persons by name, the last person and group."""

    home_country: str | None = None
    named_countries: frozenset[str] = frozenset()  # every country the article names (a division's context)
    # a country's name that is also a state of another country, as this article reads it ("georgia": "USA")
    readings: dict[str, str] = field(default_factory=dict)
    persons: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None
    last_group: Actor | None = None
    genders: dict[str, str] = field(default_factory=dict)  # folded name or surname -> "f" or "m"
    bodies: dict[str, Actor] = field(default_factory=dict)  # role title -> last body named with its country
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "NTC" -> the National Telecommunications ...
    companies: dict[str, Actor] = field(default_factory=dict)  # "volvo" -> Volvo Car Corporation
    gaz: Gazetteer = field(default_factory=gazetteer)
    lex: ActorLexicon = field(default_factory=actor_lexicon)

    # -- article level -------------------------------------------------------------------------------------
    @classmethod
    def for_doc(cls, doc: Doc, title: str | None, share: float) -> ArticleActors:
        """Find the article's home country: the country most mentioned (the title counts double), when it
        has at least ``share`` of all country mentions and more than any other."""
        ctx = cls()
        counts: Counter[str] = Counter()
        shared: Counter[tuple[str, str, str]] = Counter()  # (name, country, other country): weight
        lead = next(iter(doc.sents), None)
        for ent in doc.ents:
            other = ctx._state_elsewhere(ent.text) if ent.label_ == "GPE" else None
            iso3 = ctx.country_of_entity(ent)
            if iso3 is None and ent.label_ in {"ORG", "PERSON", "NORP"}:
                # a body of one country by its name, whatever the tagger took it for ("Boko Haram", a person)
                org = find_org(ent.text, ctx.lex)
                iso3 = org.country if org else None
            if iso3 is None and ent.label_ == "ORG":
                iso3 = next((c for c in map(ctx.gaz.country_of_word, ent.text.split()) if c), None)
            if iso3 is None and len(ent) == 1:
                iso3 = ctx.gaz.demonyms.get(ent.text.lower())  # "Ugandan", tagged a person by the recogniser
            if iso3:
                # a city or region says where the story happens more than a country named in passing
                root = ent.root
                located = root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near", "outside"}
                weight = 2 if located else 1
                weight *= 2 if lead is not None and ent.start < lead.end else 1
                if other is not None and iso3 != other:
                    shared[(name_key(ent.text), iso3, other)] += weight  # counted below, once read
                else:
                    counts[iso3] += weight
        for rank, iso3 in enumerate(ctx.countries_in_text(title or "")):
            counts[iso3] += 4 if rank == 0 else 2  # a headline names its main actor first
        for (name, iso3, other), weight in shared.items():
            # "Georgia" is the US state in a story that otherwise names the US more than Georgia
            read = other if counts[other] > counts[iso3] else iso3
            ctx.readings[name] = read
            counts[read] += weight
        ctx.named_countries = frozenset(counts)
        ranked = counts.most_common(2)
        total = sum(counts.values())
        if ranked and ranked[0][1] / total >= share and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            ctx.home_country = ranked[0][0]
        return ctx

    def countries_in_text(self, text: str) -> list[str]:
        """Countries named in a short text (a title): names of one or more words, demonyms, acronyms."""
        words = [_strip_word(w) for w in text.replace("’s", " ").replace("'s", " ").split()]
        found = []
        i = 0
        while i < len(words):
            for size in (4, 3, 2, 1):
                phrase = " ".join(words[i : i + size])
                iso3 = self.country_of_word(phrase) or self.gaz.capitals.get(phrase.lower())
                if iso3 and phrase:
                    found.append(iso3)
                    i += size
                    break
            else:
                i += 1
        return found

    def country_of_entity(self, ent: Span) -> str | None:
        if ent.label_ not in {"GPE", "NORP", "LOC", "ORG"}:
            return None
        text = ent.text
        iso3 = self.country_of_word(text)
        if iso3:
            return iso3
        low = text.lower().removeprefix("the ")  # "the Gaza Strip"
        held = self.held_in(ent.root)  # "Paris, Texas"
        if held is not None:
            return held[1]
        if low in self.gaz.capitals:
            return self.gaz.capitals[low]
        places = self.gaz.places_named(low, self.named_countries) if ent.label_ == "GPE" else []
        if places:
            return places[0]["country"]
        return None

    def held_in(self, tok: Token) -> tuple[str, str, int] | None:
        """ "Sandy, Utah", "Paris, Texas", "Norfolk, England": the name of the state, region or country after
        the comma that holds ``tok``, its country, and the index where that name ends. A city there is
        another item of a list ("in Kyiv, Lviv and Odesa"), and so is a country after a capital ("in Moscow,
        Ukraine and Belarus")."""
        own = entity_of(tok)
        after_capital = (own.text if own is not None else tok.text).lower() in self.gaz.capitals
        for child in tok.children:
            if child.dep_ != "appos" or child.ent_type_ not in {"GPE", "LOC"} or child.i < tok.i:
                continue
            named = entity_of(child)
            text = named.text if named is not None else child.text
            iso3 = None if after_capital else self.country_of_word(text)
            if iso3 is None:
                places = self.gaz.places_named(text.lower().removeprefix("the "), self.named_countries)
                iso3 = places[0]["country"] if places and places[0]["kind"] in DIVISION_KINDS else None
            if iso3:
                return text, str(iso3), named.end if named is not None else child.i + 1
        return None

    # -- mentions ------------------------------------------------------------------------------------------
    def actors_of(self, token: Token) -> list[Actor]:
        """Actors for ``token`` and the tokens conjoined with it ("Erdogan and Assad")."""
        found: list[Actor] = []
        # "President X and Syrian President Y" may hang Y on the apposition X rather than on the head
        appositions = [c for c in token.children if c.dep_ == "appos"]
        conjoined = [*token.conjuncts, *(c for a in appositions for c in a.conjuncts)]
        # "ministers Annalena Baerbock of Germany, Catherine Colonna of France and ...": a person's name in
        # apposition to another person's name is the next one of a list (nobody is another person)
        conjoined += [a for a in appositions if _full_name(a) and _full_name(token)]
        conjoined.sort(key=lambda t: t.i)
        shared = self._shared_demonym(token)
        for tok in [token, *conjoined]:
            if tok.i < token.i and tok is not token:
                continue  # conjuncts before the head are reached from their own head
            made = self.resolve(tok)
            if shared and tok is not token and not any(c.dep_ in _OWN_MODIFIERS for c in tok.children):
                # "Israeli helicopters and tanks": the demonym before the first is the second's as well
                made = [replace(a, country=shared, basis="explicit") if _unplaced(a) else a for a in made]
            found.extend(made)
        return _unique(found)

    def _shared_demonym(self, token: Token) -> str | None:
        """The country of a demonym in front of the first of conjoined nouns ("Israeli" in "Israeli
        helicopters and tanks")."""
        for child in token.children:
            if child.dep_ == "amod" and child.i < token.i:
                iso3 = self.country_of_word(child.text)
                if iso3:
                    return iso3
        return None

    def resolve(self, head: Token) -> list[Actor]:
        if head.tag_ in {"WP", "WP$", "WDT"}:  # "the woman who ...", "the territory, which ..."
            noun = relative_antecedent(head)
            return self.resolve(noun) if noun is not head else []
        if head.tag_ in {"PRP", "PRP$"} or head.pos_ == "PRON":
            return self._antecedent(head)
        ent = entity_of(head)
        if ent is not None and ent.label_ in {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"}:
            return self._counted_people(head, ent)
        if (
            ent is not None
            and ent.label_ == "PERSON"
            and head.dep_ == "appos"
            and head.head.pos_ == "NOUN"
            and self.lex.roles.get(head.head.lemma_.lower()) is not None
        ):
            # "the Dutch prime minister Mark Rutte", parsed with the name in apposition to the title: the
            # person with the title's country and role, whichever word is looked up
            return self.resolve(head.head)
        short = head.text.strip("()")
        if short in self.acronyms and sum(c.isupper() for c in short) >= 2 and (ent is None or len(ent) == 1):
            # "BTP started an investigation" after "British Transport Police (BTP)"
            return [self._remember(replace(self.acronyms[short], text=head.text, basis="linked"))]
        # "Lavrentiev, for his part, said" with no entity tag; "Trump said" with "Trump" tagged a noun, and
        # "O'Rourke dropped out" tagged a noun and a one-word body
        name_like = head.pos_ == "PROPN" or (
            head.pos_ == "NOUN" and head.text[:1].isupper() and (ent is None or len(ent) == 1)
        )
        if name_like and (ent is None or ent.label_ != "PERSON"):
            known = self._known_person(head.text)
            if known is not None:
                self.last_person = replace(known, text=head.text, basis="linked")
                return [self.last_person]
            figure = self._figure(head.text) if ent is None or len(ent) == 1 else None
            if figure is not None:  # "Putin said", with the name tagged a body or a common noun
                self.last_person = Actor(head.text, head.text, None, figure, None, "UNK", "linked")
                self._register_person(head.text, self.last_person)
                return [self.last_person]
        if ent is None or ent.label_ == "NORP":  # "President ..., Recep Tayyip Erdogan", "a Republican, X"
            named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            ent = entity_of(named) if named is not None else ent
        phrase = _phrase_tokens(head, ent, self.lex)
        text = _span_text(phrase)
        pair = self._the_two(head)
        if pair:
            return [replace(a, basis="linked") for a in pair]  # each under its own name, as two actors
        referred = self._the_country(head, phrase)
        if referred is not None:
            return [self._remember(referred)]
        org = self._org_in(ent, phrase)
        role_hit = longest_role(phrase, self.lex)
        role = role_hit[0] if role_hit else None
        if org is not None and _speaks_for(head, self.lex):
            # "a spokesperson for the United Nations": the role, not a word of the body's name
            role = self.lex.roles[head.lower_]
        countries = self._countries_in(head, ent, phrase)
        if not countries and role is not None and role.country:
            countries = [role.country]  # "the pope", "the pope in Baghdad": of the Holy See

        if ent is None and head.pos_ == "PROPN" and role is None and org is None:
            # "would strike Bahrain on Monday", the name missed by the recogniser: a country's name is one;
            # and "fired rockets at Ashkelon": a known town where a preposition places something
            names = self.gaz.country_names
            iso3 = names.get(text.lower()) or names.get(head.lower_) or self.gaz.acronyms.get(head.text)
            placed = head.dep_ == "pobj" and len(phrase) == 1 and head.head.lower_ in _AIMED_AT_PLACE
            town = (
                self.gaz.places_named(head.lower_, self.named_countries) if iso3 is None and placed else None
            )
            if town:
                iso3 = town[0]["country"]
            if iso3:
                return [self._remember(self._country_actor(head.text, iso3))]
        if ent is not None and ent.label_ in {"GPE", "LOC"} and head.i >= ent.start:
            iso3 = self.country_of_entity(ent)
            if iso3 and role is None:
                return [self._remember(self._country_actor(ent.text, iso3))]
        if ent is not None and ent.label_ == "NORP" and head.i >= ent.start and role is None:
            iso3 = self.country_of_word(ent.text)
            if iso3 is None:
                place = self._place_named_as_person(ent, phrase)  # "attacked Kidal", tagged a people
                return [self._remember(place)] if place is not None else []
            if _ethnic(ent[0]) and head.tag_ in {"NNPS", "NNS"}:
                # "ethnic Hungarians in Romania": people of that descent, of the country they live in (the
                # story's, when the sentence does not say; their descent's only when nothing else is known)
                where, basis = self._located_in(head), "explicit"
                if not where:
                    where, basis = [self.home_country or iso3], "context"
                return [self._remember(Actor(text, None, None, where[0], None, "CVL", basis))]
            definite = ent.text.lower().startswith("the ") or any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children
            )
            if definite:  # "the British relinquished control": the nation acting, i.e. its government
                return [self._remember(self._country_actor(ent.text, iso3))]
            if head.tag_ in {"NNPS", "NNS"}:  # "Syrians", "Hongkongers": the people
                return [self._remember(Actor(ent.text, None, None, iso3, None, "CVL"))]
            return []
        if org is not None and (role is None or ent is None or ent.label_ != "PERSON"):
            # a known organisation wins over a generic word in its name ("People's Liberation Army")
            country = org.country or (countries[0] if len(countries) == 1 else None)
            title = role.title if role is not None and role.sector != org.sector else None
            code = org.code if not org.country else None
            actor = Actor(text, org.name, title, country, code, org.sector)
            self._note_acronym(head, actor)
            return [self._remember(actor)]
        if ent is not None and ent.label_ == "PERSON":
            place = self._place_named_as_person(ent, phrase)
            if place is not None:
                return [self._remember(place)]
            return [self._person(ent, text, role, countries, org)]
        if ent is not None and ent.label_ == "ORG":
            place = self._place_named_as_person(ent, phrase)  # "visited Dhaka" with "Dhaka" tagged a body
            if place is not None:
                return [self._remember(place)]
            return [self._organisation(ent, head, text, role, countries)]
        if ent is None and role is None and head.lemma_.lower() in self.lex.relation_nouns:
            related = self._related_people(head, text)
            if related is not None:
                return related
        leader = self._leading_country(head) if role is None else None
        if leader is not None:
            # "the Saudi-led coalition", "a coalition led by the United States": the leader's armed forces
            return [self._remember(Actor(text, None, head.lemma_.lower(), leader, None, "MIL"))]
        if role is not None:
            countries = countries or self._located_in(head)  # "officials in Washington"
            owned = [] if countries else self._owner_countries(head)
            made = self._role_actors(head, text, role, countries or owned, org)
            return [replace(a, basis="linked") for a in made] if owned else made
        if countries and head.tag_ == "NNS" and ent is None:
            # "Algerian landowners", "Iraqi Kurds": people of a country, named by what they are
            return [self._remember(Actor(text, None, None, c, None, "CVL")) for c in countries[:1]]
        return []

    def _company_named(self, ent: Span) -> bool:
        """A one-word name of a well-known company the tagger took for a person ("a post on Twitter"): no
        "she" stands for it."""
        return len(ent) == 1 and fold_name(ent.text) in self.lex.companies

    def _owns_related(self, tok: Token, head: Token) -> bool:
        """Whether ``tok`` owns, below ``head``, people named by how they stand to it ("Russia" in "Russia's
        allies' plans")."""
        walk = tok.head
        while walk.i != head.i and walk.head.i != walk.i:
            if walk.lemma_.lower() in self.lex.relation_nouns:
                return True
            walk = walk.head
        return False

    def _related_people(self, head: Token, text: str) -> list[Actor] | None:
        """ "His rivals", "Pelosi's critics": people named by how they stand to a person are of that
        person's country; "Russia's allies", "its neighbours": a state's are of no country the phrase names.
        None when no one owns them ("Syrian opponents of the government" is read as any other people)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        owners = [a for a in self._looked_up(owner) if a.country]
        person = owner.lower_ in {"his", "her"} or owner.ent_type_ == "PERSON"
        if not person or not owners:
            return []
        return [self._remember(Actor(text, None, None, owners[0].country, None, "UNK", "linked"))]

    def _place_named_as_person(self, ent: Span, phrase: list[Token]) -> Actor | None:
        """ "Moscow accused Kyiv": a capital or country the tagger took for a person or a body, when no one of
        that name was met before and the phrase is the bare name."""
        if len(phrase) != len(ent) or self._known_person(ent.text) is not None:
            return None
        iso3 = self.country_of_word(ent.text) or self.gaz.capitals.get(ent.text.lower())
        if iso3 is None and _acted_on(ent.root) and find_org(ent.text, self.lex) is None:
            # "shelled Mariupol", "attacks on Kidal": a city or town of the gazetteer something is done to
            towns = self.gaz.places_named(ent.text.lower(), self.named_countries)
            iso3 = next((p["country"] for p in towns if p.get("kind") == "city"), None)
        if iso3 is None:
            return None
        return self._country_actor(ent.text, iso3)

    def _owner_countries(self, head: Token) -> list[str]:
        """ "Chile agreed to relocate its consulate", "she praised her government": a body or role owned by
        whom a possessive pronoun stands for is of that one's country."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is None or owner.lower_ not in {"its", "their", "his", "her"}:
            return []
        found = [a.country for a in self._looked_up(owner) if a.country]
        return found[:1]

    def _looked_up(self, token: Token) -> list[Actor]:
        """The actors ``token`` stands for, looked up without changing who was last named: looking back at
        an owner changes no one's place in the story."""
        memory = (self.last_person, self.last_group)
        found = self.resolve(token)
        self.last_person, self.last_group = memory
        return found

    def _the_country(self, head: Token, phrase: list[Token]) -> Actor | None:
        """ "The country banned ...", "the kingdom pledged ...": the country last named, in this sentence or
        the two before it, else the article's home country."""
        if head.lemma_.lower() not in _COUNTRY_NOUNS or head.tag_ != "NN" or not _is_definite(head):
            return None
        if any(c.dep_ != "det" for c in head.children):
            return None  # "the Baltic country", "the sole country in the region": described
        start = sentences_back(head, 2)
        named = [e for e in head.doc.ents if start <= e.start and e.end <= head.i and e.label_ == "GPE"]
        iso3 = next((c for c in map(self.gaz.country_of_word, (e.text for e in reversed(named))) if c), None)
        iso3 = iso3 or self.home_country
        if iso3 is None:
            return None
        return self._country_actor(_span_text(phrase), iso3, "linked")

    def _the_two(self, head: Token) -> list[Actor]:
        """ "The two leaders", "both countries", "the leaders of both nations", "all three nations": the last
        two (three) parties named before, in this sentence or the two before it (persons we know, else
        countries)."""
        count = _party_count(head)
        if not count:
            inner = next(
                (g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
            )
            count = _party_count(inner) if inner is not None else 0
            if not count or longest_role([head], self.lex) is None:
                return []
        start = sentences_back(head, 2)
        found: list[Actor] = []
        for ent in reversed([e for e in head.doc.ents if start <= e.start and e.end <= head.i]):
            actor = self._known_person(ent.text) if ent.label_ == "PERSON" else None
            iso3 = self.country_of_entity(ent) if actor is None else None
            if actor is None and iso3 is not None:
                actor = self._country_actor(ent.text, iso3)
            if actor is not None and actor.key and all(a.key != actor.key for a in found):
                found.append(actor)
            if len(found) == count:
                return found[::-1]
        return []

    def country_actor(self, text: str, iso3: str) -> Actor:
        """A country named as an actor ("Azerbaijan", "Armenian" in "Armenian aggression"): its government."""
        return self._country_actor(text, iso3)

    def _country_actor(self, text: str, iso3: str, basis: str = "explicit") -> Actor:
        """A country as an actor: its government, under the words the article used."""
        return Actor(text, self.gaz.countries[iso3].name, None, iso3, None, "GOV", basis)

    def _counted_people(self, head: Token, ent: Span) -> list[Actor]:
        """ "Gunmen killed 35", "35 were rescued": a bare number that a verb acts on counts people."""
        people = self.lex.roles.get("people")
        counted = (
            ent.label_ == "CARDINAL"
            and head.dep_ in {"dobj", "nsubjpass"}
            and head.head.pos_ == "VERB"
            and not any(c.dep_ == "prep" for c in head.children)  # "35 of the passengers", "12 in all"
        )
        if not counted or people is None:
            return []
        return [Actor(ent.text, None, people.title, self.home_country, None, people.sector, "context")]

    def introduce(self, sentence: Span) -> None:
        """Remember the people and bodies a sentence names, for later mentions ("Assad", "he",
        "the embassy"), whether or not they took part in an event there."""
        for token in sentence:
            # people, and bodies with initials to remember ("the Irish Coast Guard (ICG)")
            named_body = token.ent_type_ == "ORG" and any(t.text == "(" for t in sentence)
            if token.ent_iob_ == "B" and token.ent_type_ == "PERSON":
                ent = entity_of(token)
                if ent is not None:
                    self.resolve(ent.root)
                    self._gender(ent.root, ent)  # "Queen Elizabeth": remembered for a "he" or "she" later
            elif token.ent_iob_ == "B" and named_body:
                ent = entity_of(token)
                memory = (self.last_person, self.last_group)
                if ent is not None:
                    self.resolve(ent.root)  # for its initials only: who "they" are is unchanged
                self.last_person, self.last_group = memory
        for token in sentence:
            role = self.lex.roles.get(token.lemma_.lower()) if token.pos_ in {"NOUN", "PROPN"} else None
            if role is not None and role.collective and token.dep_ not in {"compound", "amod"}:
                self.resolve(token)

    # -- helpers -------------------------------------------------------------------------------------------
    def antecedent_other_than(self, pronoun: Token, name: str) -> list[Actor]:
        """Who "he" or "his" stands for when it cannot be the person of that name: the speaker of the
        quotation it is in ("I pray for his return", Duda said: not Duda)."""
        return self._antecedent(pronoun, unlike=name)

    def _antecedent(self, pronoun: Token, unlike: str | None = None) -> list[Actor]:
        """The nearest earlier mention a pronoun can stand for, in its sentence or the one before: a person
        for he/she, a group, organisation or country for they/their; else the last one seen anywhere."""
        low = pronoun.lower_
        if low in _THING_PRONOUNS:
            return self._state_antecedent(pronoun)
        person = low in _PERSON_PRONOUNS
        if not person and low not in _GROUP_PRONOUNS:
            return []
        start = sentences_back(pronoun, 1)
        # "Sirhan shot him": an object pronoun is not its own clause's subject (that would be "himself")
        bound = _coargument_subject(pronoun)
        skip, names = _bound_out(bound)
        at, window = pronoun.i, start
        candidates: list[tuple[Token, list[Actor]]] = []
        memory = (self.last_person, self.last_group)
        while at > start:
            at -= 1
            tok = pronoun.doc[at]
            if candidates and tok.i < candidates[0][0].sent.start:
                break
            if tok.lower_ in (_PERSON_PRONOUNS if person else _GROUP_PRONOUNS):
                # "Leonov ... In 1965, he performed ... He received": an earlier "he" carries the chain
                # back to the sentence before it
                start = min(start, sentences_back(tok, 1))
            found = self._pronoun_candidate(tok, pronoun, tok.i < window, skip, names)
            found = [a for a in found if unlike is None or a.name != unlike]
            if found:
                candidates.append((tok, found))
        if candidates:
            # the nearest sentence with a candidate, and in it the subject of a clause before anyone else:
            # "Biden called Trump's action a betrayal. He described it as ...", "Trump attacked Drudge and
            # his campaign called for ..."
            sentence = candidates[0][0].sent.start
            near = [c for c in candidates if c[0].sent.start == sentence]
            # (in a quotation the nearest: "We are with Mayor Adamowicz," Morawiecki tweeted. Duda remarked,
            # "I am with him")
            by_subject = person and not _quoted(pronoun)
            subjects = [c for c in near if c[0].dep_ in {"nsubj", "nsubjpass"} and by_subject]
            tok, found = (subjects or near)[0]
            self.last_person, self.last_group = memory  # as if only the one chosen had been looked up
            found = self._pronoun_candidate(tok, pronoun, tok.i < window, skip, names) or found
            # "the two leaders ... their capitals": a plural stands for all the parties it names
            group = found if not person and _party_count(tok) else found[:1]
            return [replace(a, text=pronoun.text, basis="linked") for a in group]
        last = self.last_person if person else self.last_group
        if (
            last is not None
            and bound is not None
            and last.text in bound.doc[bound.left_edge.i : bound.i + 1].text
        ):
            return []  # the one last named is the subject the pronoun cannot stand for
        if last is not None and unlike is not None and last.name == unlike:
            others = [a for a in self.persons.values() if a.name != unlike]
            last = others[-1] if others else None
        if last is not None and last.name and person and self._other_sex(last.name, low):
            # "Johnson spoke. Queen Elizabeth thanked the volunteers. He ...": not her, but the person named
            # most lately before her who may be him
            others = [a for a in self.persons.values() if a.name and not self._other_sex(a.name, low)]
            last = others[-1] if others else None
        return [replace(last, text=pronoun.text, basis="linked")] if last else []

    def _other_sex(self, name: str, pronoun: str) -> bool:
        known = self.genders.get(fold_name(name))
        return known not in {None, _PRONOUN_GENDERS[pronoun]}

    def _pronoun_candidate(
        self, tok: Token, pronoun: Token, beyond: bool, skip: set[int], names: set[str]
    ) -> list[Actor]:
        """Who the word names, when the pronoun can stand for it: a person for "he" or "she", of the same
        sex where the text tells it, else a group; ``beyond`` the pronoun's own window only a name can."""
        person = pronoun.lower_ in _PERSON_PRONOUNS
        pronoun_gender = _PRONOUN_GENDERS.get(pronoun.lower_)
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "amod"}:
            return []
        if tok.i in skip or (tok.pos_ == "PROPN" and tok.text in names):
            return []
        ent = entity_of(tok)
        if person and pronoun_gender and self._gender(tok, ent) not in {None, pronoun_gender}:
            return []  # "Queen Elizabeth suspended parliament at the behest of Johnson. He ..."
        if person and (ent is None or ent.label_ != "PERSON") and self._named_before(tok):
            # "Trump encouraged schools to reopen. He threatened ...", with "Trump" read as a common noun, or
            # "Fields" as a place: a surname the article gave a person before
            return [self.persons[fold_name(tok.text)]]
        if beyond and ent is None:
            return []
        is_person = (ent is not None and ent.label_ == "PERSON" and not self._company_named(ent)) or (
            tok.pos_ == "PROPN" and ent is None and self._known_person(tok.text) is not None
        )
        if person and any(c.dep_ == "poss" and c.lower_ in _PERSON_PRONOUNS for c in tok.children):
            return []  # "with him and his family. I pray for his return": the owner, not the family
        if person and not is_person and tok.tag_ == "NN":
            # "a man wearing a fake vest ... The officers shot him", "the foreign minister ... he said":
            # someone named by what they are
            role = self.lex.roles.get(tok.lemma_.lower())
            is_person = role is not None and not role.collective
        if person != is_person:
            return []
        if not person and tok.tag_ not in {"NNS", "NNPS"} and (ent is None or ent.label_ not in _GROUPS):
            role = self.lex.roles.get(tok.lemma_.lower()) or self.lex.roles.get(tok.lower_)
            if role is None or not role.collective:
                return []
        return [a for a in self.resolve(tok) if a.key]

    def _gender(self, tok: Token, ent: Span | None) -> str | None:
        """ "f" or "m" where a title or an honorific tells it ("Queen Elizabeth", "Mrs May", "the
        chairwoman"), or did at an earlier mention of the same name."""
        words = [tok, *(c for c in tok.children if c.dep_ in {"compound", "appos", "nmod"} and c.i < tok.i)]
        if ent is not None:
            # a title leads the name ("Queen Elizabeth II", or "Queen" just before it); a last word is a
            # surname ("Billie Jean King")
            words = [w for w in words if not (w.i == ent.end - 1 and len(ent) > 1)]
            words += [ent[0]] if len(ent) > 1 else []
            if ent.start > 0:
                words.append(tok.doc[ent.start - 1])
        for word in words:
            gender = self.lex.gender_words.get(word.lower_.rstrip("."))
            if gender is not None:
                if ent is not None:
                    # by the whole name only: "her brother Borna Derakhshani" tells nothing of Dorsa
                    self.genders[fold_name(ent.text)] = gender
                return gender
        if ent is not None:
            return self.genders.get(fold_name(ent.text))
        return self.genders.get(fold_name(tok.text)) if tok.pos_ == "PROPN" else None

    def _named_before(self, tok: Token) -> bool:
        """A capitalised word that is, letter for letter, the name or surname of a person named earlier in
        the article, and no country's name."""
        return (
            tok.text[:1].isupper()
            and fold_name(tok.text) in self.persons
            and self.country_of_word(tok.text) is None
        )

    def _state_antecedent(self, pronoun: Token) -> list[Actor]:
        """ "Turkey said it would ...", "the EU, which it joined in 1973": "it" for a country or an
        organisation named earlier in the sentence or the one before, the subject of a clause first."""
        start = sentences_back(pronoun, 1)
        # "Israel bombed it": "it" as the object is not its own clause's subject (that would be "itself")
        skip, names = _bound_out(_coargument_subject(pronoun))
        candidates: list[tuple[Token, Actor]] = []
        for tok in pronoun.doc[start : pronoun.i]:
            if tok.i in skip or (tok.pos_ == "PROPN" and tok.text in names):
                continue
            ent = entity_of(tok)
            role = self.lex.roles.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
            body = role is not None and role.collective and tok.dep_ not in {"compound", "amod", "poss"}
            if body and ent is None:  # "the Thai government announced that it ..."
                found = [a for a in self.resolve(tok) if a.key and a.sector not in {"CVL", "UNK"}]
                if found:
                    candidates.append((tok, found[0]))
                continue
            if ent is None or ent.label_ not in {"GPE", "ORG"} or tok.i != ent.root.i:
                continue
            state = self.country_of_word(ent.text)  # "Morocco" may be tagged as an organisation
            private = {"CVL", "UNK", "BUS", "MED"}
            found = [a for a in self.resolve(tok) if a.key and (a.sector not in private or state)]
            if found and not (ent.label_ == "GPE" and tok.dep_ == "pobj" and tok.head.lower_ in _AT):
                candidates.append((tok, found[0]))
        subjects = [c for c in candidates if c[0].dep_ in {"nsubj", "nsubjpass"}]
        chosen = (subjects or candidates)[-1:]
        return [replace(actor, text=pronoun.text, basis="linked") for _, actor in chosen]

    def _person(
        self, ent: Span, text: str, role: Role | None, countries: list[str], org: Organisation | None
    ) -> Actor:
        name = ent.text
        known = self._known_person(name)
        if known is not None and not countries and role is None:
            actor = replace(known, text=text, basis="linked")
            self.last_person = actor
            return actor
        country = countries[0] if countries else (known.country if known else None)
        basis = "explicit" if countries else ("linked" if known and known.country else "context")
        figure = self._figure(name) if not countries else None
        if figure is not None and (known is None or basis == "context"):
            # "President Trump" in a story about Iran: the country the figure is known by, not the story's
            country, basis = figure, "linked"
        if country is None and org is not None and org.country:
            # "Houthi spokesperson Yahya Sarea": of the group's country
            country, basis = org.country, "explicit"
        if country is None and org is None:
            country = self.home_country
        sector = role.sector if role else (known.sector if known else "UNK")
        if sector == "UNK" and org is not None:
            sector = org.sector
        role_title = role.title if role else (known.role if known else None)
        code = org.code if org is not None and not org.country else None
        actor = Actor(text, name, role_title, country, code, sector, basis)
        self._register_person(name, actor)
        self.last_person = actor
        return actor

    def _organisation(
        self, ent: Span, head: Token, text: str, role: Role | None, countries: list[str]
    ) -> Actor:
        words = _lower_words(ent)
        if head.i >= ent.end:
            words.append(head.lower_)  # "the Toyota car company": a company, by the word it heads
        sector = (
            role.sector
            if role
            else next((_ORG_SECTOR_WORDS[w] for w in words if w in _ORG_SECTOR_WORDS), "UNK")
        )
        short = ent.text.strip().strip("()")
        if not countries and short.isupper() and short in self.acronyms:
            # "the NTC" after "the National Telecommunications Commission (NTC)": the same body
            return self._remember(replace(self.acronyms[short], text=text, basis="linked"))
        company = self.companies.get(fold_name(short)) if not countries and len(ent) == 1 else None
        if company is not None:
            # "Volvo" after "Volvo Car Corporation": the company named in full before
            return self._remember(replace(company, text=text, basis="linked"))
        written = short.removeprefix("the ").removeprefix("The ")
        # the company's name as such, capitalised ("by judicial fiat" is no carmaker) and heading its
        # phrase or one that says what it is ("the Boeing company"; "a Volvo XC90" is a car)
        as_name = written[:1].isupper() or written[:1].isdigit()
        root = ent.root
        named_thing = root.dep_ == "compound" and not ent.start <= root.head.i < ent.end
        heads = head.lower_ in _COMPANY_WORDS or (
            root.head.lower_ in _COMPANY_WORDS if named_thing else head.i < ent.end
        )
        unplaced = not countries and role is None
        known = self.lex.companies.get(fold_name(written)) if as_name and heads and unplaced else None
        if known is not None:
            # "Boeing said", "Twitter suspended the account": a well-known company, of its home country
            actor = Actor(text, known[0], None, known[1], None, "BUS", "linked")
            self._note_company(ent, actor)
            return self._remember(actor)
        # An organisation we know nothing about (a company, a website) is not given the home country
        country = countries[0] if countries else (self.home_country if sector != "UNK" else None)
        basis = "explicit" if countries else "context"
        actor = Actor(text, ent.text, None, country, None, sector, basis)
        if role is not None and role.collective and countries:
            self.bodies[role.title] = actor  # "the US Embassy in London", then "the embassy"
        if actor.country:  # "(The) (Philippine) NTC": the initials of every tail of two words or more
            capitals = [w[0] for w in ent.text.split() if w[:1].isupper()]
            for start in range(len(capitals) - 1):
                self.acronyms.setdefault("".join(capitals[start:]), actor)
        self._note_acronym(ent.root, actor)
        self._note_company(ent, actor)
        return self._remember(actor)

    def _note_company(self, ent: Span, actor: Actor) -> None:
        """ "Volvo Car Corporation", "the Toyota car company": a business named by a word of its own before
        its kind stands for it by that word from then on ("Volvo said")."""
        own = [t for t in ent if t.pos_ == "PROPN" and t.lower_ not in _ORG_SECTOR_WORDS]
        first = ent.start + (ent[0].lower_ == "the")
        if actor.sector != "BUS" or not actor.country or not own or own[0].i != first:
            return
        self.companies.setdefault(fold_name(own[0].text), actor)

    def _note_acronym(self, head: Token, actor: Actor) -> None:
        """ "British Transport Police (BTP)", "Transport for London (TfL)": the letters in brackets after
        the name stand for it from then on."""
        doc = head.doc
        end = max(t.i for t in head.subtree) + 1 if head.dep_ != "compound" else head.i + 1
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and actor.key:
            short = doc[end + 1].text
            if 1 < len(short) <= 8 and short[:1].isupper() and sum(c.isupper() for c in short) >= 2:
                self.acronyms[short] = actor

    def _role_actors(
        self, head: Token, text: str, role: Role, countries: list[str], org: Organisation | None
    ) -> list[Actor]:
        if org is not None:
            return [self._remember(Actor(text, org.name, role.title, org.country, org.code, org.sector))]
        if countries:
            made = [Actor(text, None, role.title, c, None, role.sector) for c in countries]
            if role.collective and len(made) == 1:
                self.bodies[role.title] = made[0]
            named = _apposed_name(head) if not role.collective else None
            if named is not None and len(made) == 1:
                # "his South African counterpart, Naledi Pandor" (a name the recogniser missed)
                made[0] = replace(made[0], name=named)
                self._register_person(named, made[0])
                self.last_person = made[0]
                return made
            linked = self._link_role(made[0]) if len(made) == 1 and not role.collective else None
            for actor in made:
                self._remember(actor)
            return [linked] if linked else made
        if role.collective and _is_definite(head) and role.title in self.bodies:
            # "the embassy" after "the US Embassy in London": the same body
            return [self._remember(replace(self.bodies[role.title], text=text, basis="linked"))]
        named_by = [c for c in head.children if c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN"]
        ent = entity_of(named_by[0]) if named_by and role.sector == "BUS" else None
        if ent is not None and ent.label_ == "ORG" and self.home_country:
            # "the Toyota car company": a business by its own name, of the story's country as a company
            # named as one is; "Toyota" stands for it from then on
            company = Actor(text, ent.text, role.title, self.home_country, None, role.sector, "context")
            self._note_company(ent, company)
            return [self._remember(company)]
        if named_by and head.pos_ == "NOUN":
            # "2,300 Artsakh soldiers": of a place or people we do not know, not of the story's country
            return [Actor(text, None, role.title, None, None, role.sector, "context")]
        actor = Actor(text, None, role.title, self.home_country, None, role.sector, "context")
        linked = self._link_role(actor) if head.tag_ in {"NN", "NNP"} and _is_definite(head) else None
        return [self._remember(linked or actor)]

    def _link_role(self, actor: Actor) -> Actor | None:
        """'the Syrian chief executive' -> the person introduced earlier with that country and sector; one
        who holds that very title first ("the president" is not the vice president named last)."""
        candidates = [
            known
            for known in reversed(list(self.persons.values()))
            if known.sector == actor.sector and (actor.country in (None, known.country)) and known.name
        ]
        same = [k for k in candidates if k.role == actor.role]
        fitting = same or [
            k for k in candidates if not _second_in_rank(k.role, actor.role) and self._may_stand_for(actor, k)
        ]
        if not fitting and actor.basis == "context" and actor.role and not self._collective(actor.role):
            # "Foreign Minister Lavrov arrived in Ankara. The minister met Erdogan": the title, not the
            # story's country, says who the bare title is
            title = actor.role
            fitting = [
                k
                for k in reversed(list(self.persons.values()))
                if k.name and k.role and k.role.endswith(title) and not _second_in_rank(k.role, title)
            ]
        return replace(fitting[0], text=actor.text, basis="linked") if fitting else None

    def _collective(self, title: str | None) -> bool:
        role = self.lex.roles.get(title or "")
        return role is not None and role.collective

    def _may_stand_for(self, actor: Actor, known: Actor) -> bool:
        """ "the leader" may be the president named before, "the minister" the foreign minister and "the
        foreign minister" Minister Lavrov; "the mayor" is not the governor."""
        titles = {actor.role, known.role}
        if None in titles or titles & self.lex.generic_titles or self._collective(actor.role):
            return True
        return bool(
            known.role and actor.role and (known.role.endswith(actor.role) or actor.role.endswith(known.role))
        )

    def _org_in(self, ent: Span | None, phrase: list[Token]) -> Organisation | None:
        if ent is not None:
            found = find_org(ent.text, self.lex)
            if found:
                return found
        # spans of tokens as written: "Al-Shabaab" is three tokens of one word (a hyphen is a token)
        widest = min(_TOKENS_PER_WORD * self.lex.max_org_words, len(phrase))
        for size in range(widest, 0, -1):
            for start in range(0, len(phrase) - size + 1):
                name = "".join(t.text_with_ws for t in phrase[start : start + size]).strip()
                found = find_org(name, self.lex)
                if found:
                    return found
        return None

    def _located_in(self, head: Token) -> list[str]:
        """ "Officials in Washington", "lawmakers in Seoul": people named by their role and the city or
        country they are in belong to that country (not to the story's)."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in prep.children:
                ent = entity_of(place) if place.dep_ == "pobj" else None
                iso3 = self.country_of_entity(ent) if ent is not None and ent.label_ == "GPE" else None
                if iso3:
                    return [iso3]
        return []

    def _leading_country(self, head: Token) -> str | None:
        """The country that leads a body of `led_bodies` ("the Saudi-led coalition", "a mission led by
        France"); None for any other noun, or one led by a party ("a Labour-led coalition")."""
        if head.lemma_.lower() not in self.lex.led_bodies:
            return None
        for led in (c for c in head.children if c.lower_ == "led" and c.dep_ in {"amod", "acl"}):
            named = [g for g in led.children if g.dep_ in {"npadvmod", "compound", "amod", "nmod"}]
            named += [g for c in led.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            for word in named:
                ent = entity_of(word)
                iso3 = self.country_of_word(ent.text if ent is not None else word.text)
                if iso3 is None and ent is not None and ent.label_ == "GPE":
                    iso3 = self.country_of_entity(ent)
                if iso3 is not None:
                    return iso3
        return None

    def _countries_in(self, head: Token, ent: Span | None, phrase: list[Token]) -> list[str]:
        """Countries named inside the phrase: demonyms, country names, capitals, possessives, 'of/from X'."""
        found: list[str] = []
        # "Russia's allies' plans": the allies' plans, not Russia's
        covered = {t.i for t in phrase if self._owns_related(t, head)}
        for first, second in pairwise(phrase):  # "South Korean", "New Zealand"
            if second.i == first.i + 1 and not {first.i, second.i} & covered:
                iso3 = self.country_of_word(f"{first.text} {second.text}")
                if iso3 and iso3 not in found:
                    found.append(iso3)
                    covered |= {first.i, second.i}
        for tok in phrase:
            if tok.i in covered or (tok.i == head.i and ent is not None and ent.label_ in {"GPE", "LOC"}):
                continue
            if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ in {"anti", "pro"}:
                continue  # "an anti-Syria journalist", "pro-Russian separatists": a stance, not a nationality
            if _ethnic(tok):
                continue  # "ethnic Serb civilians": a descent, not a nationality (where they live says that)
            if tok.head.dep_ == "amod" and tok.head.lower_ in self.lex.patron_words and tok.head.i > tok.i:
                continue  # "Iran-backed militias": Iran backs them; they are of where they act
            tok_ent = entity_of(tok)
            if (
                tok_ent is not None
                and len(tok_ent) > 1
                and self.country_of_word(tok_ent.text) is None
                and (tok_ent.label_ in {"LOC", "GPE"})
            ):
                # "America" inside "Latin America" names no country; "New York" names a city of one
                iso3 = self.country_of_entity(tok_ent) if tok_ent.label_ == "GPE" else None
                if iso3 and iso3 not in found:
                    found.append(iso3)
                covered |= {t.i for t in tok_ent}
                continue
            iso3 = self.country_of_word(tok.text)  # "Senator David Perdue of Georgia": the US state
            if iso3 is None and tok.ent_type_ in {"GPE", "LOC"}:
                tok_ent = entity_of(tok)
                if tok_ent is not None:
                    iso3 = self.country_of_entity(tok_ent)
            if iso3 is None and tok.ent_type_ == "NORP":
                iso3 = self.country_of_word(tok.text)
            if iso3 and iso3 not in found:
                found.append(iso3)
        if ent is not None and ent.label_ in {"ORG", "NORP"}:
            for word in ent.text.replace("’s", "").replace("'s", "").split():
                iso3 = self.country_of_word(word)
                if iso3 and iso3 not in found:
                    found.append(iso3)
        if ent is not None and ent.label_ == "ORG" and not found:
            found += self._place_in_name(ent)
        return found

    def country_of_word(self, text: str) -> str | None:
        """The gazetteer's country for a name, demonym or acronym, as this article reads the names shared
        with a state of another country ("Georgia's governor" in a story about the US)."""
        iso3 = self.gaz.country_of_word(text)
        if iso3 is None or not self.readings:
            return iso3
        return self.readings.get(name_key(text), iso3)

    def _state_elsewhere(self, name: str) -> str | None:
        """The other country of a country's name that is also one of its states or regions ("Georgia", a
        country and a US state); None for any other name."""
        iso3 = self.gaz.country_of_word(name)
        if iso3 is None:
            return None
        places = self.gaz.places_named(name.lower())
        states = (p["country"] for p in places if p["country"] != iso3 and p["kind"] in DIVISION_KINDS)
        return next(states, None)

    def _figure(self, name: str) -> str | None:
        """The country of a well-known political figure (figures.json) named so: in full ("Xi Jinping",
        "Recep Tayyip Erdogan"), or by the one word that names them alone ("Putin", "Xi")."""
        key = fold_name(name)
        return self.lex.figures.get(key) if " " in key else self.lex.figure_words.get(key)

    def known_sector(self, actor: Actor) -> Actor:
        """A well-known political figure the text gives no role ("Putin met Erdogan", "Russia's Putin"), coded
        in the sector figures.json knows them acting in. The rules read what the text says (no role); the
        record carries what an analyst would code."""
        if actor.sector != "UNK" or actor.role is not None or actor.name is None or actor.country is None:
            return actor
        if self._figure(actor.name) != actor.country:
            return actor
        return replace(actor, sector=self.lex.figure_sectors.get(fold_name(actor.name), "UNK"))

    def public_figure(self, actor: Actor) -> bool:
        """A well-known political figure (figures.json), named so: no private person, role or not."""
        return actor.name is not None and self._figure(actor.name) is not None

    def names_person(self, name: str) -> bool:
        """The article has named someone so, in full or by surname ("Tabriz" is nobody here)."""
        return self._known_person(name) is not None

    def _place_in_name(self, ent: Span) -> list[str]:
        """ "the Bank of England", "the University of Tokyo": a body named after a place it is in, which the
        recogniser tagged as the body's name only; the place's country (a capital, a region or a city of
        the gazetteer, after "of", "for" or "in")."""
        words = ent.text.split()
        for i, word in enumerate(words[:-1]):
            if word.lower() not in {"of", "for", "in"}:
                continue
            place = " ".join(words[i + 1 :]).lower().removeprefix("the ")
            known = self.gaz.capitals.get(place) or next(
                (p["country"] for p in self.gaz.places_named(place, self.named_countries)), None
            )
            if known:
                return [known]
        return []

    def _known_person(self, name: str) -> Actor | None:
        key = fold_name(name)
        if key in self.persons:
            return self.persons[key]
        last = _surname(name) or key
        if last in self.persons:
            return self.persons[last]
        # one letter apart, as transliterations differ within an article ("Sarea" then "Saree")
        near = [
            actor
            for known, actor in self.persons.items()
            if " " not in known and _one_letter_apart(known, last) and actor.country
        ]
        return near[0] if len({a.key for a in near}) == 1 else None

    def _register_person(self, name: str, actor: Actor) -> None:
        if actor.country is None and actor.role is None:
            return
        existing = self._known_person(name)
        if existing is not None and existing.role and not actor.role:
            return
        self.persons[fold_name(name)] = actor
        last = _surname(name)
        if last and last != fold_name(name):
            self.persons.setdefault(last, actor)

    def _remember(self, actor: Actor) -> Actor:
        if actor.name and actor.role and actor.sector != "UNK" and actor.country:
            self.last_person = actor
        else:
            self.last_group = actor
        return actor


def _strip_word(word: str) -> str:
    """Strip punctuation around a word, keeping the dots of an acronym ("U.S.")."""
    word = word.strip(",:;\"'()‘’“”!?")
    if word.endswith(".") and "." not in word[:-1]:
        word = word[:-1]
    return word


def _ethnic(token: Token) -> bool:
    """A demonym after "ethnic" ("ethnic Albanians", "ethnic Serb civilians") names a descent."""
    return token.i >= 1 and token.nbor(-1).lower_ == "ethnic"


def _apposed_name(head: Token) -> str | None:
    """A capitalised name in apposition to a title: "the minister, Naledi Pandor"."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            words = [t for t in child.subtree if t.pos_ == "PROPN" and t.i <= child.i]
            if len(words) >= 2:
                return " ".join(t.text for t in words)
    return None


def _one_letter_apart(a: str, b: str) -> bool:
    """Same-length names of five letters or more, with the same first two letters, that differ in one
    letter: spellings of one name, not two names."""
    if len(a) != len(b) or len(a) < 5 or a[:2] != b[:2] or a == b:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _surname(name: str) -> str | None:
    parts = name.split()
    if len(parts) < 2:
        return None
    last = fold_name(parts[-1])
    for prefix in ("al-", "el-", "ad-", "as-", "ash-", "an-"):
        if last.startswith(prefix) and len(last) > len(prefix) + 2:
            return last[len(prefix) :]
    return last


def relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the territory, which ..." -> "territory"); the token itself
    when it is no relative pronoun or heads no relative clause."""
    if token.tag_ not in {"WP", "WP$", "WDT"}:
        return token
    clause = next((a for a in [token, *token.ancestors] if a.dep_ == "relcl"), None)
    return clause.head if clause is not None else token


def entity_of(token: Token) -> Span | None:
    """The named entity the token is part of, found from the token's own IOB tags (``Doc.ents`` builds
    every entity of the document anew on each access, which cost a third of our time per article)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while end - 1 > max(start, token.i) and doc[end - 1].tag_ == "POS":
        end -= 1  # "Robert Mueller's investigation": the name ends before its possessive
    return Span(doc, start, end, label=token.ent_type_)


_COUNTRY_NOUNS = frozenset({"country", "kingdom", "republic", "emirate", "sultanate", "nation"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PAIR_NOUNS = frozenset(
    {
        "leader",
        "country",
        "nation",
        "side",
        "government",
        "president",
        "minister",
        "state",
        "counterpart",
        "neighbour",
    }
)


def _bound_out(subject: Token | None) -> tuple[set[int], set[str]]:
    """What an object pronoun cannot stand for: the tokens of its clause's subject, and the names in it
    ("Garcia" mentioned before "Garcia invited him")."""
    if subject is None:
        return set(), set()
    return {t.i for t in subject.subtree}, {t.text for t in subject.subtree if t.pos_ == "PROPN"}


def _coargument_subject(pronoun: Token) -> Token | None:
    """The subject of the clause whose object the pronoun is ("Sirhan shot him", "Garcia invited him to
    ...", "police handed them over to ..."), which the pronoun cannot stand for; None for other pronouns."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in {"conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "Trump lashed out at the mayor, accusing her of ...", "Sanders ran against Clinton and did not
        # endorse her": the verb shares the subject of the clause it hangs on
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def sentences_back(token: Token, count: int) -> int:
    """Where the text starts ``count`` sentences before the token's own (or the document's start)."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def _party_count(token: Token) -> int:
    """How many parties named before "the two countries" (2), "both leaders" (2) or "all three nations" (3)
    stands for; 0 for any other noun."""
    if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in _PAIR_NOUNS:
        return 0
    kids = list(token.children)
    if any(c.lower_ == "both" and c.dep_ in {"det", "predet", "preconj"} for c in kids):
        return 2
    counted = next((_COUNTS[c.lower_] for c in kids if c.dep_ == "nummod" and c.lower_ in _COUNTS), 0)
    everyone = any(c.lower_ == "all" and c.dep_ in {"det", "predet"} for c in kids)
    return counted if _is_definite(token) or everyone else 0


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)


def _speaks_for(token: Token, lex: ActorLexicon) -> bool:
    role = lex.roles.get(token.lower_)
    return role is not None and role.speaks_for


def _phrase_tokens(head: Token, ent: Span | None, lex: ActorLexicon) -> list[Token]:
    """The head, its left modifiers (recursively), its entity, an apposition and 'of/from' complements."""
    keep: dict[int, Token] = {head.i: head}

    def add_left(tok: Token) -> None:
        for child in tok.children:
            if child.dep_ in _MODIFIER_DEPS or (child.dep_ == "case" and child.head.dep_ == "poss"):
                for sub in child.subtree:
                    keep[sub.i] = sub
            if child.dep_ == "appos" and _names_or_titles(child):
                # not what is coordinated with the apposition ("President X and Syrian President Y")
                for sub in _subtree_without(child, {"relcl", "acl", "conj", "cc"}):
                    keep[sub.i] = sub
            # "a spokesperson for the UN" speaks for the UN; "the envoy for Syria" is not of Syria
            if (
                child.dep_ == "prep"
                and (child.lower_ in {"of", "from"} or (child.lower_ == "for" and _speaks_for(tok, lex)))
                and any(g.dep_ == "pobj" for g in child.children)
                and not _accused_of(child)
            ):
                for sub in child.subtree:
                    if sub.dep_ not in {"relcl", "acl"} and not any(
                        a.dep_ in {"relcl", "acl"} for a in sub.ancestors if a.i > child.i
                    ):
                        keep[sub.i] = sub

    add_left(head)
    if ent is not None:
        for tok in ent:
            keep[tok.i] = tok
    return [keep[i] for i in sorted(keep)]


def _second_in_rank(known: str | None, title: str | None) -> bool:
    """ "The president" is not the vice president, nor "the minister" the deputy minister; "the chief
    executive" may be the president."""
    if known is None or title is None:
        return False
    words = known.replace("-", " ").split()
    return known.endswith(title) and words[0] in _SECOND_IN_RANK and " ".join(words[1:]).endswith(title)


_SECOND_IN_RANK = frozenset({"vice", "deputy", "assistant", "under", "lieutenant"})


def _accused_of(prep: Token) -> bool:
    """ "accused the government [of arresting journalists]": what the one accused did, not who they are
    (the gerund read as a modifier of its object)."""
    obj = prep.head
    return (
        prep.lower_ == "of"
        and obj.dep_ == "dobj"
        and obj.head.lemma_.lower() in _ACCUSING
        and any(t.tag_ == "VBG" for t in prep.subtree)
    )


_ACCUSING = frozenset({"accuse", "suspect", "convict", "acquit"})


def _names_or_titles(appos: Token) -> bool:
    """An apposition that says who the actor is ("Naledi Pandor", "the mayor of Gdańsk"), not what the
    sentence goes on about ("the first stop of a three-day tour")."""
    if appos.pos_ == "PROPN" or appos.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    lex = actor_lexicon()
    return appos.lemma_.lower() in lex.roles or appos.lower_ in lex.roles


def _subtree_without(token: Token, deps: set[str]) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ not in deps:
            out.extend(_subtree_without(child, deps))
    return out


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    return doc[start:end].text.strip(" ,")


def _full_name(token: Token) -> bool:
    """A person's name of two words or more ("Mike Lee"), as the tagger found it."""
    ent = entity_of(token)
    return ent is not None and ent.label_ == "PERSON" and len(ent) >= 2 and ent.end - 1 == token.i


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str | None, str | None, str]] = set()
    out = []
    for actor in actors:
        key = (actor.country, actor.org, actor.text)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def _quoted(token: Token) -> bool:
    """The token is inside a quotation: an odd number of quotation marks before it since the start of its
    sentence or the two before, or an opening curly mark last."""
    start = sentences_back(token, 2)
    marks = [t.text for t in token.doc[start : token.i] if t.text in {'"', "“", "”"}]
    if marks and marks[-1] in {"“", "”"}:
        return marks[-1] == "“"
    return marks.count('"') % 2 == 1
