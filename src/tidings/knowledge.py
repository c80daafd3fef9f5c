"""Load and validate the knowledge files under ``tidings/data`` once, and index them for lookup.

Knowledge is data, not code: countries (names, demonyms, capitals), places, role titles, organisations and
the event trigger lexicon live in versioned JSON files. Each is validated at load; a malformed file raises
:class:`DataFileError` naming the file and the entry.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from tidings.errors import DataFileError
from tidings.records import PLOVER_TYPES, SECTORS


def load_data_file(name: str) -> dict[str, Any]:
    try:
        text = resources.files("tidings.data").joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        raise DataFileError(f"data/{name}: missing from the installed package") from None
    except json.JSONDecodeError as exc:
        raise DataFileError(f"data/{name}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError(f'data/{name}: expected an object with "version": 1')
    return data


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    capital: str | None
    capital_lat: float | None
    capital_lon: float | None
    lat: float | None
    lon: float | None
    fips: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Place names and country words, lower-cased, to what they denote."""

    countries: dict[str, Country]  # iso3 -> Country
    country_names: dict[str, str]  # "syria", "türkiye", "u.s." -> iso3
    acronyms: dict[str, str]  # case-sensitive short forms: "US", "UK" -> iso3
    demonyms: dict[str, str]  # "syrian" -> iso3
    people: dict[str, str]  # "syrians" -> iso3
    capitals: dict[str, str]  # "damascus" -> iso3
    places: dict[str, list[dict[str, Any]]]  # "aleppo" -> place entries (most populous first)

    def places_named(self, name: str, named_countries: Collection[str] = ()) -> list[dict[str, Any]]:
        """The places called ``name`` (lower case), most populous first.  A division marked
        ``needs_country`` (one of the thousands of provinces and counties GeoNames lists, "Norfolk",
        "Rostov") counts only in an article that names its country: "Norfolk" in a story about England is
        the county, and in a story about nowhere in particular it is not taken for one."""
        return [
            p
            for p in self.places.get(name, [])
            if not p.get("needs_country") or p["country"] in named_countries
        ]

    def country_of_word(self, text: str) -> str | None:
        """ISO3 for a country name, acronym, demonym or people noun, else None."""
        bare = _without_possessive(text)
        if bare in self.acronyms:
            return self.acronyms[bare]
        low = name_key(text)
        for table in (self.country_names, self.demonyms, self.people):
            if low in table:
                return table[low]
        return None


def _without_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):  # possessives: "Russia's", "the United States'"
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def name_key(text: str) -> str:
    """A country's or a place's name as the gazetteer looks it up: no possessive ending, lower case, no
    leading "the" ("the United States'" -> "united states")."""
    low = _without_possessive(text).lower().strip()
    return low[4:] if low.startswith("the ") else low


def _as_float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _is_acronym(alias: str) -> bool:
    compact = alias.replace(".", "")
    return len(compact) <= 4 and compact.isupper()


# The kinds of place that are a country's divisions (a state, a province, a county), not a town
DIVISION_KINDS = frozenset({"state", "region"})

# A state or region written into the gazetteer by hand ("Virginia", "Bali") is ranked as a city of this
# many people: above a town of the same name elsewhere (Virginia, Free State; Bali, Rajasthan), below a
# great city (New York).  The long tail of divisions (``needs_country``) counts as no people.
_REGION_RENOWN = 1_000_000


def _renown(place: dict[str, Any]) -> int:
    known_region = place.get("kind") in DIVISION_KINDS and not place.get("needs_country")
    return -(place.get("population") or (_REGION_RENOWN if known_region else 0))


@cache
def gazetteer() -> Gazetteer:
    data = load_data_file("countries.json")
    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    people: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for entry in data.get("countries", []):
        iso3 = entry.get("iso3")
        if not (isinstance(iso3, str) and len(iso3) == 3 and iso3.isupper()):
            raise DataFileError(f"data/countries.json: bad iso3 in entry {entry.get('name')!r}")
        capital = entry.get("capital") or {}
        countries[iso3] = Country(
            iso3=iso3,
            name=entry["name"],
            capital=capital.get("name"),
            capital_lat=_as_float(capital.get("lat")),
            capital_lon=_as_float(capital.get("lon")),
            lat=_as_float(entry.get("lat")),
            lon=_as_float(entry.get("lon")),
            fips=entry.get("fips"),
        )
        for alias in [entry["name"], *entry.get("aliases", [])]:
            if _is_acronym(alias):
                acronyms[alias] = iso3
            else:
                names.setdefault(alias.lower(), iso3)
        for word in entry.get("demonyms", []):
            demonyms.setdefault(word.lower(), iso3)
        for word in entry.get("people", []):
            people.setdefault(word.lower(), iso3)
        for cap in [capital.get("name"), *capital.get("aliases", [])]:
            if cap:
                capitals.setdefault(cap.lower(), iso3)
    places: dict[str, list[dict[str, Any]]] = {}
    for place in load_data_file("places.json").get("places", []):
        if place.get("country") is None or not isinstance(place.get("name"), str):
            raise DataFileError(f"data/places.json: place without name or country: {place!r}")
        for alias in {place["name"], *place.get("aliases", [])}:
            places.setdefault(alias.lower(), []).append(place)
    for entries in places.values():
        entries.sort(key=_renown)
    return Gazetteer(countries, names, acronyms, demonyms, people, capitals, places)


@dataclass(frozen=True)
class Role:
    title: str
    sector: str
    head_of_state: bool = False
    collective: bool = False
    speaks_for: bool = False  # "a spokesperson for the UN": the body after "for" is the one spoken for
    country: str | None = None  # the one state every holder belongs to ("the pope": the Holy See)


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    sector: str
    country: str | None


@dataclass(frozen=True)
class ActorLexicon:
    roles: dict[str, Role]  # lower-case form (may be multiword) -> Role
    max_role_words: int
    orgs: dict[str, Organisation]  # lower-case name -> Organisation
    org_acronyms: dict[str, Organisation]  # case-sensitive acronym -> Organisation
    max_org_words: int
    # "a criminal case", "a suspect package": role forms that, as adjectives, name no actor
    adjective_homographs: frozenset[str] = frozenset()
    # "the Saudi-led coalition": bodies named by the country leading them; "Iran-backed": a patron's words
    led_bodies: frozenset[str] = frozenset()
    patron_words: frozenset[str] = frozenset()
    # "his rivals", "Russia's allies": people named by how they stand to an owner, who is not them
    relation_nouns: frozenset[str] = frozenset()
    # "the leader", "the official": titles that may stand for one named under another title
    generic_titles: frozenset[str] = frozenset()
    # "Queen Elizabeth", "Mr Sunak", "the chairwoman": words that tell a woman ("f") or a man ("m")
    gender_words: dict[str, str] = field(default_factory=dict)
    # well-known political figures (figures.json): folded full name -> country, and the single words that
    # name one alone ("putin") -> country
    figures: dict[str, str] = field(default_factory=dict)
    figure_words: dict[str, str] = field(default_factory=dict)
    # and the sector each acts in when the text gives no role: folded full name or single word -> sector
    figure_sectors: dict[str, str] = field(default_factory=dict)
    # well-known companies (companies.json): folded name as written -> (the company's first name, country)
    companies: dict[str, tuple[str, str]] = field(default_factory=dict)


def _country_code(value: Any) -> bool:
    """An ISO 3166-1 alpha-3 code as the data files write it: three capital letters."""
    return isinstance(value, str) and len(value) == 3 and value.isupper()


def fold_name(name: str) -> str:
    """A name as a key: lower case, without diacritics ("Erdoğan" and "Erdogan" are one person)."""
    decomposed = unicodedata.normalize("NFKD", name.lower().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def actor_lexicon() -> ActorLexicon:
    roles: dict[str, Role] = {}
    role_data = load_data_file("roles.json")
    for entry in role_data.get("roles", []):
        sector = entry.get("sector")
        if sector not in SECTORS:
            raise DataFileError(f"data/roles.json: unknown sector {sector!r} for {entry.get('title')!r}")
        country = entry.get("country")
        if country is not None and not _country_code(country):
            title = entry.get("title")
            raise DataFileError(f"data/roles.json: {country!r} for {title!r} is no ISO 3166 alpha-3 code")
        role = Role(
            entry["title"],
            sector,
            bool(entry.get("head_of_state")),
            bool(entry.get("collective")),
            bool(entry.get("speaks_for")),
            country,
        )
        for form in [entry["title"], *entry.get("forms", [])]:
            roles.setdefault(form.lower(), role)
    orgs: dict[str, Organisation] = {}
    acronyms: dict[str, Organisation] = {}
    for entry in load_data_file("organisations.json").get("organisations", []):
        sector = entry.get("sector")
        if sector not in SECTORS:
            raise DataFileError(
                f"data/organisations.json: unknown sector {sector!r} for {entry.get('code')!r}"
            )
        names = entry.get("names") or [entry["code"]]
        org = Organisation(entry["code"], names[0], sector, entry.get("country"))
        for name in names:
            if _is_acronym(name):
                acronyms[name] = org
            else:
                orgs.setdefault(name.lower(), org)
    max_role = max((len(k.split()) for k in roles), default=1)
    max_org = max((len(k.split()) for k in orgs), default=1)
    homographs = frozenset(role_data.get("adjective_homographs", {}).get("words", []))
    figures: dict[str, str] = {}
    figure_words: dict[str, str] = {}
    figure_sectors: dict[str, str] = {}
    for entry in load_data_file("figures.json").get("figures", []):
        country, sector = entry.get("country"), entry.get("sector")
        if not _country_code(country):
            raise DataFileError(f"data/figures.json: no country code for {entry.get('name')!r}")
        if sector not in SECTORS:
            raise DataFileError(f"data/figures.json: no known sector for {entry.get('name')!r}: {sector!r}")
        for name in [entry["name"], *entry.get("aliases", [])]:
            figures[fold_name(name)] = country
            figure_sectors[fold_name(name)] = sector
        for word in entry.get("alone", []):
            figure_words[fold_name(word)] = country
            figure_sectors[fold_name(word)] = sector
    companies: dict[str, tuple[str, str]] = {}
    for entry in load_data_file("companies.json").get("companies", []):
        names, country = entry.get("names") or [], entry.get("country")
        if not names:
            raise DataFileError(f"data/companies.json: an entry with no names: {entry!r}")
        if not _country_code(country):
            raise DataFileError(f"data/companies.json: no country code for {names[0]!r}")
        for name in names:
            companies[fold_name(name)] = (names[0], country)
    return ActorLexicon(
        roles,
        max_role,
        orgs,
        acronyms,
        max_org,
        homographs,
        led_bodies=frozenset(role_data.get("led_bodies", {}).get("words", [])),
        patron_words=frozenset(role_data.get("patron_words", {}).get("words", [])),
        relation_nouns=frozenset(role_data.get("relation_nouns", {}).get("words", [])),
        generic_titles=frozenset(role_data.get("generic_titles", {}).get("titles", [])),
        gender_words={
            word: gender[0]
            for gender in ("female", "male")
            for word in role_data.get("gender_words", {}).get(gender, [])
        },
        figures=figures,
        figure_words=figure_words,
        figure_sectors=figure_sectors,
        companies=companies,
    )


@dataclass(frozen=True)
class Trigger:
    """How one lemma states an event, and where its arguments are."""

    lemma: str
    type: str
    mode: str | None
    cameo: str
    target_preps: tuple[str, ...] = ()
    participant_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    object_is_target: bool = True
    symmetric: bool = False
    by_object: dict[str, str] = field(default_factory=dict)
    requires_object: frozenset[str] = frozenset()
    requires_actor_object: bool = False
    # "retaliating against missile attacks from Azerbaijan": an act answered, whose doer is blamed for it
    blames_act_doer: bool = False
    requires_complement: bool = False
    requires_pos: str | None = None
    light_only: frozenset[str] = frozenset()
    plural_only: bool = False
    required_modifiers: frozenset[str] = frozenset()
    exclude_modifiers: frozenset[str] = frozenset()
    requires_source_sector: frozenset[str] = frozenset()
    # "Trump held a rally": a sitting government's rally is a campaign event, no protest
    not_source_sectors: frozenset[str] = frozenset()
    # "protesters demonstrated" is an event, "he demonstrated a printer" is not
    intransitive: bool = False
    by_object_default: str | None = None  # the type when the object is none of by_object's
    # "established economic ties" is cooperation, "established diplomatic ties" recognition: the object's
    # modifier changes the type
    by_modifier: dict[str, str] = field(default_factory=dict)
    # "attacked Biden for accumulating wealth": with a reason given ("for ..."), the verb is of this type
    by_reason: str | None = None
    # "the defence will appeal": with no object, clause or addressee of its own, the verb is of this type
    bare_type: str | None = None
    # "warned residents to stay inside": telling someone what to do, the verb is of this type
    by_instruction: str | None = None
    # "seized the opportunity", "deployed every resource": objects that make the verb no event
    not_objects: frozenset[str] = frozenset()
    # "warned people about the outbreak": a preposition that makes the verb an alert, no event
    not_preps: frozenset[str] = frozenset()
    # "Israel is opposed to French mediation": a passive of state, its subject the source
    stative_preps: frozenset[str] = frozenset()
    # "backed away from", "backed off": a particle that turns the verb into no event of its type
    not_particles: frozenset[str] = frozenset()
    # "withdrew from the race": what is left, after "from", changes the type (a candidate concedes)
    by_from: dict[str, str] = field(default_factory=dict)
    # with no object and no "from": only these sectors do it ("troops withdrew"; "she withdrew" is no retreat)
    bare_sectors: frozenset[str] = frozenset()
    complement_lemmas: frozenset[str] = frozenset()  # "ordered the network to shut down"
    # "declined to hear the appeal": a to-infinitive stands for the object requires_object asks for
    or_complement: bool = False
    # "vowed to strike back", "swore to rebuild": the act vowed decides, a threat when hostile, else a promise
    by_complement_act: bool = False
    # "refused to comment": a complement that makes the verb no event (a question not answered)
    not_complements: frozenset[str] = frozenset()
    # "protesting since March, when the government proposed a bill": a step told as the time of another
    # event is its background, no event of its own
    not_in_time_clause: bool = False
    # a country as object satisfies requires_object when the source is of these sectors ("troops left Iraq")
    country_object_sectors: frozenset[str] = frozenset()
    # "rallied in support of X": the noun in an "in ... of" phrase states the event of the clause's subject
    in_phrase: bool = False
    # "the US was disappointed by the decision": the one who feels it is the source, its cause the target
    experiencer: bool = False
    # "received the Order of Lenin", "received a medal from the president": the subject is given it
    recipient_subject: bool = False
    requires_prep: str | None = None  # "charged with murder" (not "charged money")
    # the governing light verb changes the type: "lodged a protest with X" is a complaint, not a demonstration
    light_types: dict[str, str] = field(default_factory=dict)
    # ... and then these prepositions name whom it is made to ("lodged a protest with China")
    light_target_preps: tuple[str, ...] = ()
    # the verb's adjective complement changes the type: "pleaded guilty" admits, "pleaded not guilty" denies
    by_acomp: dict[str, str] = field(default_factory=dict)
    # "his trial": the possessor is who the act is aimed at, not who does it
    possessor_is_target: bool = False
    # "'Congratulations to Joe Biden,' Johnson wrote": the noun alone, opening a quotation, is the speaker's
    uttered: bool = False


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict[str, Trigger]
    phrasal: dict[tuple[str, str], Trigger]  # (verb lemma, particle) -> Trigger
    nouns: dict[str, Trigger]  # single-word lemmas
    compound_nouns: dict[tuple[str, str], Trigger]  # ("air", "strike") -> Trigger
    light_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    hedge_words: frozenset[str]
    source_nouns: frozenset[str]
    plan_verbs: frozenset[str]
    # what makes a report a claim: "alleged abuse", "X claimed", "sources said", "was said to have"
    hedge_modifiers: frozenset[str] = frozenset()
    anonymous_sources: frozenset[str] = frozenset()
    hedging_verbs: frozenset[str] = frozenset()
    # "allegations that troops shelled the village": what such a noun says is claimed
    hedging_nouns: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    # "the planned visit", "a potential charge", "the cancelled trip"
    plan_modifiers: frozenset[str] = frozenset()
    hypothetical_modifiers: frozenset[str] = frozenset()
    cancel_words: frozenset[str] = frozenset()
    # "backed away from her support for", "pulled its support from": a stance given up, not taken
    retreat_verbs: frozenset[str] = frozenset()
    accident_nouns: frozenset[str] = frozenset()  # "killed in a crash": no attack
    # "schools were closed after the earthquake": a precaution, not a measure against anyone
    disaster_nouns: frozenset[str] = frozenset()
    # "57 percent of voters oppose ...": a share of a people, whose stance in the present is a poll's finding
    poll_shares: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()  # "killed when the plane crashed": no attack
    injury_verbs: frozenset[str] = frozenset()  # "a bystander was injured": an attack only in a fight named
    scuffle_nouns: frozenset[str] = frozenset()  # "injured in the altercation": a fight, though no trigger
    civilian_sites: frozenset[str] = frozenset()  # "shelled a village": an attack on the people there
    struck_sites: frozenset[str] = frozenset()  # "bombed targets in Gaza": on whoever holds them there
    area_nouns: frozenset[str] = frozenset()  # "took to the streets of Khartoum": placed where the area is
    # "called for a ceasefire", "urged an end to the fighting": asked of the sides that fight
    truce_nouns: frozenset[str] = frozenset()
    ending_nouns: frozenset[str] = frozenset()
    fighting_nouns: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()  # "a car bomb killed 12 people": someone set it off
    # "drew criticism from the UN", "faced charges": the verb's subject is who the act is aimed at
    receiving_verbs: frozenset[str] = frozenset()
    # "placed the activist under house arrest", "took him into custody": an event noun after "under" or
    # "into" these verbs is aimed at what they place
    placing_verbs: frozenset[str] = frozenset()
    defending_verbs: frozenset[str] = frozenset()
    hostile_nouns: frozenset[str] = frozenset()
    repeated_acts: frozenset[str] = frozenset()
    # "occupied the university in protest": an act done "in" one of these nouns is a protest by its doers
    protest_adjuncts: frozenset[str] = frozenset()
    # "fined Google 2.4 billion euros": what a sum as a verb's object is counted in
    currencies: frozenset[str] = frozenset()
    # "attacked the media in a series of tweets": what words come in (an attack so told is criticism)
    verbal_media: frozenset[str] = frozenset()
    # "condemnation came from France": an event noun these verbs have as subject is by whoever it came from
    arriving_verbs: frozenset[str] = frozenset()
    custody_nouns: frozenset[str] = frozenset()  # "released from jail" frees a prisoner
    evaluative_verbs: frozenset[str] = frozenset()
    # nouns for what someone did: a move, a decision, a proclamation
    judged_acts: frozenset[str] = frozenset()
    negative_words: frozenset[str] = frozenset()
    positive_words: frozenset[str] = frozenset()
    # "I am grateful to him", "the minister was furious with Ankara": feelings said of someone
    adjectives: dict[str, Trigger] = field(default_factory=dict)
    # "said Iran was behind the attacks", "held X responsible for", "the crash was Iran's doing"
    responsible_words: frozenset[str] = frozenset()
    doing_nouns: frozenset[str] = frozenset()
    blamed_acts: frozenset[str] = frozenset()
    # "Ukraine said Russia had violated the ceasefire": wrongs one party says another did
    wrong_verbs: frozenset[str] = frozenset()
    # "called the deal 'lousy'", "evaluated the conference as positive": criticism or praise by description
    criticism: Trigger = field(default_factory=lambda: Trigger("describe", "ACCUSE", "criticize", "111"))
    praise: Trigger = field(default_factory=lambda: Trigger("describe", "SUPPORT", "praise", "051"))
    # "X said foreign powers should get out": what someone says others should or must do is a demand
    demand: Trigger = field(default_factory=lambda: Trigger("say", "REQUEST", "urge", "020"))
    # "fired his health minister", "received the Emir of Qatar": a verb of another sense done to a person
    person_acts: dict[str, Trigger] = field(default_factory=dict)


def _trigger(lemma: str, entry: dict[str, Any], where: str) -> Trigger:
    if entry.get("type") not in PLOVER_TYPES:
        raise DataFileError(f"data/triggers.json: {where} {lemma!r} has unknown type {entry.get('type')!r}")
    extra = [
        entry.get("by_object_default"),
        entry.get("by_reason"),
        entry.get("bare_type"),
        entry.get("by_instruction"),
        *entry.get("light_types", {}).values(),
        *entry.get("by_acomp", {}).values(),
    ]
    for value in [
        *entry.get("by_object", {}).values(),
        *entry.get("by_modifier", {}).values(),
        *entry.get("by_from", {}).values(),
        *filter(None, extra),
    ]:
        if value not in PLOVER_TYPES:
            raise DataFileError(f"data/triggers.json: {where} {lemma!r} maps an object to {value!r}")
    return Trigger(
        lemma=lemma,
        type=entry["type"],
        mode=entry.get("mode"),
        cameo=str(entry.get("cameo") or ""),
        target_preps=tuple(entry.get("target_preps", ())),
        participant_preps=tuple(entry.get("participant_preps", ())),
        source_preps=tuple(entry.get("source_preps", ())),
        object_is_target=entry.get("object", True),
        symmetric=bool(entry.get("symmetric")),
        by_object=dict(entry.get("by_object", {})),
        requires_object=frozenset(entry.get("requires_object", ())),
        requires_actor_object=bool(entry.get("requires_actor_object")),
        blames_act_doer=bool(entry.get("blames_act_doer")),
        requires_complement=bool(entry.get("requires_complement")),
        requires_pos=entry.get("requires_pos"),
        light_only=frozenset(entry.get("light_only", ())),
        plural_only=bool(entry.get("plural_only")),
        required_modifiers=frozenset(entry.get("required_modifiers", ())),
        exclude_modifiers=frozenset(entry.get("exclude_modifiers", ())),
        requires_source_sector=frozenset(entry.get("requires_source_sector", ())),
        not_source_sectors=frozenset(entry.get("not_source_sectors", ())),
        intransitive=bool(entry.get("intransitive")),
        by_object_default=entry.get("by_object_default"),
        by_modifier=dict(entry.get("by_modifier", {})),
        by_from=dict(entry.get("by_from", {})),
        not_objects=frozenset(entry.get("not_objects", ())),
        not_preps=frozenset(entry.get("not_preps", ())),
        stative_preps=frozenset(entry.get("stative_preps", ())),
        not_particles=frozenset(entry.get("not_particles", ())),
        by_reason=entry.get("by_reason"),
        bare_type=entry.get("bare_type"),
        by_instruction=entry.get("by_instruction"),
        bare_sectors=frozenset(entry.get("bare_sectors", ())),
        complement_lemmas=frozenset(entry.get("complement_lemmas", ())),
        or_complement=bool(entry.get("or_complement")),
        by_complement_act=bool(entry.get("by_complement_act")),
        not_complements=frozenset(entry.get("not_complements", ())),
        not_in_time_clause=bool(entry.get("not_in_time_clause")),
        country_object_sectors=frozenset(entry.get("country_object_sectors", ())),
        in_phrase=bool(entry.get("in_phrase")),
        experiencer=bool(entry.get("experiencer")),
        recipient_subject=bool(entry.get("recipient_subject")),
        requires_prep=entry.get("requires_prep"),
        light_types=dict(entry.get("light_types", {})),
        light_target_preps=tuple(entry.get("light_target_preps", ())),
        by_acomp=dict(entry.get("by_acomp", {})),
        possessor_is_target=bool(entry.get("possessor_is_target")),
        uttered=bool(entry.get("uttered")),
    )


_Phrasal = dict[tuple[str, str], Trigger]


def _phrasal_sets(sets: dict[str, Any], phrasal: _Phrasal) -> _Phrasal:
    """The (verb, object) entries a set stands for: every verb of a group with every object of it, all with
    the set's one entry ("call", "phone", "ring" x "police", "ambulance", ...)."""
    out: _Phrasal = {}
    for name, spec in sets.items():
        for group in spec.get("groups", ()):
            for verb in group.get("verbs", ()):
                for obj in group.get("objects", ()):
                    phrase = f"{verb} {obj}"
                    if (verb, obj) in phrasal:
                        raise DataFileError(
                            f"data/triggers.json: phrasal set {name!r} repeats {phrase!r} of phrasal"
                        )
                    out[(verb, obj)] = _trigger(phrase, spec.get("entry", {}), f"phrasal set {name!r}:")
    return out


@cache
def trigger_lexicon() -> TriggerLexicon:
    data = load_data_file("triggers.json")
    verbs = {k: _trigger(k, v, "verb") for k, v in data.get("verbs", {}).items()}
    phrasal = {}
    for phrase, entry in data.get("phrasal", {}).items():
        verb, particle = phrase.split(maxsplit=1)
        phrasal[(verb, particle)] = _trigger(phrase, entry, "phrasal verb")
    phrasal.update(_phrasal_sets(data.get("phrasal_sets", {}), phrasal))
    nouns: dict[str, Trigger] = {}
    compounds: dict[tuple[str, str], Trigger] = {}
    for phrase, entry in data.get("nouns", {}).items():
        trig = _trigger(phrase, entry, "noun")
        words = phrase.split()
        if len(words) == 1:
            nouns[phrase] = trig
        elif len(words) == 2:
            compounds[(words[0], words[1])] = trig
        else:
            raise DataFileError(f"data/triggers.json: noun {phrase!r} has more than two words")
    return TriggerLexicon(
        verbs=verbs,
        phrasal=phrasal,
        nouns=nouns,
        compound_nouns=compounds,
        light_verbs=frozenset(data.get("light_verbs", ())),
        reporting_verbs=frozenset(data.get("reporting_verbs", ())),
        hedge_words=frozenset(data.get("hedge_words", ())),
        source_nouns=frozenset(data.get("source_nouns", ())),
        plan_verbs=frozenset(data.get("plan_verbs", ())),
        hedge_modifiers=frozenset(data.get("hedge_modifiers", ())),
        anonymous_sources=frozenset(data.get("anonymous_sources", ())),
        hedging_verbs=frozenset(data.get("hedging_verbs", ())),
        hedging_nouns=frozenset(data.get("hedging_nouns", ())),
        belief_verbs=frozenset(data.get("belief_verbs", ())),
        plan_modifiers=frozenset(data.get("plan_modifiers", ())),
        hypothetical_modifiers=frozenset(data.get("hypothetical_modifiers", ())),
        cancel_words=frozenset(data.get("cancel_words", ())),
        retreat_verbs=frozenset(data.get("retreat_verbs", ())),
        accident_nouns=frozenset(data.get("accident_nouns", ())),
        disaster_nouns=frozenset(data.get("disaster_nouns", ())),
        poll_shares=frozenset(data.get("poll_shares", ())),
        accident_verbs=frozenset(data.get("accident_verbs", ())),
        injury_verbs=frozenset(data.get("injury_verbs", ())),
        scuffle_nouns=frozenset(data.get("scuffle_nouns", ())),
        civilian_sites=frozenset(data.get("civilian_sites", ())),
        struck_sites=frozenset(data.get("struck_sites", ())),
        area_nouns=frozenset(data.get("area_nouns", ())),
        person_acts={
            verb: _trigger(verb, entry, "person act")
            for entry in data.get("person_acts", ())
            for verb in entry.get("verbs", ())
        },
        truce_nouns=frozenset(data.get("truce", {}).get("stops", ())),
        ending_nouns=frozenset(data.get("truce", {}).get("ending", ())),
        fighting_nouns=frozenset(data.get("truce", {}).get("fighting", ())),
        weapons=frozenset(data.get("weapons", ())),
        receiving_verbs=frozenset(data.get("receiving_verbs", ())),
        placing_verbs=frozenset(data.get("placing_verbs", ())),
        defending_verbs=frozenset(data.get("defending_verbs", ())),
        hostile_nouns=frozenset(data.get("hostile_nouns", ())),
        repeated_acts=frozenset(data.get("repeated_acts", ())),
        protest_adjuncts=frozenset(data.get("protest_adjuncts", ())),
        currencies=frozenset(data.get("currencies", ())),
        verbal_media=frozenset(data.get("verbal_media", ())),
        arriving_verbs=frozenset(data.get("arriving_verbs", ())),
        custody_nouns=frozenset(data.get("custody_nouns", ())),
        evaluative_verbs=frozenset(data.get("evaluative_verbs", ())),
        judged_acts=frozenset(data.get("judged_acts", ())),
        negative_words=frozenset(data.get("evaluative_words", {}).get("negative", ())),
        positive_words=frozenset(data.get("evaluative_words", {}).get("positive", ())),
        adjectives={k: _trigger(k, v, "adjective") for k, v in data.get("adjectives", {}).items()},
        responsible_words=frozenset(data.get("blame", {}).get("responsible", ())),
        doing_nouns=frozenset(data.get("blame", {}).get("doing", ())),
        blamed_acts=frozenset(data.get("blame", {}).get("acts", ())),
        wrong_verbs=frozenset(data.get("blame", {}).get("wrongs", ())),
    )
