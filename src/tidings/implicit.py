"""The actors a sentence leaves unsaid, filled as the annotation guidelines code them: the authorities who
arrest, the attackers no one named, the government protesters address, the parties of an event named before,
the home country of an issue.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tidings.actors import relative_antecedent
from tidings.mentions import (
    FORECAST_VERBS,
    LED_BY,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    SYMMETRIC,
    Mention,
    SentenceReader,
    hyphenated_lemma,
    implied,
    participial_adjunct,
    phrase_text,
)
from tidings.records import Actor

_BODY_NOUNS = frozenset(
    {
        "coalition",
        "alliance",
        "bloc",
        "union",
        "pact",
        "force",
        "mission",
        "initiative",
        "partnership",
        "group",
    }
)
_MOURNING = frozenset({"tribute", "condolence", "sympathy", "homage"})
_FOUNDING_VERBS = frozenset(
    {
        "announce",
        "form",
        "create",
        "launch",
        "establish",
        "found",
        "set",
        "build",
        "assemble",
        "lead",
        "propose",
    }
)
_COERCE_AGENT = {
    "arrest": "COP",
    "raid": "COP",
    "repress": "COP",
    "charge": "JUD",
    "sentence": "JUD",
    "subpoena": "JUD",
    "try": "JUD",
}
# Acts aimed at someone; when the target goes unsaid, context may say whose
_DIRECTED = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "CONCEDE", "COERCE", "SANCTION"}
# Acts done by saying something: anyone who speaks can do them
_SAYING = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"}
# Hostile acts of a foreign actor that name no target are aimed at the country the story is about
_AT_THE_STORY = {"THREATEN", "ACCUSE", "SANCTION"}
# Acts whose target may be an issue or a thing ("condemned the decision", "called for the bill's repeal")
_ISSUE_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "PROTEST", "SANCTION"}
_LOCALS = {"CVL", "OPP", "REB", "CRM", "COP"}
_PRIVATE_BODIES = {"REL", "MED", "BUS", "NGO"}  # "a mosque", "a newspaper", "a bank": of where they stand
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_FIGHTING = {"GOV", "MIL", "REB"}  # who can agree to stop fighting
_AUTHORITIES = {"GOV", "COP", "JUD", "MIL", "LEG"}
# criticism said in public, whose passive leaves the critics unnamed ("was criticised"); not "is accused of",
# which reads as a charge or a standing allegation
_OPEN_CRITICISM = {"criticize", "condemn", "denounce"}
_NATIONWIDE = {"martial-law", "curfew", "emergency"}  # measures on a whole population
_PERSONAL = {"he", "him", "his", "she", "her"}  # one person told of, not a body (nor a speaker: "I")
_SEIZING = {"overthrow", "capture"}  # a coup, a town taken: from the government of where it happens
# with the hedging nouns ("claims", "allegations"): what tells of an act
_REPORT_NOUNS = {"report", "news"}
# honours a state gives, unless the words make them a sport's ("the gold medal", "an Olympic medal")
_STATE_HONOURS = {"order", "medal", "decoration", "cross", "star", "hero", "honour", "honor"}
_SPORTING = {"gold", "silver", "bronze", "olympic", "paralympic"}


def _at_home(source: Actor) -> bool:
    """An actor whose country the text gives, or an authority of the article's country ("Governor Kay
    Ivey", in a story about Alabama): its measures with no other country named are taken at home."""
    return source.basis != "context" or source.sector in {"GOV", "LEG", "JUD"}


class ImplicitReader(SentenceReader):
    """Fills the actors a sentence leaves implicit."""

    def _claims(self, sentence: Span) -> None:
        """ "The rebel front claimed responsibility for the bombings", "the attack was claimed by X": who
        the article says carried out the attacks it reports without naming the attacker."""
        for verb in (t for t in sentence if t.lemma_.lower() == "claim" and t.pos_ == "VERB"):
            children = list(verb.children)
            if any(c.dep_ == "dobj" and c.lemma_.lower() in {"responsibility", "credit"} for c in children):
                subj = self._subject_of(verb)
                found = self._actors_in(subj) if subj is not None else []
            elif any(c.dep_ == "nsubjpass" and self._noun_type(c) == "ASSAULT" for c in children):
                found = [a for c in children if c.dep_ == "agent" for a in self._pobj_actors(c)]
            else:
                continue
            self.claimants += [a for a in found if a.key and a.basis != "context"]

    def _rallying(self, m: Mention) -> bool:
        """ "Thousands rallied in support of the president": citizens' support, shown by a protest."""
        tok = m.token
        if not (m.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "in"):
            return False
        carrier = self.lex.verbs.get(tok.head.head.lemma_.lower())
        return carrier is not None and carrier.type == "PROTEST"

    def _issue_target(self, token: Token, kind: str) -> list[Actor]:
        """A target that is an issue or a thing ("condemned anti-semitism", "urged that the law be
        repealed"), coded as annotators do to the article's home country and flagged ``basis="context"``."""
        if token.pos_ == "ADP":
            token = next((c for c in token.children if c.dep_ == "pobj"), token)
        if token.pos_ not in {"NOUN", "PROPN"}:
            return []
        if kind not in _ISSUE_TYPES:
            return []  # an attack, arrest or meeting is of people, never of an issue
        if token.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            return []
        parties = self._earlier_parties(token)
        for prep in token.children if not parties else ():
            # "rejected the outcome of the talks": the event named inside the phrase
            if prep.dep_ == "prep" and prep.lower_ == "of":
                parties = [a for g in prep.children if g.dep_ == "pobj" for a in self._earlier_parties(g)]
        parties = parties or (self._told_of(token) if kind in {"ACCUSE", "SUPPORT"} else [])
        if parties:
            return [replace(a, text=phrase_text(token), basis="linked") for a in parties]
        addressee = self._same_issue(token, kind)
        if addressee is not None:
            return [replace(addressee, text=phrase_text(token), basis="linked")]
        sides = self._warring_sides(token) if kind == "REQUEST" else []
        if sides:  # "Norway urged a halt to the shelling": asked of both sides of the war reported
            return [replace(a, text=phrase_text(token), basis="linked") for a in sides]
        owner = next(
            (c for c in token.children if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < token.i), None
        )
        country = self.actors.gaz.country_of_word(owner.text) if owner is not None else None
        if country is not None:  # "against Israeli military policies": the policies of Israel's government
            return [implied(phrase_text(token), country, "GOV")]
        if self.actors.home_country is None:
            return []
        return [implied(phrase_text(token), self.actors.home_country, "UNK")]

    def _told_of(self, token: Token) -> list[Actor]:
        """ "disappointment at reports the minister lied to parliament", "condemned claims that Russian troops
        shelled the village": blame or praise of a report of an act is aimed at the one it says did it (not a
        denial: "rejected claims that X rigged the vote" takes X's side)."""
        lemma = token.lemma_.lower()
        if lemma not in _REPORT_NOUNS and lemma not in self.lex.hedging_nouns:
            return []
        for clause in (c for c in token.children if c.dep_ in {"acl", "relcl", "ccomp"} and c.pos_ == "VERB"):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if doer is None or doer.lower_ in RELATIVE_PRONOUNS:
                continue  # "reports that appeared on Monday": what the report did, not what it tells
            return [a for a in self._actors_in(doer) if a.key and a.basis != "context"]
        return []

    def _earlier_parties(self, token: Token) -> list[Actor]:
        """Whose act a definite event noun names: the source of the attack, or both sides of "the border
        agreement" reported before (Greece calling it void criticises Turkey and Libya)."""
        source = self._earlier_event(token)
        if source is None:
            return []
        kind = self._noun_type(token)
        if kind not in SYMMETRIC:
            return [source]
        for past in reversed(self.history):
            if past.type == kind and any(a.key == source.key for a in past.sources):
                others = [a for a in past.targets if a.key and a.key != source.key]
                # a deal between two; a summit of many is judged as a whole, coded to its first party
                return [source, *others] if len(others) == 1 else [source]
        return [source]

    def _warring_sides(self, token: Token) -> list[Actor]:
        """The two sides of the latest attack reported with both named, when what is asked for is a stop to
        fighting: a ceasefire, a truce, "an end to the violence"."""
        lemma = hyphenated_lemma(token)
        if lemma in self.lex.ending_nouns:
            stopped = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if not any(g.lemma_.lower() in self.lex.fighting_nouns for g in stopped):
                return []
        elif lemma not in self.lex.truce_nouns:
            return []
        for past in reversed(self.history):
            if past.type != "ASSAULT":
                continue
            sides = {
                a.country: a for a in (*past.sources, *past.targets) if a.country and a.basis != "context"
            }
            if len(sides) >= 2:
                # the armed side of each; where the attack was on civilians, their government
                return [
                    a if a.sector in _FIGHTING else replace(a, name=None, role=None, org=None, sector="GOV")
                    for a in sides.values()
                ]
        return []

    def _mediated_sides(self, verb: Token) -> list[Actor]:
        """The warring sides of a truce that a verb of mediation has for its object ("brokered a ceasefire
        agreement"), each as the truce's party."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for noun in [obj, *(c for c in obj.children if c.dep_ == "compound")]:
                sides = self._warring_sides(noun)
                if sides:
                    return [replace(a, text=phrase_text(obj), basis="linked") for a in sides]
        return []

    def _same_issue(self, token: Token, kind: str) -> Actor | None:
        """ "urged the immunity be waived" after "asked the US Embassy to waive her immunity": the same
        issue, raised again with the same party."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
            return None
        lemma = token.lemma_.lower()
        for past in reversed(self.history):
            if past.type != kind or not any(t.lemma_.lower() == lemma for t in past.sentence):
                continue
            return next((a for a in past.targets if a.key and a.basis == "explicit"), None)
        return None

    def _earlier_event(self, token: Token) -> Actor | None:
        """ "characterised the attack as a violation": a definite event noun names an event reported
        before; what is judged is the act of its source (who carried out the attack)."""
        trigger = self.lex.nouns.get(token.lemma_.lower())
        definite = any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"} for c in token.children
        )
        if trigger is None or not definite:
            return None
        for past in reversed(self.history):
            source = next((a for a in past.sources if a.key and a.basis != "context"), None)
            if past.type == trigger.type and source is not None:
                return source
        return None

    def _body_owner(self, body: Token) -> list[Actor]:
        """Whose coalition, alliance or force was joined: "the US-led coalition", "NATO", or who set it up
        ("France set up a maritime mission ..., which Italy later joined")."""
        if body.tag_ in {"WDT", "WP"}:
            body = relative_antecedent(body)
            if body.lemma_.lower() not in _BODY_NOUNS:
                # "a maritime mission to guard the strait which Italy joined": the parser hangs the
                # clause on the nearest noun; what can be joined is the body named before it
                body = next(
                    (
                        t
                        for t in reversed(body.doc[body.sent.start : body.i])
                        if t.lemma_.lower() in _BODY_NOUNS
                    ),
                    body,
                )
        owners = [a for a in self._actors_in(body) if a.key]
        for led in (c for c in body.children if c.dep_ == "amod" and c.lower_ in LED_BY):
            # "the US-led coalition", parsed as "US" modifying "led"
            owners += [
                a for g in led.children if g.dep_ in {"npadvmod", "compound"} for a in self._demonym_actor(g)
            ]
        if owners:
            return owners
        founder = body.head if body.dep_ == "dobj" else None
        if founder is not None and founder.lemma_.lower() in _FOUNDING_VERBS:
            subj = self._subject_of(founder)
            return [a for a in self._actors_in(subj) if a.key] if subj is not None else []
        return []

    def _passive(self, m: Mention) -> bool:
        return not m.nominal and (
            any(c.dep_ == "auxpass" for c in m.token.children) or participial_adjunct(m.token)
        )

    def _public_asked(self, m: Mention) -> bool:
        """ "Residents were urged to stay indoors", "households were asked to boil their water": the public,
        asked in an agentless passive to do something."""
        if m.nominal or not m.targets or not self._agentless_passive(m):
            return False
        asked = next((c for c in m.token.children if c.dep_ == "nsubjpass"), None)
        many = asked is not None and (
            asked.tag_ in {"NNS", "NNPS"} or asked.lemma_.lower() in {"public", "population"}
        )
        to_do = next((c for c in m.token.children if c.dep_ == "xcomp"), None)
        if to_do is not None and to_do.lemma_.lower() in FORECAST_VERBS:
            return False  # "residents were advised to expect discoloured water": a forecast, no request
        return many and all(a.sector == "CVL" for a in m.targets)

    def _honoured_by(self, m: Mention) -> list[Actor]:
        """Who gave an honour whose giver the sentence leaves unsaid ("was awarded the Order of Merit",
        "received the Parliamentarians for Global Action's award"): the body the honour is named after, else,
        for a state honour (an order, a medal, a decoration; not a sporting medal), the government of the
        one honoured."""
        trig = m.trigger
        if (
            m.nominal
            or not trig.requires_object
            or not (trig.recipient_subject or self._agentless_passive(m))
        ):
            return []
        honour = next(
            (c for c in m.token.children if c.dep_ == "dobj" and c.lemma_.lower() in trig.requires_object),
            None,
        )
        if honour is None:
            return []
        named = [a for c in honour.children if c.dep_ == "poss" for a in self._actors_in(c) if a.key]
        named += [
            a
            for c in honour.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for a in self._pobj_actors(c)
            if a.key and a.sector != "UNK"
        ]
        if named:
            return [replace(named[0], basis="linked")]
        modifiers = {c.lower_ for c in honour.children if c.dep_ in {"amod", "compound"}}
        if honour.lemma_.lower() not in _STATE_HONOURS or modifiers & _SPORTING:
            return []
        country = next((a.country for a in m.targets if a.country), None)
        return [implied("the state", country, "GOV")] if country else []

    def _holders_of_taken(self, m: Mention) -> list[Actor]:
        """Who held the place taken, named in front of it: "a rebel stronghold", "an army base", "part of a
        rebel stronghold" (not its own side's: "captured a Russian-held town" by Russians is no taking)."""
        places = [c for c in m.token.children if c.dep_ == "dobj"]
        places += [
            g for p in places for c in p.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        own = {(a.key, a.sector) for a in m.sources}
        for place in places:
            for mod in (c for c in place.lefts if c.dep_ in {"compound", "amod"}):
                held = [a for a in self.actors.resolve(mod) if a.key and a.role]
                held = [a for a in held if (a.key, a.sector) not in own]
                if held:
                    return held[:1]
        return []

    def _agentless_passive(self, m: Mention) -> bool:
        return self._passive(m) and not any(c.dep_ == "agent" for c in m.token.children)

    def _has_thing_subject(self, m: Mention) -> bool:
        """ "A fire killed five people", "it killed nine": the sentence names a cause that is no actor, so
        there is no unidentified attacker to infer."""
        if m.nominal:
            return False
        subj = next((c for c in m.token.children if c.dep_ in SUBJECT_DEPS), None)
        agent = next((c for c in m.token.children if c.dep_ == "agent"), None)  # "struck by a car"
        if (
            subj is None
            and agent is None
            and m.token.tag_ == "VBG"
            and m.token.dep_ in {"advcl", "acl", "xcomp"}
        ):
            # "an earthquake struck the island, injuring 25 people": the cause is the clause's subject
            subj = self._subject_of(m.token)
        if subj is None and agent is None and m.token.dep_ == "conj":
            # "that event destroyed 300 homes and killed one person": a disaster named for both verbs
            shared = self._subject_of(m.token)
            if shared is not None and shared.tag_ in {"WDT", "WP"}:
                shared = relative_antecedent(shared)  # "the outbreak that infected ... and killed"
            subj = shared if shared is not None and shared.lemma_.lower() in self.lex.accident_nouns else None
        # "was killed in a crash", "died in the earthquake": an accident, no one attacked
        # (not "killed in a car bomb explosion": a bomb went off)
        accident = any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "during", "after"}
            and g.lemma_.lower() in self.lex.accident_nouns
            and not self._armed(g)
            for c in m.token.children
            for g in c.children
            if g.dep_ == "pobj"
        )
        # "were killed when a bomber crashed at the airport": the clause says how they died
        accident = accident or any(
            t.pos_ == "VERB"
            and t.lemma_.lower() in self.lex.accident_verbs
            and any(c.lower_ in {"when", "as", "after"} and c.dep_ in {"advmod", "mark"} for c in t.children)
            for t in m.token.subtree
        )
        if subj is not None and agent is None and not accident and self._attack_noun(subj):
            return False  # "a suicide bombing killed 20 people": the attack named as the cause had attackers
        weapon = agent is not None and any(self._attack_noun(g) for g in agent.children if g.dep_ == "pobj")
        if weapon and subj is None and not accident:
            return False  # "were killed by an improvised explosive device": by whoever planted it
        return subj is not None or agent is not None or accident

    def _bare_injury(self, m: Mention) -> bool:
        """ "A bystander was also injured": hurt, by no one named and in no attack or unrest the sentence
        names ("in the clashes", "during the protests", "in the altercation"); an injury of an accident or of
        an attack told elsewhere, no attack of its own."""
        if m.nominal or m.token.lemma_.lower() not in self.lex.injury_verbs or not self._agentless_passive(m):
            return False
        return not any(
            self._attack_noun(t) or self._unrest_noun(t)
            for t in m.sentence
            if t.i != m.token.i and t.pos_ == "NOUN"
        )

    def _unrest_noun(self, token: Token) -> bool:
        """ "during the protests", "in the altercation": an occasion where people come to blows."""
        return token.lemma_.lower() in self.lex.scuffle_nouns or self._noun_type(token) == "PROTEST"

    def _armed(self, token: Token) -> bool:
        """ "a car bomb explosion", "a minefield blast": an explosion a weapon made."""
        return any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in self.lex.weapons for c in token.children
        )

    def _attack_noun(self, token: Token) -> bool:
        """ "bombing", "an air strike", "a car bomb": a noun that names an attack or what it was made with."""
        for child in token.children:
            compound = self.lex.compound_nouns.get((child.lemma_.lower(), token.lemma_.lower()))
            if child.dep_ in {"compound", "amod"} and compound is not None:
                return compound.type == "ASSAULT"
        if token.lemma_.lower() in self.lex.weapons or self._armed(token):
            return True  # "a car bomb killed 12 people", "a missile hit the market": someone fired it
        return self._noun_type(token) == "ASSAULT"

    def _implied_addressee(self, m: Mention) -> None:
        """Demands by citizens, the opposition or lawmakers that name no addressee are made of their own
        government ("protesters' demands have expanded to ..."; a request by one private person is no event:
        ``_one_person_asks``); other directed acts of a domestic actor that name no target concern the
        article's home country. Filled with ``basis="context"``."""
        if m.type == "PROTEST" and not any(a.key for a in m.targets):
            # "Hongkongers have been protesting since June": people protest to their own government
            people = next((a for a in m.sources if a.country and a.sector not in {"GOV", "MIL"}), None)
            if people is not None:
                m.targets = [implied("government", people.country, "GOV")]
            return
        if m.trigger.mode == "mediate" and not any(a.key for a in m.targets):
            # "Qatar brokered a truce", "mediated a ceasefire agreement": between the sides of the fighting,
            # one act of the three (as "A, B and C met")
            sides = self._mediated_sides(m.token)
            if sides:
                m.targets, m.multilateral = sides, True
            return
        # "arrived in Beijing for talks": talks held where the trip went, with its host
        trip_talks = (
            m.type == "CONSULT" and m.nominal and m.token.dep_ == "pobj" and m.token.head.lower_ == "for"
        )
        if (m.trigger.mode == "visit" or trip_talks) and not any(a.key for a in m.targets):
            m.targets = self._host(m)
            return
        if m.type not in _DIRECTED or any(a.key for a in m.targets) or m.trigger.mode == "capture":
            return  # (a town taken is taken from whoever holds the place, not from the story's country)
        source = next((a for a in m.sources if a.country), None)
        if source is None:
            return
        if m.trigger.mode == "investigate" and source.sector == "BUS":
            return  # "the carmaker started its own investigation": an internal review, no one accused
        if m.type == "REQUEST" and source.sector != "GOV":
            m.targets = [implied("government", source.country, "GOV")]
        elif m.nominal and m.trigger.lemma in _MOURNING and self.actors.home_country:
            # "leaders abroad paid tribute": to the one the article mourns, of its home country
            home = self.actors.home_country
            m.targets = [implied("(unstated)", home, "UNK")]
        elif source.country == self.actors.home_country and source.basis != "context":
            m.targets = [implied("(unstated)", source.country, "UNK")]
        elif m.type == "SANCTION" and _at_home(source) and not self._names_abroad(m, source):
            # "Iran has banned female players", "signed a decree banning the veil": a measure at home
            m.targets = [implied("(unstated)", source.country, "UNK")]
        elif self.actors.home_country and m.type in _AT_THE_STORY and source.basis != "context":
            # "despite threats from the Russian army", in a story about Moldova
            home = self.actors.home_country
            m.targets = [implied("(unstated)", home, "UNK")]

    def _host(self, m: Mention) -> list[Actor]:
        """Whom an official visits when the sentence names only where ("the prime minister arrived in Seoul
        for a two-day visit"): the government of the country the place is in, when that is not the
        visitor's own (a tour of one's own country is no meeting with anyone)."""
        place = m.place
        visitor = next((a for a in m.sources if a.country and a.sector in _AUTHORITIES), None)
        if place is None or place.country is None or visitor is None or place.country == visitor.country:
            return m.targets
        return [implied(place.text or place.name, place.country, "GOV")]

    def _one_person_asks(self, m: Mention) -> bool:
        """A request by one private person that names no one asked ("at his own request", "Huber asked for
        his release", "the family asked for donations"): a personal matter, no political event."""
        if m.type != "REQUEST" or not m.sources or any(a.key and a.basis != "context" for a in m.targets):
            return False
        if m.nominal:
            asker = next((c for c in m.token.children if c.dep_ == "poss"), None)
        else:
            asker = self._subject_of(m.token)
        if asker is None:
            return False
        # one named person ("Huber asked"), not a people ("Bosnian Serbs demanded")
        person = asker.lower_ in _PERSONAL or (asker.ent_type_ == "PERSON" and asker.tag_ == "NNP")
        return (person and all(a.sector == "UNK" for a in m.sources)) or all(
            a.role == "individual" for a in m.sources
        )

    def _civilian_site(self, m: Mention, sites: frozenset[str] | None = None) -> Token | None:
        """The place an attack is aimed at, when it is one of ``sites`` (by default those where civilians
        are): the object of the verb, the subject of its passive, or what "an attack on" names."""
        towns = sites is None  # "shelled Kharkiv": a town named as what is attacked is its people
        sites = self.lex.civilian_sites if sites is None else sites
        tok = m.token

        def site_hit(t: Token) -> bool:
            return t.lemma_.lower() in sites or (towns and self._names_its_place(m, t))

        # "blew himself up at a wedding": a bomber's own death, aimed at where he was
        suicide = any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in tok.children)
        for child in tok.children:
            if child.dep_ in {"dobj", "nsubjpass"} and site_hit(child):
                return child
            # "an attack on a market", "fired shells at targets in Bakhmut"
            at = {"on", "against"} if m.nominal else {c for c in m.trigger.target_preps if c in {"at", "on"}}
            bombed_at = suicide and child.lower_ in {"at", "in", "near", "outside", "inside"}
            aimed = bombed_at or child.lower_ in at
            if child.dep_ == "prep" and aimed:
                site = next((g for g in child.children if g.dep_ == "pobj"), None)
                if site is not None and site_hit(site):
                    return site
        return None

    @staticmethod
    def _names_its_place(m: Mention, tok: Token) -> bool:
        """The token names the event's place, a town or city (not a country, which is an actor)."""
        place = m.place
        if place is None or place.kind == "country" or not place.text or tok.pos_ != "PROPN":
            return False
        return tok.text in place.text.split()

    def _named_doer(self, m: Mention) -> bool:
        """The sentence names who acted, by a noun we know nothing about ("the shop charged tourists"):
        no authority is to be inferred in its place."""
        if m.nominal or any(a.sector in _AUTHORITIES for a in m.sources):
            return False  # "his government had arrested ...": an authority, whose country is to be found
        return any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in m.token.children)

    def _names_abroad(self, m: Mention, source: Actor) -> bool:
        """The sentence names a country other than the source's own."""
        found = self.actors.countries_in_text(m.sentence.text)
        return any(c != source.country for c in found)

    def _implied_actors(self, m: Mention) -> None:
        """Fill the side the sentence leaves implicit, as the annotation guidelines code it: an agentless
        arrest is by the authorities of the arrested, an attack with no named attacker is by unidentified
        attackers in the country where it happened, a protest with no named protesters is by citizens of the
        place, against its government. Actors filled this way have ``basis="context"``."""
        place_country = m.place.country if m.place else None
        home = self.actors.home_country
        if m.type in _SAYING and home:
            # "The Party Election Council urged voters ...": a body we do not know, speaking in a
            # story about one country, is taken to be of it
            m.sources = [
                replace(a, country=home, basis="context") if not a.key and a.name and not a.role else a
                for a in m.sources
            ]
        if place_country:  # "students throughout Indonesia": people where it happens are of that place
            # (a country given only by the story's context yields to the place the sentence names: "a gunman
            # opened fire at a mosque in Christchurch", in a story about another country)
            named_place = m.place is not None and bool(m.place.text)
            m.sources = [
                replace(a, country=place_country, basis="context")
                if a.sector in _LOCALS and (not a.key or (named_place and a.basis == "context"))
                else a
                for a in m.sources
            ]
        police = next((a.country for a in m.sources if a.country and a.sector == "COP"), None)
        if m.type == "ASSAULT" and (place_country or police):
            # "stabbed three people in Hamburg": the people attacked where it happens are of that place;
            # "police in Hong Kong fired rubber bullets at protesters": police act at home
            # (a country given only by the story's context yields to the place the sentence names: "a
            # Russian attack killed five civilians in Kharkiv")
            stated = place_country if m.place is not None and m.place.text else None
            m.targets = [
                replace(a, country=place_country or police, basis="context")
                if (a.sector in _LOCALS and not a.key)
                or (a.sector in _LOCALS | _PRIVATE_BODIES and stated and a.basis == "context")
                else a
                for a in m.targets
            ]
        authority = next((a.country for a in m.sources if a.country and a.sector not in _LOCALS), None)
        authority = authority or police
        if m.type == "COERCE" and (place_country or authority):
            # "Turkey sentenced two people smugglers": people held or tried where it happens, else by whom;
            # "police in Lagos arrested twelve protesters": by the police, who act at home
            m.targets = [
                replace(a, country=place_country or authority, basis="context")
                if not a.key and a.sector in _LOCALS | {"CVL", "UNK"}
                else a
                for a in m.targets
            ]
        if m.trigger.type == "SANCTION" and m.trigger.mode == "dismiss" and authority:
            # "the Nigerian president sacked the army chief": an office holder dismissed is the dismisser's
            m.targets = [
                replace(a, country=authority) if a.basis == "context" and a.role else a for a in m.targets
            ]
        if m.trigger.type == "COERCE" and m.trigger.mode in _NATIONWIDE and authority and not m.targets:
            # martial law, a curfew: imposed on the people of the country
            m.targets = [implied("the population", authority, "CVL")]
        if m.trigger.mode == "capture" and not m.targets:
            # "captured a rebel stronghold", "seized an army base": from whoever held it
            m.targets = self._holders_of_taken(m)
        taken = any(c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in m.token.children)
        if m.trigger.type == "COERCE" and (m.trigger.mode in _SEIZING or taken) and not m.targets:
            # "staged a coup in Niger", "captured the town of Palmyra in Syria", "seized control of Goma":
            # against its government
            seized = place_country or authority or home
            state = {a.country for a in m.sources if a.sector in {"GOV", "MIL"}}
            if m.trigger.mode == "capture" and not place_country and seized in state:
                seized = None  # "Russian forces captured the town of Avdiivka": not from their own state
            m.targets = [implied("government", seized, "GOV")] if seized else []
        if m.type == "ASSAULT" and not m.targets and (place_country or home):
            site = self._civilian_site(m)
            if site is not None:  # "shelled a village", "a market was bombed": the people there
                m.targets = [implied(phrase_text(site), place_country or home, "CVL")]
        if m.type == "ASSAULT" and not m.targets and place_country:
            # "bombed targets in Gaza", "shelled positions near Bakhmut": whoever holds them there
            site = self._civilian_site(m, self.lex.struck_sites)
            if site is not None:
                military = any(c.dep_ == "amod" and c.lower_ == "military" for c in site.children)
                m.targets = [implied(phrase_text(site), place_country, "MIL" if military else "UNK")]
        if m.type == "ASSAULT" and m.nominal and not m.has_actor and place_country:
            # "there were two bombings in Kabul": on the people of the place, by attackers no one named
            m.targets = [implied("(unstated)", place_country, "CVL")]
        if m.sources and any(a.key for a in m.sources):
            return
        target_country = next((a.country for a in m.targets if a.country), None)
        if m.type == "COERCE" and m.targets and not self._named_doer(m):
            country = target_country or place_country or self.actors.home_country
            sector = _COERCE_AGENT.get(m.trigger.mode or "", "GOV")
            text = {"COP": "police", "JUD": "judicial authorities"}.get(sector, "authorities")
            m.sources = [implied(text, country, sector)]
        elif (
            m.type == "ACCUSE"
            and m.trigger.mode in _OPEN_CRITICISM
            and m.targets
            and (self._agentless_passive(m) or m.received)
        ):
            # "the moderator was criticised for ...", "drew criticism": by critics the sentence does not
            # name, at home
            country = target_country or self.actors.home_country
            m.sources = [implied("critics", country, "UNK")]
        elif m.type == "ACCUSE" and m.trigger.mode == "investigate" and m.targets and _placed_under(m.token):
            # "was put under investigation in Italy": by the authorities of where it happens, when the
            # sentence names no investigator
            country = place_country or target_country or self.actors.home_country
            m.sources = [implied("investigators", country, "JUD")]
        elif m.type in {"CONCEDE", "SANCTION"} and self._agentless_passive(m):
            # "the bill was suspended": by the government that could suspend it
            country = target_country or self.actors.home_country
            m.sources = [implied("authorities", country, "GOV")]
        elif m.type == "AID" and m.trigger.mode == "rescue" and m.targets and self._passive(m):
            # "35 were rescued", "rescued by nightfall", "by a passing ship": by the emergency services of
            # where it happened, when the sentence names no one who did it
            country = place_country or target_country or self.actors.home_country
            m.sources = [implied("rescuers", country, "GOV")]
        elif (
            m.type == "ASSAULT" and m.targets and not self._has_thing_subject(m) and not self._bare_injury(m)
        ):
            # where it happens; else a country the sentence names besides the victims' ("Armenia said 300
            # Azerbaijani troops died"); else the story's country, not the victims' nationality
            victims = {a.country for a in m.targets}
            named = [c for c in self.actors.countries_in_text(m.sentence.text) if c not in victims]
            country = place_country or next(iter(named), None) or self.actors.home_country or target_country
            m.sources = [implied("unidentified attackers", country, "UNK")]
        elif m.type == "REQUEST" and self._public_asked(m):
            # "residents were urged to stay indoors": by the authorities of where they live
            country = target_country or place_country or self.actors.home_country
            m.sources = [implied("authorities", country, "GOV")]
        elif m.type == "SUPPORT" and (honoured_by := self._honoured_by(m)):
            # "was awarded the Order of Merit": by the state that gives it
            m.sources = honoured_by
        elif m.type == "PROTEST":
            country = place_country or self.actors.home_country
            if country is None:
                return
            m.sources = [implied("protesters", country, "CVL")]
            if not m.targets:
                m.targets = [implied("government", country, "GOV")]


def _placed_under(noun: Token) -> bool:
    """ "Put under investigation", "placed under house arrest": a noun after "under" on a verb."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ == "VERB"
