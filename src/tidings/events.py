"""Find event mentions in parsed sentences: triggers, their actors, date, place and modality.

A mention is one trigger in one sentence ("met", "held a meeting with", "the talks were held"). The article
level (:mod:`tidings.extract`) merges mentions of the same real event into one record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from tidings.actors import ArticleActors, entity_of, relative_antecedent
from tidings.dates import ResolvedDate, resolve_date, scene_offset
from tidings.knowledge import Trigger, TriggerLexicon, trigger_lexicon
from tidings.places import capital_of, place_from_name
from tidings.records import Actor, Place

_SUBJECT_DEPS = {"nsubj", "csubj"}
_CLAUSE_BOUNDARIES = {"ccomp", "relcl", "advcl", "parataxis", "conj", "xcomp"}
# prepositions that put an event somewhere ("in Gdańsk", "near Tehran"), not where an actor is from
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
_HAPPEN_VERBS = {"hold", "take", "occur", "happen", "begin", "start", "conclude", "end", "continue", "resume"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "ought"}
_NEGATING_HEADS = {"refuse", "decline", "fail", "deny", "reject"}
_DENYING_HEADS = {"deny", "dispute"}
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
_LED_BY = frozenset({"led", "backed", "brokered", "sponsored", "funded", "supported"})
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
_SPEECH_VERBS = frozenset({"speak", "address", "announce", "repeat", "vow", "promise", "pledge", "appear"})
# "the recent meeting": said to be in the past, with no date to resolve and none to inherit
_COERCE_AGENT = {
    "arrest": "COP",
    "raid": "COP",
    "repress": "COP",
    "charge": "JUD",
    "sentence": "JUD",
    "subpoena": "JUD",
    "try": "JUD",
}
# Cooperative acts that ordinary people do every day; only states and organisations make them events
_NOT_BY_CIVILIANS = {"CONSULT", "AID", "SUPPORT", "AGREE", "COOPERATE", "CONCEDE", "SANCTION"}
_OFFICIAL = {"GOV", "IGO", "NGO", "MED", "JUD", "LEG", "MIL"}
_REQUEST_HEADS = {
    "urge",
    "ask",
    "demand",
    "call",
    "request",
    "appeal",
    "press",
    "want",
    "wish",
    "hope",
    "insist",
    "implore",
    "encourage",
    "petition",
    "beg",
    "tell",
    "advise",
    "instruct",
    "order",
}
# "told passengers to take another route", "advised her to ...": telling someone what to do is a request
_INSTRUCTING = frozenset({"tell", "advise", "instruct", "direct", "remind", "invite", "encourage"})
# Acts aimed at someone; when the target goes unsaid, context may say whose
_DIRECTED = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "CONCEDE", "COERCE", "SANCTION"}
# Acts done by saying something: anyone who speaks can do them
_SAYING = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"}
# Hostile acts of a foreign actor that name no target are aimed at the country the story is about
_AT_THE_STORY = {"THREATEN", "ACCUSE", "SANCTION"}
# Acts whose target may be an issue or a thing ("condemned the decision", "called for the bill's repeal")
_ISSUE_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "CONCEDE", "PROTEST", "SANCTION"}
_LOCALS = {"CVL", "OPP", "REB", "CRM", "COP"}
_ADDRESS_PREPS = {"to", "with", "against", "from", "on"}
_COMPLEMENT_TARGET = {"REJECT", "THREATEN", "AGREE"}
_VICTIM_NOUNS = {"target", "victim", "object", "subject"}
_THREAT_HEADS = {"threaten", "warn", "vow"}
_FIRST_PERSON = {"i", "we", "us"}
_SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
_NATIONWIDE = {"martial-law", "curfew", "emergency"}  # measures on a whole population
_READY = {"willing", "ready", "prepared", "determined", "eager", "keen"}  # "is willing to withdraw"
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
_SPANS = {"day", "week", "month", "year"}  # "weeks of protests"
_VAGUE_PAST = {"recent", "recently", "earlier", "previous", "past", "former", "last"}


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
    date: ResolvedDate | None = None
    place: Place | None = None
    modality: str = "asserted"
    attributed_to: Actor | None = None

    @property
    def has_actor(self) -> bool:
        return any(a.key for a in self.sources + self.targets)


class MentionFinder:
    """Finds event mentions sentence by sentence, keeping article context in :class:`ArticleActors`."""

    def __init__(
        self, actors: ArticleActors, published: dt.date | None, lexicon: TriggerLexicon | None = None
    ):
        self.actors = actors
        self.published = published
        self.lex = lexicon or trigger_lexicon()
        self.history: list[Mention] = []  # mentions found so far in the article
        self.claimants: list[Actor] = []  # who claimed responsibility for an attack in the article
        self.last_speaker: Actor | None = None  # whose words a quotation running on is

    # -- triggers ------------------------------------------------------------------------------------------
    def mentions(self, sentence: Span, index: int) -> Iterator[Mention]:
        self._claims(sentence)
        self._note_speaker(sentence)
        for token in sentence:
            found = self._trigger_of(token)
            if found is None:
                continue
            trigger, nominal = found
            mention = Mention(trigger.type, trigger, token, index, sentence, nominal=nominal)
            ok = self._nominal_arguments(mention) if nominal else self._verbal_arguments(mention)
            if not ok or (not nominal and (_rule_statement(token) or _nobody_did(token))):
                continue
            if not nominal and self._requested(token, index):
                continue  # "urged Lam to step down": the act asked for is the request's content
            self._modality(mention)
            if mention.intent and mention.modality != "negated":
                mention.modality = "asserted"  # the intent is stated, whatever comes of it
            self._first_person_source(mention)
            mention.date = self._date(mention)
            mention.place = self._place(mention)
            if mention.has_actor or not mention.anaphoric or mention.date is not None:
                # a definite event noun with a date of its own ("last week's protests") is its own event
                self._implied_actors(mention)
                self._implied_addressee(mention)
            if (
                mention.sources
                and all(a.sector == "CVL" for a in mention.sources)
                and (mention.type in _NOT_BY_CIVILIANS)
                and not self._rallying(mention)
                and not trigger.by_acomp  # a plea in court is one, whoever makes it
            ):
                continue  # "residents donated blood", "people visiting Hong Kong": not political events
            self.history.append(mention)
            yield mention

    def _requested(self, verb: Token, index: int) -> bool:
        """The verb is what a request found in this sentence asks for ("asked the US to waive her immunity",
        "called on Turkey to halt drilling", "urged her to stop attacking them")."""
        asked = {p.token.i for p in self.history if p.sentence_index == index and p.type == "REQUEST"}
        # "want him to resign or be impeached": the second act shares the first one's "to"
        infinitive = any(
            c.dep_ == "aux" and c.lower_ == "to"
            for c in [*verb.children, *(verb.head.children if verb.dep_ == "conj" else [])]
        )
        # "I urge Lam, if she cannot do anything, to please step down": parsed under the aside's verb
        steps = {"xcomp", "ccomp", "advcl", "conj", "acl", "relcl"} if infinitive else {"xcomp", "ccomp"}
        tok = verb
        while tok.dep_ in steps and tok.head.i != tok.i:
            tok = tok.head
            if tok.i in asked:
                return True
        return False

    def _says_others_should(self, verb: Token) -> bool:
        """ "said foreign powers should get out of the region", "insisted that Iran must stop": a reported
        clause that tells someone what to do (not "we should", not "the meetings should be based on")."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
            if not any(a.lower_ in _DEONTIC for a in aux) or any(a.lower_ == "have" for a in aux):
                continue
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject.lower_ in _FIRST_PERSON:
                continue
            if subject.lemma_.lower() in _AGENT_NOUNS or any(a.key for a in self.actors.actors_of(subject)):
                return True
        return False

    def _claims(self, sentence: Span) -> None:
        """ "The Houthi movement claimed responsibility for the attacks", "the attack was claimed by X": who
        the article says carried out the attacks it reports without naming the attacker."""
        for verb in (t for t in sentence if t.lemma_.lower() == "claim" and t.pos_ == "VERB"):
            children = list(verb.children)
            if any(c.dep_ == "dobj" and c.lemma_.lower() in {"responsibility", "credit"} for c in children):
                subj = self._subject_of(verb)
                found = self._actors_in(subj) if subj is not None else []
            elif any(
                c.dep_ == "nsubjpass" and (t := self.lex.nouns.get(c.lemma_.lower())) and t.type == "ASSAULT"
                for c in children
            ):
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

    def _trigger_of(self, token: Token) -> tuple[Trigger, bool] | None:
        lemma = token.lemma_.lower()
        feeling = self.lex.adjectives.get(lemma) if token.pos_ == "ADJ" and token.dep_ == "acomp" else None
        if feeling is not None:
            return feeling, False  # "I'm grateful to him", "Ankara was furious with Athens"
        if token.pos_ == "VERB":
            for child in token.children:
                # a particle follows its verb: "On Tuesday, the minister called ..." is no "call on"
                if child.dep_ in {"prt", "prep"} and child.i > token.i:
                    phrasal = self.lex.phrasal.get((lemma, child.lower_))
                    if phrasal is not None:
                        return phrasal, False
                if child.dep_ == "dobj" and (lemma, child.lemma_.lower()) in self.lex.phrasal:
                    return self.lex.phrasal[(lemma, child.lemma_.lower())], False
                marker = next((g for g in child.children if g.dep_ == "mark"), None)
                if child.dep_ in {"advcl", "ccomp"} and marker is not None:
                    # "called for the bill to be dropped": the particle parsed as the clause's marker
                    phrasal = self.lex.phrasal.get((lemma, marker.lower_))
                    if phrasal is not None:
                        return phrasal, False
            trigger = self.lex.verbs.get(lemma)
            if trigger is None and lemma in self.lex.evaluative_verbs:
                trigger = self._evaluation(token)
            if trigger is None and lemma in self.lex.reporting_verbs and self._says_others_should(token):
                trigger = self.lex.demand
            if trigger is None and lemma in _INSTRUCTING and _told_to(token):
                trigger = self.lex.demand  # "told passengers to take another route"
            if trigger is None and lemma in self.lex.reporting_verbs | self.lex.belief_verbs | {"hold"}:
                culprit = self._culprit(token)
                trigger = self.lex.criticism if culprit is not None else None
            if trigger is not None and token.dep_ not in {"amod", "compound"}:
                return trigger, False
            return None
        if _time_to_act(token):
            return self.lex.demand, True  # "it's time to give the public the final say"
        plural = token.tag_ in {"NNS", "NNPS"}
        if token.tag_ in {"NNP", "NNPS"} and token.is_sent_start and _alone(token):
            # "Tributes were paid ...": a common noun opening a sentence, taken for a name by the tagger
            singular = token.lower_[:-1] if plural and token.lower_.endswith("s") else token.lower_
            lemma = singular if singular in self.lex.nouns else token.lower_
        elif token.tag_ not in {"NN", "NNS"}:
            return None
        if token.pos_ in {"NOUN", "PROPN"}:
            for child in token.children:
                if child.dep_ in {"compound", "amod"}:
                    compound = self.lex.compound_nouns.get((child.lemma_.lower(), lemma))
                    if compound is not None:
                        return compound, True
            trigger = self.lex.nouns.get(lemma)
            if trigger is None or token.dep_ == "compound":
                return None
            if trigger.plural_only and not plural:
                return None
            if (
                token.dep_ == "pobj"
                and token.head.lower_ in {"in", "as"}
                and not any(c.dep_ in {"det", "poss"} for c in token.children)
                and not trigger.in_phrase
            ):
                # manner, not an event: "resigned in protest"; but "rallied in support of X" supports X
                return None
            if (
                trigger.type == "PROTEST"
                and token.dep_ == "pobj"
                and token.head.lower_ in {"at", "in", "during"}
                and (token.head.head.lemma_.lower() in self.lex.reporting_verbs | _SPEECH_VERBS)
            ):
                return None  # "announced it again in a rally": where a speech was made, not a protest
            mods = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
            if trigger.required_modifiers and not mods & trigger.required_modifiers:
                return None
            if mods & trigger.exclude_modifiers:
                return None
            return trigger, True
        return None

    def _culprit(self, verb: Token) -> Token | None:
        """Who a statement blames for an act: "said Iran was behind the attacks", "said the rebels were
        responsible for the bombing", "said the crash was Iran's doing", "held Pakistan responsible for
        the blast". Saying so is an accusation by the speaker."""
        if verb.lemma_.lower() == "hold":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            said = [c for c in [*verb.children, *(obj.children if obj is not None else [])] if c.i > verb.i]
            blamed = any(c.lemma_.lower() in self.lex.responsible_words and self._blamed_for(c) for c in said)
            return obj if obj is not None and blamed and self._has_actor(obj) else None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
            parts = list(clause.children)
            subject = next((c for c in parts if c.dep_ == "nsubj"), None)
            if subject is None or any(c.dep_ == "neg" for c in parts):
                continue  # "said Iran was not behind it" blames no one
            for part in parts:
                behind = part.dep_ == "prep" and part.lower_ == "behind" and self._blamed_for(part)
                responsible = (
                    part.dep_ == "acomp"
                    and part.lemma_.lower() in self.lex.responsible_words
                    and self._blamed_for(part)
                )
                to_blame = part.dep_ == "xcomp" and part.lemma_.lower() == "blame"  # "Russia is to blame"
                if (behind or responsible or to_blame) and self._has_actor(subject):
                    return subject
            for doing in (t for t in clause.subtree if t.lemma_.lower() in self.lex.doing_nouns):
                # "the crash was Iran's doing", "was 'likely' Iran's doing" (parsed under the adjective)
                owner = next((g for g in doing.children if g.dep_ == "poss"), None)
                path = [doing, *doing.ancestors][: list(doing.ancestors).index(clause) + 1]
                predicate = all(t.dep_ in {"attr", "acomp", "xcomp"} for t in path)
                if predicate and owner is not None and self._blameable(subject) and self._has_actor(owner):
                    return owner
        return None

    def _blamed_for(self, word: Token) -> bool:
        """ "behind the attacks", "responsible for the bombing": the word names an act one can be blamed for
        ("responsible for the region's economy" blames no one)."""
        if word.lower_ == "behind":
            return any(c.dep_ == "pobj" and self._blameable(c) for c in word.children)
        return any(
            g.dep_ == "pobj" and self._blameable(g)
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children
        )

    def _blameable(self, act: Token) -> bool:
        lemma = act.lemma_.lower()
        trigger = self.lex.nouns.get(lemma)
        return (
            lemma in self.lex.blamed_acts
            or act.lower_ in self.lex.blamed_acts
            or lemma in self.lex.accident_nouns
            or (trigger is not None and trigger.type in {"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
        )

    def _has_actor(self, token: Token) -> bool:
        return any(a.key for a in self._actors_in(token))

    def _evaluation(self, verb: Token) -> Trigger | None:
        """ "X called the deal 'lousy'": a describing verb whose description, after its object, carries a
        clearly negative or positive word is criticism or praise of that object."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not self._judgeable(obj):
            return None
        # the description follows the object's head: "called the deal 'lousy'", "the stabbing 'an act of ...'"
        after = [t for t in verb.subtree if t.i > obj.i]
        words = {t.lower_ for t in after} | {t.lemma_.lower() for t in after}
        negative, positive = words & self.lex.negative_words, words & self.lex.positive_words
        if negative and not positive:
            return self.lex.criticism
        if positive and not negative:
            return self.lex.praise
        return None  # mixed or neutral: no verdict to record

    def _judgeable(self, obj: Token) -> bool:
        """Criticism or praise is of someone or of something someone did (a deal, an attack, a decision),
        not of a state of affairs ("called the crisis the worst in the world")."""
        lemma = obj.lemma_.lower()
        if lemma in self.lex.nouns or lemma in self.lex.judged_acts:
            return True
        return bool(self.actors.resolve(obj)) or any(c.dep_ == "poss" for c in obj.children)

    # -- arguments -----------------------------------------------------------------------------------------
    def _verbal_arguments(self, m: Mention) -> bool:
        verb, trig = m.token, m.trigger
        if trig.requires_pos and verb.pos_ != trig.requires_pos:
            return False
        children = list(verb.children)
        passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"  # "the ceasefire agreed by the two countries"
        )
        # "I urge [Lam] to ...": an editor's brackets are no object
        obj = next((c for c in children if c.dep_ in {"dobj", "obj"} and not c.is_punct), None)
        if trig.intransitive and (obj is not None or any(c.dep_ in {"ccomp", "xcomp"} for c in children)):
            return False  # "demonstrated a printer", "demonstrates that the system is not ...": showing
        if obj is not None and obj.lemma_.lower() in trig.not_objects:
            return False  # "seized the opportunity", "deployed all necessary preparations"
        if trig.by_instruction and obj is not None and any(c.dep_ == "xcomp" for c in children):
            m.type = trig.by_instruction  # "warned people to stay inside": advice, not a threat
        if verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
            return False  # "Armenia is to blame": Armenia is blamed, by whoever says so (see _culprit)
        plea = next((c for c in children if c.dep_ == "acomp"), None) if trig.by_acomp else None
        if plea is not None:
            negated = any(g.dep_ == "neg" for g in plea.children)
            kind = trig.by_acomp.get(("not " if negated else "") + plea.lemma_.lower())
            if kind is None:
                return False
            # "pleaded not guilty to seven counts": denied before the court of the place
            m.type = kind
            m.sources = self._actors_in(self._subject_of(verb) or verb)
            charges = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to"), None)
            m.targets = self._issue_target(charges, m.type) if charges is not None else []
            return True
        if trig.by_reason and any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
            m.type = trig.by_reason  # "attacked Biden for accumulating wealth": blame, not violence
        patient = obj or next(
            (c for c in children if c.dep_ == "nsubjpass"), None
        )  # "the bill was suspended"
        if patient is not None and patient.lemma_.lower() in trig.by_object:
            m.type = trig.by_object[patient.lemma_.lower()]
        elif obj is not None and trig.by_object_default:
            m.type = trig.by_object_default  # "withdraw the bill", "withdraw it" (not troops)
        if trig.requires_object:
            heads = [c for c in children if c.dep_ in {"dobj", "nsubjpass", "pobj"}]
            heads += [h for h in [_misparsed_subject(verb)] if h is not None]
            heads += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            heads += [  # "delayed $400 million in military aid": the amount's substance
                g
                for h in heads
                if h.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY"}
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                for g in p.children
                if g.dep_ == "pobj"
            ]
            lemmas = {h.lemma_.lower() for h in heads} | {
                g.lemma_.lower() for h in heads for g in h.children if g.dep_ == "compound"
            }
            country_object = trig.country_object_sectors and any(
                self.actors.gaz.country_of_word(h.text) for h in heads
            )
            if not lemmas & trig.requires_object and not country_object:
                return False
            # "troops left Syria" is a withdrawal; "she left the UK" is a journey
            only_country = bool(country_object) and not lemmas & trig.requires_object
        else:
            only_country = False
        if (
            m.type == "REJECT"
            and verb.lemma_.lower() in _DENYING_HEADS
            and any(c.dep_ == "ccomp" for c in children)
        ):
            return False  # "denied that he made a deal" denies a fact; the deal is recorded as negated
        if trig.requires_complement and not any(
            c.dep_ in {"xcomp", "ccomp"} and not _question(c) for c in children
        ):
            return False  # "asked whether the city was in the US", "asked: 'Is it true?'": a question
        if trig.requires_prep and not any(
            c.dep_ == "prep" and c.lower_ == trig.requires_prep for c in children
        ):
            return False
        if trig.complement_lemmas and not any(
            c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in trig.complement_lemmas for c in children
        ):
            return False
        if passive and trig.experiencer:
            feeler = next((c for c in children if c.dep_ == "nsubjpass"), None)
            cause = next(
                (c for c in children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "at", "with"}),
                None,
            )
            m.sources = self._actors_in(feeler) if feeler is not None else []
            m.targets = [
                a for p in (cause.children if cause else []) if p.dep_ == "pobj" for a in self._actors_in(p)
            ]
        elif passive:
            agent = next((c for c in children if c.dep_ == "agent"), None)
            if agent is not None:
                m.sources = [a for p in agent.children if p.dep_ == "pobj" for a in self._actors_in(p)]
            subj = next((c for c in children if c.dep_ == "nsubjpass"), None) or _misparsed_subject(verb)
            if subj is None and verb.dep_ == "conj":
                # "the territory, which belonged to Syria and was occupied by Israel": the shared subject
                subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                m.targets = self._actors_in(subj) or (
                    self._issue_target(subj, m.type) if not trig.symmetric else []
                )
        else:
            subj = self._subject_of(verb)
            if subj is not None:
                m.sources = self._actors_in(subj)
            if obj is not None and trig.object_is_target and m.type == trig.type:
                m.targets = self.actors.actors_of(obj) or self._nested_actors(obj)
                for other in obj.conjuncts if not m.targets else ():
                    # "blaming human error and the fear of aggression from the United States"
                    m.targets = [a for a in self._nested_actors(other) if a.key]
                    if m.targets:
                        break
                if not m.targets and not trig.symmetric:
                    m.targets = self._issue_target(obj, m.type)
            elif obj is not None and m.type != trig.type and m.type in {"ACCUSE", "SUPPORT", "REJECT"}:
                # "attacked the decision of the American president": the one whose act it was
                # the maker named by "by", on the act or on its description ("the proclamation of the Heights
                # as Israeli territory by the American president")
                described = [c for c in children if c.dep_ == "prep" and c.lower_ == "as"]
                by = [
                    t
                    for head in (obj, *described)
                    for t in head.subtree
                    if t.dep_ in {"prep", "agent"} and t.lower_ == "by"
                ]
                m.targets = (
                    [a for prep in by for a in self._pobj_actors(prep) if a.key]
                    or self._nested_actors(obj)
                    or self._issue_target(obj, m.type)
                )
        for prep in (c for c in children if c.dep_ in {"prep", "prt"} and c.lower_ in trig.target_preps):
            m.targets += self._pobj_actors(prep) or (
                self._issue_target(prep, m.type) if not trig.symmetric else []
            )
        for clause in children:
            marker = next((g for g in clause.children if g.dep_ == "mark"), None)
            if (
                clause.dep_ in {"advcl", "ccomp"}
                and marker is not None
                and marker.lower_ in trig.target_preps
            ):
                subj = next((g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None and not m.targets:
                    m.targets = self._actors_in(subj) or self._issue_target(subj, m.type)
        if any(a.basis != "context" and a.key for a in m.targets):
            # "froze aid to Pakistan": a named target, not the issue coded to the home country
            m.targets = [a for a in m.targets if not _issue(a)]
        particle = any(c.dep_ in {"prt", "prep"} and c.lower_ in trig.target_preps for c in children)
        if not m.targets and obj is not None and trig.object_is_target is False and particle:
            # "called on X to ...": particle parsed as part of the verb, the addressee as its object
            m.targets = self.actors.actors_of(obj)
        ccomp = next((c for c in children if c.dep_ == "ccomp"), None)
        clause_subject = (
            next((g for g in ccomp.children if g.dep_ in {"nsubj", "nsubjpass"}), None) if ccomp else None
        )
        if not m.targets and m.type == "ACCUSE" and trig is self.lex.criticism:
            culprit = self._culprit(verb)  # "said Iran was behind the attacks"
            m.targets = self._actors_in(culprit) if culprit is not None else m.targets
        if not m.targets and m.type == "REQUEST" and clause_subject is not None:
            # "recommended the US troops withdraw", "urged that the immunity be waived": who is to act
            m.targets = self._actors_in(clause_subject) or self._issue_target(clause_subject, m.type)
        if not m.targets and m.type == "REQUEST" and verb.dep_ in {"advcl", "acl", "xcomp"}:
            # "wrote to the US Embassy asking to waive ...": the addressee of the act the request rides on
            carrier = verb.head if verb.dep_ != "acl" else _governing_verb(verb)
            for prep in (
                c for c in (carrier.children if carrier else []) if c.dep_ == "prep" and c.lower_ == "to"
            ):
                m.targets += [a for a in self._pobj_actors(prep) if a.key]
        complement = next((c for c in children if c.dep_ == "xcomp"), None)
        if not m.targets and complement is not None and m.type in _COMPLEMENT_TARGET:
            # "refused to provide the network with ...", "threatened to attack the village"
            for obj2 in (c for c in complement.children if c.dep_ in {"dobj", "dative"}):
                m.targets += self._actors_in(obj2)
            for prep in (c for c in complement.children if c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS):
                m.targets += [a for a in self._pobj_actors(prep) if a.key]  # "cut off electricity to X"
        joined = {a.key for a in m.targets if a.key}
        if (
            m.type == "COOPERATE"
            and trig.mode == "join"
            and (not joined or joined & {a.key for a in m.sources})
        ):
            body = obj if obj is not None else next((c for c in children if c.dep_ == "nsubjpass"), None)
            if body is not None:
                m.targets = self._body_owner(body)
        if m.type == "REJECT" and obj is not None and not any(a.basis == "explicit" for a in m.targets):
            # "denied the accusation", "declined the request": rejected is whoever made it, reported before
            nested = [a for a in self._nested_actors(obj) if a.key]  # "the accusation by the United States"
            earlier = self._earlier_event(obj) if not nested else None
            if nested:
                m.targets = nested
            elif earlier is not None:
                m.targets = [replace(earlier, text=_phrase_text(obj), basis="linked")]
        if len(m.targets) > 1:  # "called the agreements legitimate": the speaker's own side is no target
            own = {a.key for a in m.sources}
            m.targets = [t for t in m.targets if t.basis != "linked" or t.key not in own] or m.targets
        standing = any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in children)
        if m.type == "SUPPORT" and passive and standing and verb.dep_ in {"relcl", "acl"}:
            return False  # "Carrie Lam, who is supported by the Chinese government": a standing relation
        if trig.requires_actor_object and not any(a.key and not _issue(a) for a in m.targets):
            return False  # "investigated the conditions leading to his death": no one was investigated
        if only_country and not any(a.sector in trig.country_object_sectors for a in m.sources):
            return False
        if m.type == "CONSULT" and m.targets and all(a.sector == "MED" for a in m.targets):
            return False  # "speaking to the BBC", "told a newspaper": an interview, not a consultation
        private = {"CVL", "UNK"}
        if (
            m.type == "CONSULT"
            and m.sources
            and m.targets
            and all(a.sector in private for a in m.sources + m.targets)
        ):
            return False  # "Zachary first met the family at age 10": people meeting, no politics
        left = [
            g
            for c in children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if left and left[0].lemma_.lower() in trig.by_from:
            m.type = trig.by_from[left[0].lemma_.lower()]  # "withdrew from the race": conceded
        elif (
            trig.bare_sectors
            and obj is None
            and not left
            and not any(a.sector in trig.bare_sectors for a in m.sources)
        ):
            if not (trig.by_from and any(a.name and not a.role for a in m.sources)):
                return False  # "the team withdrew": no forces withdrawn
            m.type = "CONCEDE"  # "Bayes withdrew in March": a candidate, out of the race
        if trig.requires_source_sector and not any(
            a.sector in trig.requires_source_sector for a in m.sources
        ):
            return False
        self._intent(m, verb)
        if (trig.symmetric or m.type in _SYMMETRIC) and len(m.sources) > 1 and not m.targets:
            m.sources, m.targets = m.sources[:1], m.sources[1:]
            m.multilateral = True
        return True

    def _nominal_arguments(self, m: Mention) -> bool:
        noun, trig = m.token, m.trigger
        if trig is self.lex.demand:
            return self._time_to(m)
        governor = noun.head if noun.dep_ in {"dobj", "pobj", "nsubjpass", "attr", "conj"} else None
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "state":
            governor = noun.head.head.head  # "declared a state of emergency"
        if governor is not None and governor.dep_ == "prep" and noun.dep_ == "pobj":
            governor = governor.head if governor.head.pos_ == "VERB" else None
        light = (
            governor is not None
            and governor.pos_ == "VERB"
            and (governor.lemma_.lower() in (trig.light_only or self.lex.light_verbs))
        )
        # "the martial law imposed by President Marcos", "sanctions announced by the EU"
        imposed = next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() in (trig.light_only or self.lex.light_verbs)
            ),
            None,
        )
        light = light or imposed is not None
        in_phrase = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"
        # "at the Iraqi government's request", "at the request of the embassy"
        at_request = (
            trig.type == "REQUEST"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in {"at", "upon", "on"}
            and noun.head.head.pos_ in {"VERB", "AUX"}
        )
        if (
            trig.light_only
            and not light
            and not (trig.in_phrase and in_phrase)
            and not at_request
            and not self._owned_and_aimed(noun, trig)
        ):
            return False
        if governor is not None and governor.lemma_.lower() in trig.light_types:
            m.type = trig.light_types[governor.lemma_.lower()]
        if trig.requires_pos and noun.pos_ != trig.requires_pos:
            return False
        against = False  # "anti-government protests", split by the tokenizer into "anti", "-", "government"
        for child in noun.children:
            if child.dep_ in {"amod", "compound"} and child.lower_ in {"anti", "anti-", "-"}:
                against = against or child.lower_.startswith("anti")
                continue
            if child.dep_ == "poss" and trig.possessor_is_target:
                m.targets += self.actors.actors_of(child)  # "his trial"
            elif child.dep_ == "poss":
                m.sources += self.actors.actors_of(child)
            elif child.dep_ == "prep" and child.lower_ in trig.source_preps:
                m.sources += self._pobj_actors(child)
            elif child.dep_ == "prep" and child.lower_ in trig.participant_preps:
                people = self._pobj_actors(child)
                if people and not m.sources:
                    m.sources, m.targets = people[:1], m.targets + people[1:]
                    m.multilateral = True
                else:
                    m.targets += people
            elif child.dep_ == "prep" and child.lower_ in trig.target_preps:
                m.targets += self._pobj_actors(child) or self._issue_target(child, m.type)
            elif child.dep_ in {"amod", "compound"} and (against or child.lower_.startswith("anti")):
                m.targets += [a for a in self.actors.resolve(child) if a.key]  # "anti-government protests"
            elif child.dep_ in {"amod", "compound"} and not m.sources:
                m.sources += [a for a in self.actors.resolve(child) if a.key]
        if imposed is not None and not m.sources:
            m.sources = [a for c in imposed.children if c.dep_ == "agent" for a in self._pobj_actors(c)]
        frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        m.campaign = (frame is not None and frame.tag_ == "NNS" and frame.lemma_.lower() in _SPANS) or any(
            c.dep_ == "prep" and c.lower_ == "since" for c in noun.children
        )
        victim_frame = frame is not None and frame.lemma_.lower() in _VICTIM_NOUNS and frame.dep_ == "attr"
        if frame is not None and victim_frame and not m.targets:
            # "Abqaiq was the target of an attack": the subject of the copula was attacked
            subject = next((c for c in frame.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                m.targets = self._actors_in(subject)
        if at_request and not m.sources:
            m.sources = [
                a
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for a in self._pobj_actors(c)
            ]
        if at_request and not m.targets:
            # "returned at the Iraqi government's request": asked was whoever then acted
            actor = self._subject_of(noun.head.head)
            m.targets = [a for a in self._actors_in(actor) if a.key] if actor is not None else []
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and not m.targets:
            # "the facilities were hit by drone strikes": the passive subject is what was struck
            passive_subj = next((c for c in noun.head.head.children if c.dep_ == "nsubjpass"), None)
            if passive_subj is not None:
                m.targets = self._actors_in(passive_subj)
        if not m.sources and in_phrase and (m.type in {"COOPERATE", "CONSULT", "AID"} or trig.in_phrase):
            # "... to eliminate Islamic State elements in cooperation with Iraqi forces"
            subj = self._subject_of(noun.head.head)
            if subj is not None:
                m.sources = self._actors_in(subj)
        if light and governor is not None:
            if noun.dep_ == "nsubjpass":
                agent = next((c for c in governor.children if c.dep_ == "agent"), None)
                if agent is not None and not m.sources:
                    m.sources = [a for p in agent.children if p.dep_ == "pobj" for a in self._actors_in(p)]
            elif not m.sources:
                subj = self._subject_of(governor)
                if subj is not None:
                    m.sources = self.actors.actors_of(subj)
            for prep in (
                c for c in governor.children if c.dep_ in {"prep", "dative"} and c.lower_ in trig.target_preps
            ):  # "paid tribute to the sultan": the parser may hang "to" on the verb as its dative
                m.targets += self._pobj_actors(prep)
        if light and governor is not None:
            self._intent(m, governor)  # "prepared to impose martial law"
        happening = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in _HAPPEN_VERBS
        if not m.has_actor and m.type == "PROTEST" and (_new_occasion(noun, light) or _placed(noun)):
            return True  # "A protest had taken place in the park", "Vigils were attended by thousands"
        if not m.has_actor:
            # "the protests", and "last week's protests": a day of its own makes the noun definite
            m.anaphoric = happening or any(
                c.lower_ in {"the", "these", "those", "this"} or (c.dep_ == "poss" and c.ent_type_ == "DATE")
                for c in noun.children
            )
            own_circumstance = any(t.ent_type_ in {"DATE", "GPE"} for t in noun.subtree)
            return m.anaphoric and (happening or own_circumstance)
        if (trig.symmetric or m.type in _SYMMETRIC) and len(m.sources) > 1 and not m.targets:
            m.sources, m.targets = m.sources[:1], m.sources[1:]
            m.multilateral = True
        return True

    def _owned_and_aimed(self, noun: Token, trig: Trigger) -> bool:
        """ "its investigation into misconduct by the president", "the EU's sanctions on Russia": whose act
        and at whom both named, the noun states the event without a verb to carry it."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not any(a.key for a in self.actors.actors_of(owner)):
            return False
        aimed = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in trig.target_preps]
        return any(
            a.key for prep in aimed for g in prep.children if g.dep_ == "pobj" for a in self._actors_in(g)
        )

    def _intent(self, m: Mention, verb: Token) -> None:
        """ "Syria says it is willing to withdraw", "prepared to impose martial law": an intent to act, a
        promise when the act is friendly, a threat when it is not."""
        readiness = verb.head
        if verb.dep_ != "xcomp" or readiness.dep_ != "acomp" or readiness.lemma_.lower() not in _READY:
            return
        holder = next((c for c in readiness.head.children if c.dep_ == "nsubj"), None)
        m.sources = self._actors_in(holder) if holder is not None else m.sources
        m.type = "THREATEN" if m.type in _HOSTILE else "AGREE"
        m.intent = True

    def _time_to(self, m: Mention) -> bool:
        """ "it is time for Russia to withdraw", "it's time to give the public the final say": the speaker
        demands it, of whoever is named after "for", else of the government of the speaker's country."""
        speaker, _ = self._speaker(m, m.token.head)
        if speaker is None or not speaker.key:
            return False
        m.sources = [speaker]
        act = next(c for c in m.token.children if c.dep_ in {"relcl", "acl"})
        named = [
            g
            for c in [*m.token.children, *act.children]
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        named += [c for c in act.children if c.dep_ == "nsubj"]  # "time for Uganda to withdraw"
        m.targets = [a for g in named for a in self._actors_in(g)]
        if not any(a.key for a in m.targets) and speaker.country:
            m.targets = [Actor("government", None, None, speaker.country, None, "GOV", "context")]
        return True

    def _issue_target(self, token: Token, kind: str) -> list[Actor]:
        """A target that is an issue or a thing ("condemned anti-semitism", "called for the bill to be
        dropped"), coded as annotators do to the article's home country and flagged ``basis="context"``."""
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
            # "denounced the conclusions of the summit": the event named inside the phrase
            if prep.dep_ == "prep" and prep.lower_ == "of":
                parties = [a for g in prep.children if g.dep_ == "pobj" for a in self._earlier_parties(g)]
        if parties:
            return [replace(a, text=_phrase_text(token), basis="linked") for a in parties]
        addressee = self._same_issue(token, kind)
        if addressee is not None:
            return [replace(addressee, text=_phrase_text(token), basis="linked")]
        if self.actors.home_country is None:
            return []
        return [Actor(_phrase_text(token), None, None, self.actors.home_country, None, "UNK", "context")]

    def _earlier_parties(self, token: Token) -> list[Actor]:
        """Whose act a definite event noun names: the source of the attack, or both sides of "the border
        agreement" reported before (Greece calling it void criticises Turkey and Libya)."""
        source = self._earlier_event(token)
        if source is None:
            return []
        trigger = self.lex.nouns.get(token.lemma_.lower())
        if trigger is None or trigger.type not in _SYMMETRIC:
            return [source]
        for past in reversed(self.history):
            if past.type == trigger.type and any(a.key == source.key for a in past.sources):
                others = [a for a in past.targets if a.key and a.key != source.key]
                # a deal between two; a summit of many is judged as a whole, coded to its first party
                return [source, *others] if len(others) == 1 else [source]
        return [source]

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

    def _subject_of(self, verb: Token) -> Token | None:
        """The verb's subject, or the subject it shares with the verb it depends on ("agreed to meet",
        "met ... discussing"); for a participle on a noun, that noun when it is an actor ("officials asking
        ..."), else the subject of the clause around it ("posted a message blaming Iran")."""
        current = verb
        for _ in range(4):
            subj = next((c for c in current.children if c.dep_ in _SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head  # "the airstrike that killed ...": the noun the clause describes
            if subj is not None:
                return subj
            if current.dep_ == "pcomp":
                prep = current.head
                controller = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
                if prep.dep_ == "prep" and controller is not None:
                    return controller  # "accused Tajik forces of shelling": the accused did the shelling
                # "was more forceful in blaming Iran": the subject of the clause
                found = _governing_verb(current)
                if found is None:
                    return None
                current = found
                continue
            if current.dep_ == "acl":
                named = self.actors.resolve(current.head)
                if any((a.key or a.sector != "UNK") and a.basis != "context" for a in named):
                    return current.head
                found = _governing_verb(current)
                if found is None:
                    return None
                current = found
                continue
            if current.i == verb.i and current.dep_ == "acomp" and current.pos_ == "ADJ":
                # "he was grateful to ...": the subject of "was" (but "willing to withdraw" states an intent,
                # which these rules do not record)
                current = current.head
                continue
            if current.dep_ in {"xcomp", "conj", "advcl"} and current.head.i != current.i:
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
        for child in head.children:
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
            elif child.dep_ in {"amod", "compound", "nmod"}:
                found += [a for a in self.actors.resolve(child) if a.key] or self._demonym_actor(child)
            if found:
                return found
        return found

    def _demonym_actor(self, token: Token) -> list[Actor]:
        """ "Iranian involvement", "the US-led coalition": the country a demonym names, with no sector."""
        word = token.text
        first, _, rest = word.partition("-")
        if rest.lower() in _LED_BY:
            word = first
        iso3 = self.actors.gaz.country_of_word(word)
        return [Actor(token.text, None, None, iso3, None, "UNK")] if iso3 else []

    def _body_owner(self, body: Token) -> list[Actor]:
        """Whose coalition, alliance or force was joined: "the US-led coalition", "NATO", or who set it up
        ("the United States announced a naval coalition ..., which was joined by Australia")."""
        if body.tag_ in {"WDT", "WP"}:
            body = relative_antecedent(body)
            if body.lemma_.lower() not in _BODY_NOUNS:
                # "a naval coalition to patrol the Persian Gulf which was joined by ...": the parser hangs the
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
        for led in (c for c in body.children if c.dep_ == "amod" and c.lower_ in _LED_BY):
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

    def _agentless_passive(self, m: Mention) -> bool:
        children = list(m.token.children) if not m.nominal else []
        return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)

    def _has_thing_subject(self, m: Mention) -> bool:
        """ "A fire killed five people", "it killed nine": the sentence names a cause that is no actor, so
        there is no unidentified attacker to infer."""
        if m.nominal:
            return False
        subj = next((c for c in m.token.children if c.dep_ in _SUBJECT_DEPS), None)
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
            subj = shared if shared is not None and shared.lemma_.lower() in self.lex.accident_nouns else None
        # "was killed in a crash", "died in the earthquake": an accident, no one attacked
        accident = any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "during", "after"}
            and g.lemma_.lower() in self.lex.accident_nouns
            for c in m.token.children
            for g in c.children
            if g.dep_ == "pobj"
        )
        return subj is not None or agent is not None or accident

    def _first_person_source(self, m: Mention) -> None:
        """ "We warn the Saudis ...", Saree said: a first-person subject inside reported speech is the
        speaker (or the body the speaker stands for)."""
        if m.sources and any(a.key for a in m.sources):
            return
        subj = self._subject_of(self._clause_head(m)) if not m.nominal else None
        let_us = subj is not None and subj.lower_ in {"'s", "’s"} and subj.head.lemma_.lower() == "let"
        if subj is None or (subj.lower_ not in _FIRST_PERSON and not let_us):
            return
        speaker, _ = self._speaker(m, self._clause_head(m))
        if speaker is not None and speaker.key:
            m.sources = [speaker]
            m.attributed_to = None

    def _implied_addressee(self, m: Mention) -> None:
        """Demands by citizens, the opposition or lawmakers that name no addressee are made of their own
        government ("protesters' demands have expanded to ..."); other directed acts of a domestic actor
        that name no target concern the article's home country. Filled with ``basis="context"``."""
        if m.type == "PROTEST" and not any(a.key for a in m.targets):
            # "Hongkongers have been protesting since June": people protest to their own government
            people = next((a for a in m.sources if a.country and a.sector not in {"GOV", "MIL"}), None)
            if people is not None:
                m.targets = [Actor("government", None, None, people.country, None, "GOV", "context")]
            return
        if m.type not in _DIRECTED or any(a.key for a in m.targets):
            return
        source = next((a for a in m.sources if a.country), None)
        if source is None:
            return
        if m.type == "REQUEST" and source.sector != "GOV":
            m.targets = [Actor("government", None, None, source.country, None, "GOV", "context")]
        elif m.nominal and m.trigger.lemma in _MOURNING and self.actors.home_country:
            # "tributes were paid by world leaders": to the one the article mourns, of its home country
            home = self.actors.home_country
            m.targets = [Actor("(unstated)", None, None, home, None, "UNK", "context")]
        elif source.country == self.actors.home_country and source.basis != "context":
            m.targets = [Actor("(unstated)", None, None, source.country, None, "UNK", "context")]
        elif self.actors.home_country and m.type in _AT_THE_STORY and source.basis != "context":
            # "in the face of threats of the People's Liberation Army", in a story about Hong Kong
            home = self.actors.home_country
            m.targets = [Actor("(unstated)", None, None, home, None, "UNK", "context")]

    def _implied_actors(self, m: Mention) -> None:
        """Fill the side the sentence leaves implicit, as the annotation guidelines code it: an agentless
        arrest is by the authorities of the arrested, an attack with no named attacker is by unidentified
        attackers in the country where it happened, a protest with no named protesters is by citizens of the
        place, against its government. Actors filled this way have ``basis="context"``."""
        place_country = m.place.country if m.place else None
        home = self.actors.home_country
        if m.type in _SAYING and home:
            # "The Democratic National Committee urged states ...": a body we do not know, speaking in a
            # story about one country, is taken to be of it
            m.sources = [
                replace(a, country=home, basis="context") if not a.key and a.name and not a.role else a
                for a in m.sources
            ]
        if place_country:  # "students throughout Indonesia": people where it happens are of that place
            m.sources = [
                replace(a, country=place_country, basis="context") if not a.key and a.sector in _LOCALS else a
                for a in m.sources
            ]
        authority = next((a.country for a in m.sources if a.country and a.sector not in _LOCALS), None)
        if m.type == "COERCE" and (place_country or authority):
            # "Turkey sentenced two people smugglers": people held or tried where it happens, else by whom
            m.targets = [
                replace(a, country=place_country or authority, basis="context")
                if not a.key and a.sector in _LOCALS | {"CVL", "UNK"}
                else a
                for a in m.targets
            ]
        if m.trigger.type == "COERCE" and m.trigger.mode in _NATIONWIDE and authority and not m.targets:
            # martial law, a curfew: imposed on the people of the country
            m.targets = [Actor("the population", None, None, authority, None, "CVL", "context")]
        if m.sources and any(a.key for a in m.sources):
            return
        target_country = next((a.country for a in m.targets if a.country), None)
        if m.type == "COERCE" and m.targets:
            country = target_country or place_country or self.actors.home_country
            sector = _COERCE_AGENT.get(m.trigger.mode or "", "GOV")
            text = {"COP": "police", "JUD": "judicial authorities"}.get(sector, "authorities")
            m.sources = [Actor(text, None, None, country, None, sector, "context")]
        elif m.type in {"CONCEDE", "SANCTION"} and self._agentless_passive(m):
            # "the bill was suspended": by the government that could suspend it
            country = target_country or self.actors.home_country
            m.sources = [Actor("authorities", None, None, country, None, "GOV", "context")]
        elif m.type == "ASSAULT" and m.targets and not self._has_thing_subject(m):
            country = place_country or target_country or self.actors.home_country
            m.sources = [Actor("unidentified attackers", None, None, country, None, "UNK", "context")]
        elif m.type == "PROTEST":
            country = place_country or self.actors.home_country
            if country is None:
                return
            m.sources = [Actor("protesters", None, None, country, None, "CVL", "context")]
            if not m.targets:
                m.targets = [Actor("government", None, None, country, None, "GOV", "context")]

    # -- modality and attribution ---------------------------------------------------------------------------
    def _clause_head(self, m: Mention) -> Token:
        tok = m.token
        if m.nominal:
            while tok.dep_ in {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "conj"}:
                if tok.head.i == tok.i:
                    break
                tok = tok.head
        return tok

    def _modality(self, m: Mention) -> None:
        head = self._clause_head(m)
        chain = [head, *list(head.ancestors)[:3]]
        aux = {c.lower_ for t in chain[:2] for c in t.children if c.dep_ in {"aux", "auxpass"}}
        negated = any(c.dep_ == "neg" for c in head.children) or any(
            c.dep_ == "neg" for c in m.token.children
        )
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in _NEGATING_HEADS:
            negated = True
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in _DENYING_HEADS:
            negated = True  # "denied that he made any deal": the deal, denied
        if head.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.head.children):
            negated = True
        modifiers = (
            {c.lower_ for c in m.token.children if c.dep_ in {"amod", "compound"}} if m.nominal else set()
        )
        negated = negated or self._called_off(m)
        under_if = any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for t in chain[:2] for c in t.children
        )
        plan_head = head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_.lower() in self.lex.plan_verbs
        # "urged the government to withdraw", "threatened to cut off": wished for or held out, not done
        wishing = _REQUEST_HEADS | _THREAT_HEADS
        requested = head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_.lower() in wishing
        # "called for the president to resign", "urged the embassy to reconsider": the wished-for act
        requested = requested or (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            and any(a.lemma_.lower() in wishing and a.pos_ == "VERB" for a in list(head.ancestors)[:3])
        )
        # "plans on leaving", "is to step down", "the planned visit"
        plan_head = plan_head or (
            head.dep_ == "pcomp" and head.head.head.lemma_.lower() in self.lex.plan_verbs
        )
        destined = head.dep_ == "xcomp" and head.head.lemma_ == "be" and "to" in aux
        # "the annual meeting is set to open tomorrow", "the summit is scheduled for May"
        destined = destined or (
            m.nominal
            and m.token.dep_ in {"nsubj", "nsubjpass"}
            and m.token.head.i == head.i
            and head.lemma_.lower() in self.lex.plan_verbs
        )
        planned = (
            bool(aux & _FUTURE_AUX)
            or plan_head
            or destined
            or ("to" in aux and "be" in aux and head.tag_ == "VBN")
            or bool(modifiers & self.lex.plan_modifiers)
        )
        under_if = under_if or bool(modifiers & self.lex.hypothetical_modifiers)
        speaker, hedging_speaker = self._speaker(m, head)
        hedged = hedging_speaker or self._hedged(m, head)
        if speaker is not None and not _same_actor(speaker, m.sources):
            m.attributed_to = speaker
        if negated:
            m.modality = "negated"
        elif under_if or requested or (aux & _HYPOTHETICAL_AUX and not (speaker and "would" in aux)):
            m.modality = "hypothetical" if not (speaker and aux & {"would"}) else "planned"
        elif planned or (speaker is not None and "would" in aux):
            m.modality = "planned"
        elif hedged:
            m.modality = "claimed"
        else:
            m.modality = "asserted"

    def _called_off(self, m: Mention) -> bool:
        """ "the cancelled trip", "a visit that was called off", "the summit, which was scrapped"."""
        if not m.nominal:
            return False
        # the clause may hang on the trigger or on its place: "the visit to Algeria, which was cancelled"
        near = [*m.token.children]
        near += [g for c in m.token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        near += [g for c in near if c.dep_ == "pobj" for g in c.children]
        for child in near:
            if child.dep_ == "amod" and child.lower_ in self.lex.cancel_words:
                return True
            if child.dep_ in {"relcl", "acl"}:
                particle = next((c.lower_ for c in child.children if c.dep_ == "prt"), "")
                if child.lemma_.lower() in self.lex.cancel_words or (
                    f"{child.lemma_.lower()} {particle}" in self.lex.cancel_words
                ):
                    return True
        return False

    def _hedged(self, m: Mention, head: Token) -> bool:
        """Told as unconfirmed: "reportedly", "alleged abuse", "was said to have been injured", "were
        reported by local media to have visited". A named source alone ("NPR reported") is no hedge."""
        # what the trigger says is not how sure the report of it is: "said the crash was likely Iran's doing"
        clauses = [c for c in m.token.children if c.dep_ == "ccomp"] if not m.nominal else []
        said = {t.i for c in clauses for t in c.subtree}
        if any(t.lower_ in self.lex.hedge_words and t.i not in said for t in m.sentence):
            return True
        if any(
            c.dep_ == "amod" and c.lower_ in self.lex.hedge_modifiers
            for c in (*m.token.children, *head.children)
        ):
            return True
        for anc in [head, *list(head.ancestors)[:3]]:
            if anc.dep_ != "xcomp" or anc.head.lemma_.lower() not in self.lex.belief_verbs:
                continue
            if any(c.dep_ in {"auxpass", "nsubjpass"} for c in anc.head.children):
                return True
        return False

    def _speaker(self, m: Mention, head: Token) -> tuple[Actor | None, bool]:
        """Who the sentence says the information comes from, and whether the way it is told hedges it (an
        anonymous source, "X claimed", "Y alleged")."""
        for tok in m.sentence:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
                pobj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._source_actor(pobj), pobj.lower_ in self.lex.anonymous_sources
        ancestors = list(head.ancestors)
        quoting = next((a for a in ancestors if a.lemma_.lower() == "quote" and a.pos_ == "VERB"), None)
        if quoting is not None:  # "the newspaper quoted informed sources as saying ...": name the outlet
            outlet = self._subject_of(quoting)
            quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if outlet is not None:
                actor = self._source_actor(outlet)
                if quoted is not None:
                    actor = replace(actor, text=f"{actor.text}, quoting {_phrase_text(quoted)}")
                return actor, quoted is not None and quoted.lower_ in self.lex.anonymous_sources
        for anc in ancestors:
            lemma = anc.lemma_.lower()
            # "spoke to the press: 'I urge ...'" reports speech as "said" does
            speech = lemma in _SPEECH_VERBS and anc.dep_ == "ROOT" and any(t.is_quote for t in m.sentence)
            if (lemma in self.lex.reporting_verbs or speech) and anc.pos_ == "VERB":
                subj = self._subject_of(anc)
                if subj is None:
                    continue
                actor = self._source_actor(subj)
                hedging = subj.lower_ in self.lex.anonymous_sources or lemma in self.lex.hedging_verbs
                self.last_speaker = actor
                return actor, hedging
        if self._quoted(m.sentence) and self.last_speaker is not None:
            # a quotation running over several sentences: still the one who began it
            return self.last_speaker, False
        return None, False

    def _note_speaker(self, sentence: Span) -> None:
        """Who opens a quotation in this sentence ('The minister said: "We ...'), for the sentences of the
        quotation that follow."""
        if not any(t.is_quote for t in sentence):
            return
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.reporting_verbs | _SPEECH_VERBS:
                continue
            subj = self._subject_of(verb)
            found = self.actors.actors_of(subj) if subj is not None else []
            if found and found[0].key:
                self.last_speaker = found[0]
                return

    def _quoted(self, sentence: Span) -> bool:
        """The sentence begins inside a quotation opened earlier in its paragraph."""
        text = sentence.doc.text
        start = sentence.start_char
        paragraph = text.rfind("\n", 0, start) + 1
        before = text[paragraph:start]
        straight = before.count('"') % 2 == 1
        curly = before.rfind("\u201c") > before.rfind("\u201d")
        return straight or curly

    def _source_actor(self, token: Token) -> Actor:
        found = self.actors.actors_of(token)
        if found:
            return found[0]
        words = [t for t in token.subtree if t.dep_ not in {"relcl", "punct"}]
        text = token.doc[words[0].i : words[-1].i + 1].text if words else token.text
        return Actor(text=text, name=None, sector="UNK", basis="explicit")

    # -- circumstances ---------------------------------------------------------------------------------------
    def _clause_tokens(self, head: Token) -> list[Token]:
        """The head's subtree without nested clauses that carry their own events."""
        out: list[Token] = []

        def walk(tok: Token) -> None:
            out.append(tok)
            for child in tok.children:
                if child.dep_ in _CLAUSE_BOUNDARIES and child.pos_ in {"VERB", "AUX"}:
                    continue
                walk(child)

        walk(head)
        return sorted(out, key=lambda t: t.i)

    def _date(self, m: Mention) -> ResolvedDate | None:
        """The date words of the trigger's own clause, else those attached to a clause it depends on ("On
        Friday, the coalition said an attack ..."; "Violence broke out on Saturday when people rallied")."""
        vague = next(
            (c for c in m.token.children if c.lower_ in _VAGUE_PAST and c.dep_ in {"amod", "advmod"}), None
        )
        if vague is not None:
            return ResolvedDate(None, None, "before", vague.text)
        head = self._clause_head(m)
        own = {t.i for t in self._clause_tokens(head)}
        ancestors = {a.i for a in head.ancestors}
        # "last night", "Saturday evening" are TIME entities to the recogniser; clock times resolve to nothing
        dates = [e for e in m.sentence.ents if e.label_ in {"DATE", "TIME"}]
        # "the August 2 resignation", "last week's protests": the noun's own day first
        mine = {t.i for t in m.token.subtree} if m.nominal else set()
        ranked = [e for e in dates if e.root.i in mine and e.root.i < m.token.i]
        ranked += [e for e in dates if e.root.i in own and e not in ranked]
        ranked += [e for e in dates if e.root.i not in own and _attachment(e.root).i in ancestors | {head.i}]
        # last, another day named in the sentence: nearer the event than the scene the article set before
        others = [e for e in dates if e not in ranked]
        scene: ResolvedDate | None = None
        for ent in ranked + others:
            lead_start = max(m.sentence.start, ent.start - 12)
            lead = m.sentence.doc[lead_start : ent.start].text
            if scene_offset(ent.text) is not None:
                # "that night", "the following day": dated by the scene before it (in extract), unless the
                # sentence names a day itself ("On Friday, ... said an attack that day ...")
                if ent not in others and scene is None:
                    scene = ResolvedDate(None, None, "on", ent.text)
                continue
            resolved = resolve_date(
                ent.text,
                self.published,
                lead=lead,
                future=m.modality == "planned",
                guess=ent.label_ == "DATE",  # a clock time is no date; do not ask dateparser
            )
            if resolved is None or resolved.date is None or not self._plausible(resolved.date):
                continue
            if ent in others and resolved.precision != "day":
                continue
            return resolved
        return scene or self._scene_words(head)

    def _scene_words(self, head: Token) -> ResolvedDate | None:
        """ "the following day", "two days later" where the entity recogniser saw no date."""
        for tok in self._clause_tokens(head):
            if tok.lower_ not in _SCENE_HEADS or tok.dep_ not in {"npadvmod", "advmod", "pobj"}:
                continue
            words = list(tok.subtree)
            text = tok.doc[words[0].i : words[-1].i + 1].text
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
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    place = self._place_of(pobj, prefer)
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
                return place_from_name(named.text, text=_phrase_text(tok), prefer=prefer, gaz=gaz)
            for child in tok.children:
                if child.dep_ in {"amod", "compound", "poss"}:
                    iso3 = gaz.country_of_word(child.text)
                    if iso3:
                        return capital_of(iso3, text=_phrase_text(tok), gaz=gaz)
            return None
        if tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            # "at a Baghdad airport": the named place in front of the noun; "in Iraqi military bases": the
            # country of the demonym, and no more than the country
            for child in tok.children:
                if child.dep_ == "compound" and child.ent_type_ == "GPE":
                    return place_from_name(child.text, text=_phrase_text(tok), prefer=prefer, gaz=gaz)
            for child in tok.children:
                iso3 = gaz.country_of_word(child.text) if child.dep_ == "amod" else None
                country = gaz.countries.get(iso3) if iso3 else None
                if country is not None and child.ent_type_ == "NORP":
                    return Place(country.name, iso3, None, None, _phrase_text(tok), "country")
            return None
        ent = entity_of(tok)
        name = ent.text if ent is not None else tok.text
        return place_from_name(name, text=name, prefer=prefer, gaz=gaz)


_SCENE_HEADS = frozenset(
    {"day", "night", "morning", "afternoon", "evening", "later", "earlier", "before", "after"}
)
_QUESTION_WORDS = frozenset({"whether", "if", "what", "who", "whom", "why", "how", "where", "when", "which"})


_RULE_FRAMES = frozenset(
    {"constitution", "law", "rule", "charter", "statute", "procedure", "treaty", "system"}
)


def _alone(token: Token) -> bool:
    """Not part of a longer name: no entity at all, or an entity of this one word."""
    if not token.ent_type_:
        return True
    return token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.nbor().ent_iob_ != "I")


def _new_occasion(noun: Token, light: bool) -> bool:
    """An indefinite event noun said to have happened or been attended: an event of its own, not one
    named before ("A protest had taken place", "Vigils nationwide were attended by thousands")."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    happened = noun.head.lemma_.lower() in _HAPPEN_VERBS or (light and noun.dep_ == "nsubjpass")
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    indefinite = determiners in (["a"], ["an"]) or (noun.tag_ in {"NNS", "NNPS"} and not determiners)
    return happened and indefinite


def _placed(noun: Token) -> bool:
    """ "protests in Lima", "rallies across Chile": an event noun with no article, said where it happens."""
    if any(c.dep_ == "det" for c in noun.children) or noun.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in PLACE_PREPS and any(g.ent_type_ in {"GPE", "LOC"} for g in p.subtree)
        for p in noun.children
    )


def _time_to_act(noun: Token) -> bool:
    """ "it is time (for X) to ...": the noun "time" said of "it", with the act to do as its clause."""
    if noun.lower_ != "time" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in noun.head.children):
        return False
    return any(
        c.dep_ in {"relcl", "acl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in noun.children
    )


def _told_to(verb: Token) -> bool:
    """ "told X to do ...": an object, then an infinitive of what X is to do."""
    children = list(verb.children)
    infinitive = any(
        c.dep_ in {"xcomp", "ccomp"}
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and not any(g.tag_ in {"WP", "WDT", "WRB"} for g in c.children)  # "tell us what to do": no order
        for c in children
    )
    return infinitive and any(c.dep_ in {"dobj", "dative"} for c in children)


def _rule_statement(verb: Token) -> bool:
    """ "Under the Constitution, the House impeaches the official": what a rule provides, in the present
    tense, is no event (the guidelines' vague generalities)."""
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    clause = [verb, *(verb.ancestors if verb.dep_ == "conj" else [])]
    return any(
        c.dep_ == "prep" and c.lower_ == "under" and g.lemma_.lower() in _RULE_FRAMES
        for v in clause
        for c in v.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _nobody_did(verb: Token) -> bool:
    """ "No president has ever been removed", "any government that attacks ...": a subject that refers to
    nobody in particular takes part in no event."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and any(d.dep_ == "det" and d.lower_ in {"no", "any"} for d in c.children)
        for c in verb.children
    )


_DEONTIC = frozenset({"should", "must", "ought"})
# who can be told what to do without being named: "foreign powers should get out"
_AGENT_NOUNS = frozenset(
    {"power", "country", "nation", "government", "leader", "state", "party", "side", "authority", "official"}
)


def _misparsed_subject(verb: Token) -> Token | None:
    """ "X was arrested after Y, the mayor, was stabbed": the parser reads "after Y" as a phrase and joins
    "was stabbed" to "arrested" with no subject of its own; its subject is the noun "after" governs.
    "The bill was co-sponsored by X": the participle taken for an adjective of "was"."""
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"after", "before", "since", "until", "when"}:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.i < verb.i:
                return noun
    return None


def _issue(actor: Actor) -> bool:
    """A target that is a thing or an issue, coded to the home country (see ``_issue_target``)."""
    return actor.basis == "context" and actor.name is None and actor.role is None and actor.sector == "UNK"


def _question(clause: Token) -> bool:
    """A clause that asks rather than requests: "whether ...", "what ...", or one ending in "?"."""
    words = list(clause.subtree)
    if words and words[0].lower_ in _QUESTION_WORDS:
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
        return True
    after = clause.doc[words[-1].i + 1] if words and words[-1].i + 1 < len(clause.doc) else None
    return any(t.text == "?" for t in words) or (after is not None and after.text == "?")


def _governing_verb(tok: Token) -> Token | None:
    return next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _attachment(tok: Token) -> Token:
    """The word a phrase hangs on, looking through its preposition ("on Friday" -> the verb)."""
    head = tok.head
    return head.head if head.dep_ == "prep" else head


def _phrase_text(tok: Token) -> str:
    words = list(tok.subtree)
    return tok.doc[words[0].i : words[-1].i + 1].text


def _same_actor(speaker: Actor, sources: list[Actor]) -> bool:
    """The speaker is the event's own source (a minister voicing his government's support) rather than a
    third party reporting it (a newspaper, anonymous sources)."""
    if not sources:
        return False
    return any(
        (s.name and s.name == speaker.name)
        or (s.key and s.key == speaker.key and s.sector == speaker.sector)
        or s.text == speaker.text
        for s in sources
    )
