"""What every reader of a sentence needs: the :class:`Mention` it fills, and the syntax that finds actors
(who a verb's subject is, which actors a phrase names or holds).

The readers of :mod:`tidings.speech` (who says it, how sure), :mod:`tidings.scenes` (when and where) and
:mod:`tidings.implicit` (the actors a sentence leaves unsaid) build on it; :mod:`tidings.events` joins them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tidings.actors import ArticleActors, relative_antecedent
from tidings.dates import ResolvedDate
from tidings.knowledge import Trigger, TriggerLexicon
from tidings.records import Actor, Place

SUBJECT_DEPS = {"nsubj", "csubj"}
CLAUSE_BOUNDARIES = {"ccomp", "relcl", "advcl", "parataxis", "conj", "xcomp"}
# prepositions that put an event somewhere ("in Gdańsk", "near Tehran"), not where an actor is from
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
DENYING_HEADS = {"deny", "dispute"}
LED_BY = frozenset({"led", "backed", "brokered", "sponsored", "funded", "supported"})
# particles a verb's preposition may hang on: "pulled out of Syria", "pulled back from the border"
PARTICLES = frozenset({"out", "back", "away", "off"})
SPEECH_VERBS = frozenset({"speak", "address", "announce", "repeat", "vow", "promise", "pledge", "appear"})
OFFICIAL = {"GOV", "IGO", "NGO", "MED", "JUD", "LEG", "MIL"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
# "told reporters to expect delays", "residents were advised to expect ...": a forecast, no order
FORECAST_VERBS = frozenset({"expect", "anticipate"})
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


@dataclass
class Mention:
    """One trigger with what the sentence says about it."""

    type: str
    trigger: Trigger
    token: Token
    sentence_index: int
    sentence: Span
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    nominal: bool = False
    anaphoric: bool = False  # "the talks were held ...": refers back to an event named before
    campaign: bool = False  # "weeks of protests", "protests since June": many days, not one day's event
    intent: bool = False  # "Syria is willing to withdraw its troops": a stated intent, not the act
    multilateral: bool = False  # participants named together ("the meeting of A, B and C", "A and B met")
    received: bool = False  # "drew criticism (from X)", "faced charges": the verb's subject is the target
    date: ResolvedDate | None = None
    place: Place | None = None
    modality: str = "asserted"
    attributed_to: Actor | None = None

    @property
    def has_actor(self) -> bool:
        return any(a.key for a in self.sources + self.targets)


class SentenceReader:
    """Reads actors out of a sentence's syntax, with the article's memory (:class:`ArticleActors`)."""

    actors: ArticleActors
    published: dt.date | None
    lex: TriggerLexicon
    history: list[Mention]  # mentions found so far in the article
    claimants: list[Actor]  # who claimed responsibility for an attack in the article
    last_speaker: Actor | None  # whose words a quotation running on is
    verdicts: dict[tuple[str, int], Token | None]  # who a statement blames or praises, by kind and verb

    def _noun_type(self, token: Token) -> str | None:
        """The event type the lexicon gives the token's lemma as a noun ("bombing": ASSAULT), if any."""
        trigger = self.lex.nouns.get(token.lemma_.lower())
        return trigger.type if trigger is not None else None

    def _subject_of(self, verb: Token) -> Token | None:
        """The verb's subject, or the subject it shares with the verb it depends on ("agreed to meet",
        "met ... discussing"); for a participle on a noun, that noun when it is an actor ("officials asking
        ..."), else the subject of the clause around it ("posted a message blaming Iran")."""
        current = verb
        for _ in range(4):
            subj = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head  # "the airstrike that killed ...": the noun the clause describes
            if subj is not None:
                return subj
            if current.dep_ == "pcomp":
                prep = current.head
                # "accused Tajik forces of shelling"; "police were accused of torturing", "was charged with
                # killing": the one the act is held against did it
                held = {"dobj", "nsubjpass"} if prep.lower_ in {"of", "with"} else {"dobj"}
                controller = next((c for c in prep.head.children if c.dep_ in held), None)
                if prep.dep_ == "prep" and controller is not None:
                    return controller  # "accused Tajik forces of shelling": the accused did the shelling
                # "was quicker in blaming Moscow": the subject of the clause
                found = governing_verb(current)
                if found is None:
                    return None
                current = found
                continue
            if current.dep_ == "acl":
                named = self.actors.resolve(current.head)
                if any((a.key or a.sector != "UNK") and a.basis != "context" for a in named):
                    return current.head
                decider = _whose(current)
                if decider is not None and self.actors.resolve(decider):
                    return decider  # "criticized Russia's decision to suspend the treaty": Russia suspends
                found = governing_verb(current)
                if found is None:
                    return None
                current = found
                continue
            planned = current.lemma_.lower() in self.lex.plan_verbs  # "is due to meet": a plan, recorded
            if (current.i == verb.i or planned) and current.dep_ == "acomp" and current.pos_ == "ADJ":
                # "he was grateful to ...": the subject of "was" (but "willing to withdraw" states an intent,
                # which these rules do not record)
                current = current.head
                continue
            # "left Iraq in 2011, then returned ...": a second verb the parser left unlabelled ("dep") shares
            # the first one's subject as a conjoined one does
            run_on = current.dep_ == "dep" and current.pos_ == "VERB" and current.head.pos_ == "VERB"
            if (current.dep_ in {"xcomp", "conj", "advcl"} or run_on) and current.head.i != current.i:
                current = current.head
                raised = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
                if raised is not None:  # "Ramaphosa is expected to travel"
                    return raised
                continue
            return None
        return None

    def _actors_in(self, token: Token) -> list[Actor]:
        """The actors a phrase names, else those named inside it ("the US airstrike", "the territory,
        which belonged to Syria")."""
        token = relative_antecedent(token)
        found = self.actors.actors_of(token) or self._nested_actors(token)
        if all(a.key is None or a.basis == "context" for a in found):
            # "world leaders including X and Y": the ones named, not leaders guessed to be of the home country
            named = [
                a
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ in {"including", "like"}
                for a in self._pobj_actors(prep)
                if a.key
            ]
            found = named or found
        return found

    def _pobj_actors(self, prep: Token) -> list[Actor]:
        found: list[Actor] = []
        for child in prep.children:
            if child.dep_ == "pobj":
                found += self.actors.actors_of(child) or self._nested_actors(child)
        return found

    def _nested_actors(self, head: Token, depth: int = 0) -> list[Actor]:
        """Actors inside a non-actor phrase: "Russia's operation", "stances adopted by Syria",
        "facilities belonging to Saudi Aramco", "the Chinese government's encroachment"."""
        if depth > 2:
            return []
        found: list[Actor] = []
        related = head.lemma_.lower() in self.actors.lex.relation_nouns
        owner: list[Actor] = []
        for child in head.children:
            if child.dep_ == "poss" and related:
                continue  # "his rivals", "its neighbours": the owner is not the one named (actors.py)
            if child.dep_ == "poss" and child.tag_ == "PRP$":
                # "reneged on his commitment to the Zambian people": to whom before whose it is
                owner = self.actors.actors_of(child)
                continue
            if child.dep_ == "poss":
                found += self.actors.actors_of(child) or self._nested_actors(child, depth + 1)
            elif child.dep_ in {"prep", "agent"} and child.lower_ in {
                "of",
                "by",
                "to",
                "from",
                "against",
                "between",
                "for",
                "with",
            }:  # "aid slated for Ukraine", "ties with Qatar"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    found += self.actors.actors_of(pobj) or self._nested_actors(pobj, depth + 1)
            elif child.dep_ in {"acl", "relcl"}:
                found += self._nested_actors(child, depth + 1)
            elif child.dep_ in {"amod", "compound", "nmod"} and self._named_for_venue(child, head):
                continue  # "the Paris climate agreement", "the Minsk accords": where it was made, not by whom
            elif child.dep_ in {"amod", "compound", "nmod"}:
                found += [a for a in self.actors.resolve(child) if a.key] or self._demonym_actor(child)
                # "a British-flagged tanker", split by the tokenizer: the demonym hangs on the participle;
                # "a Chinese erotica author": on the noun in front of the head
                if not found and (child.lower_.endswith("ed") or child.dep_ == "compound"):
                    found += [
                        a
                        for g in child.children
                        if g.dep_ in {"amod", "npadvmod"}
                        for a in self._demonym_actor(g)
                    ]
            if found:
                return found
        return found or owner

    def _named_for_venue(self, modifier: Token, head: Token) -> bool:
        """A city naming an agreement or a meeting ("the Paris agreement", "the Doha talks") names where it
        was made; a country ("the US-Iran deal") names a party."""
        if self._noun_type(head) not in {"AGREE", "CONSULT"} or modifier.ent_type_ != "GPE":
            return False
        return self.actors.gaz.country_of_word(modifier.text) is None

    def _demonym_actor(self, token: Token) -> list[Actor]:
        """ "Iranian involvement", "the US-led coalition": the country a demonym names, with no sector."""
        word = token.text
        first, _, rest = word.partition("-")
        if rest.lower() in LED_BY:
            word = first
        iso3 = self.actors.country_of_word(word)
        return [Actor(token.text, None, None, iso3, None, "UNK")] if iso3 else []

    def _has_actor(self, token: Token) -> bool:
        return any(a.key for a in self._actors_in(token))

    # -- modality and attribution ---------------------------------------------------------------------------
    def _clause_head(self, m: Mention) -> Token:
        tok = m.token
        if m.nominal:
            while tok.dep_ in {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "conj"}:
                if tok.head.i == tok.i:
                    break
                tok = tok.head
        return tok

    # -- circumstances ---------------------------------------------------------------------------------------
    def _clause_tokens(self, head: Token) -> list[Token]:
        """The head's subtree without nested clauses that carry their own events."""
        out: list[Token] = []

        def walk(tok: Token) -> None:
            out.append(tok)
            for child in tok.children:
                if child.dep_ in CLAUSE_BOUNDARIES and child.pos_ in {"VERB", "AUX"}:
                    continue
                walk(child)

        walk(head)
        return sorted(out, key=lambda t: t.i)

    def _source_actor(self, token: Token) -> Actor:
        found = self.actors.actors_of(token)
        if found:
            return found[0]
        words = [t for t in token.subtree if t.dep_ not in {"relcl", "punct"}]
        text = token.doc[words[0].i : words[-1].i + 1].text if words else token.text
        return Actor(text=text, name=None, sector="UNK", basis="explicit")


def implied(text: str, country: str | None, sector: str) -> Actor:
    """An actor the sentence leaves unsaid and its context fills ("government", "unidentified attackers",
    "(unstated)"): no name or role of its own, ``basis="context"``."""
    return Actor(text, None, None, country, None, sector, "context")


def governing_verb(tok: Token) -> Token | None:
    return next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def hyphenated_lemma(token: Token) -> str:
    """The lemma of a noun with the word hyphened to it ("cease-fire", parsed as "cease", "-", "fire")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head.i == token.i:
        return f"{doc[token.i - 2].lemma_}-{token.lemma_}".lower()
    return token.lemma_.lower()


def phrase_text(tok: Token) -> str:
    words = list(tok.subtree)
    return tok.doc[words[0].i : words[-1].i + 1].text


def participial_adjunct(verb: Token) -> bool:
    """ "Arrested in Nairobi last week, the activist ...", "the officers, although suspended from duty, ...":
    a past participle with no subject or auxiliary of its own, on a clause whose subject underwent it."""
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in own for c in verb.children)
    )


def is_infinitive(verb: Token) -> bool:
    """A verb with its "to" ("to suspend", "to attack the judge")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _whose(infinitive: Token) -> Token | None:
    """Whose decision, plan or bid an infinitive on a noun is ("Russia's decision to suspend", "a bid by
    Turkey to join"); None for other participles and clauses ("a message blaming Iran")."""
    if not is_infinitive(infinitive):
        return None
    noun = infinitive.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
