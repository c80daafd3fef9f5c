"""Find event mentions in parsed sentences: triggers and their actors.

A mention is one trigger in one sentence ("met", "held a meeting with", "the talks were held"). The article
level (:mod:`tidings.extract`) merges mentions of the same real event into one record. :class:`MentionFinder`
finds the triggers and the actors the sentence names; what it inherits reads the rest: who says so and how
sure (:mod:`tidings.speech`), when and where (:mod:`tidings.scenes`), the actors left unsaid
(:mod:`tidings.implicit`), on the syntax of :mod:`tidings.mentions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from tidings.actors import ArticleActors, entity_of, longest_role, relative_antecedent, sentences_back
from tidings.implicit import ImplicitReader
from tidings.knowledge import ActorLexicon, Trigger, TriggerLexicon, trigger_lexicon
from tidings.mentions import (
    DENYING_HEADS,
    FORECAST_VERBS,
    PARTICLES,
    PLACE_PREPS,
    SPEECH_VERBS,
    SYMMETRIC,
    Mention,
    governing_verb,
    hyphenated_lemma,
    implied,
    is_infinitive,
    participial_adjunct,
    phrase_text,
)
from tidings.records import Actor
from tidings.scenes import SceneReader
from tidings.speech import SpeechReader

__all__ = ["PLACE_PREPS", "Mention", "MentionFinder"]


_HAPPEN_VERBS = {"hold", "take", "occur", "happen", "begin", "start", "conclude", "end", "continue", "resume"}
# Cooperative acts that ordinary people do every day; only states and organisations make them events
_NOT_BY_CIVILIANS = {"CONSULT", "AID", "SUPPORT", "AGREE", "COOPERATE", "CONCEDE", "SANCTION"}
# but what anyone may say of someone in public, and the guidelines record whoever does: a tribute, thanks,
# condolences (forgiving someone stays a private matter)
_EXPRESSED = frozenset({"praise", "sympathize"})
_CLOSING = frozenset({"close", "shut-down"})  # closing schools, borders, transport
# "a protest over the detention", "talks about the arrest": what an act is about, which it does not do
_TOPIC_PREPS = frozenset({"over", "about"})
# "told passengers to take another route", "advised her to ...": telling someone what to do is a request
_INSTRUCTING = frozenset({"tell", "advise", "instruct", "direct", "remind", "invite", "encourage"})
_ADDRESS_PREPS = {"to", "with", "against", "from", "on"}
_COMPLEMENT_TARGET = {"REJECT", "THREATEN", "AGREE"}
_VICTIM_NOUNS = {"target", "victim", "object", "subject"}
_MUTUAL_VERBS = {"exchange", "trade", "swap"}  # "exchanged accusations", "traded fire"
_READY = {"willing", "ready", "prepared", "determined", "eager", "keen"}  # "is willing to withdraw"
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
_ANSWERED = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}  # acts one retaliates for
_SPANS = {"day", "week", "month", "year"}  # "weeks of protests"
# a clause's circumstances (when, why, how), which describe no one: "called police after the attack"
_ADJUNCT_DEPS = frozenset({"advcl", "advmod", "npadvmod"})
_TIME_MARKERS = frozenset({"when", "after", "before", "since", "until", "once", "while"})
_QUESTION_WORDS = frozenset({"whether", "if", "what", "who", "whom", "why", "how", "where", "when", "which"})
_PERMITTING = frozenset({"allow", "permit", "enable", "authorise", "authorize", "empower"})
_RULE_FRAMES = frozenset(
    {"constitution", "law", "rule", "charter", "statute", "procedure", "treaty", "system"}
)
# texts that say what is to be done, which no one does by saying it ("NATO guidelines call for 2%")
_RULE_TEXTS = frozenset(
    {"guideline", "constitution", "charter", "treaty", "rule", "regulation", "statute", "convention"}
)
# texts that permit acts without doing them ("the bill would allow police to ...")
_ENABLING_TEXTS = _RULE_FRAMES | {
    "bill",
    "legislation",
    "proposal",
    "amendment",
    "change",
    "measure",
    "decree",
    "order",
    "ruling",
    "regulation",
    "deal",
    "agreement",
}


class MentionFinder(SpeechReader, SceneReader, ImplicitReader):
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
        self.verdicts: dict[tuple[str, int], Token | None] = {}

    def _amid_disaster(self, sentence: Span) -> bool:
        """A natural disaster or an accident named in the sentence or the one before it ("In response, many
        schools were closed", after the earthquake was told)."""
        start = sentences_back(sentence[0], 1)
        return any(t.lemma_.lower() in self.lex.disaster_nouns for t in sentence.doc[start : sentence.end])

    def _person_of(self, prep: Token) -> bool:
        """The preposition's object is a person, by name or by a title of one ("with Chancellor Scholz",
        "with the foreign minister")."""
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            return False
        ent = entity_of(noun)
        if ent is not None:
            return ent.label_ == "PERSON"
        words = sorted([noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})], key=_position)
        role = longest_role(words, self.actors.lex)
        return role is not None and not role[0].collective

    def _poll_finding(self, verb: Token) -> bool:
        """ "57 percent of the public opposes the plan", "a majority of Britons want a new vote": what a share
        of a people thinks, told in the present tense, is a poll's finding, no one's act ("a majority of MPs
        backed the deal", in the past, is a vote)."""
        if verb.tag_ not in {"VBP", "VBZ"}:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            subject is not None
            and subject.lemma_.lower() in self.lex.poll_shares
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        )

    def _into_an_accident(self, token: Token) -> bool:
        """What an investigation looks into is an accident or a disaster ("investigation into the crash",
        "police are investigating the derailment"), not someone's act."""
        looked = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        looked += [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"into", "of"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return any(t.lemma_.lower() in self.lex.disaster_nouns for t in looked)

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
            if not ok or (
                not nominal
                and (_rule_statement(token) or _nobody_did(token) or _open(token) or _reason_not_done(token))
            ):
                continue
            if not nominal and trigger.type in {"SUPPORT", "REJECT"} and _who_they_are(token):
                continue  # "State legislators supporting the law argued ...": who they are, not what they did
            if _yes_no_question(sentence):
                continue  # "Did the federation ever support you?": asked, not told
            if not nominal and (self._poll_finding(token) or _anyone(token)):
                continue  # "57 percent of voters oppose it", "any leaders who endorsed it": no one acts
            if nominal and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
                continue  # "any attack on Taiwan would be met with force": no attack in particular
            if self._requested(token if not nominal else governing_verb(token) or token, index):
                # "urged Lam to step down", "urged Israel to resume talks": the act asked for is the request's
                # content (and the act threatened the threat's)
                continue
            if nominal and self._warned_against(token, index):
                continue  # "warned Israel against any attack": what the warning is against, not an attack
            if trigger.mode == "exercise":
                _joint_exercise(mention)
            if not nominal and self._done_in_protest(mention):
                # "students occupied the university in protest against tuition fees": a protest
                mention.type = "PROTEST"
            self._modality(mention)
            if trigger.blames_act_doer and mention.modality == "claimed":
                mention.modality = "asserted"  # "claim they were retaliating against ...": the blame is made
            if mention.intent and mention.modality != "negated":
                mention.modality = "asserted"  # the intent is stated, whatever comes of it
            self._first_person_source(mention)
            mention.date = self._date(mention)
            mention.place = self._place(mention)
            if self._one_person_asks(mention):
                continue  # "at his own request": a personal matter, and no one's government is asked
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
                and trigger.mode not in _EXPRESSED
                and not self._protest_given_up(mention)
            ):
                continue  # "residents donated blood", "people visiting Hong Kong": not political events
            if mention.sources and all(a.sector in trigger.not_source_sectors for a in mention.sources):
                continue  # "Trump held a rally in Tulsa": a campaign event, no protest
            if mention.type == "SANCTION" and trigger.mode in _CLOSING and self._amid_disaster(sentence):
                continue  # "schools were closed after the earthquake": a precaution, no measure on anyone
            if trigger.mode == "investigate" and self._into_an_accident(mention.token):
                continue  # "an investigation into the crash": what went wrong is looked into, no one accused
            self.history.append(mention)
            yield mention

    def _speaker_of_utterance(self, noun: Token) -> Token | None:
        """The subject of the reporting verb whose quotation the noun opens ("'Congratulations to Joe
        Biden,' Johnson wrote", 'Sanders wrote, "Congratulations to ..."'); None when the noun opens none."""
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > noun.sent.start else None
        if before is None or not before.is_quote or noun.left_edge != noun:
            return None
        verb = next((a for a in noun.ancestors if a.lemma_.lower() in self.lex.reporting_verbs), None)
        if verb is None:
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and c != noun), None)

    def _demonym_state(self, token: Token) -> list[Actor]:
        """ "The Palestinian proposal", "American tariffs": the state a demonym before an act names."""
        iso3 = self.actors.country_of_word(token.text)
        return [self.actors.country_actor(token.text, iso3)] if iso3 else []

    def _done_in_protest(self, m: Mention) -> bool:
        """An act people or the opposition do "in protest" or "as a protest" (`protest_adjuncts`) is their
        protest, against whom the noun names after "against" or "over", else (implicit.py) their
        government; a state's act in protest ("recalled its ambassador in protest") stays what it is."""
        if m.type == "PROTEST" or any(a.sector not in {"CVL", "OPP", "UNK"} for a in m.sources):
            return False
        nouns = [
            g
            for c in m.token.children
            if c.dep_ == "prep" and c.lower_ in {"in", "as"}
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.protest_adjuncts
        ]
        if not nouns:
            return False
        against = [
            g
            for c in nouns[0].children
            if c.dep_ == "prep" and c.lower_ in {"against", "over"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        m.targets = [a for g in against for a in self._actors_in(g) if a.key]
        return True

    def _averting(self, verb: Token, complement: Token | None, sources: list[Actor]) -> list[Actor]:
        """ "Threatened to halt the talks if the United States deploys new missiles", "to strike unless Israel
        lifts the blockade": a threat is aimed at whoever must act, or not, to avert it."""
        own = {a.key for a in sources}
        for head in (verb, complement):
            for clause in (c for c in head.children if c.dep_ == "advcl") if head is not None else ():
                mark = next((g for g in clause.children if g.dep_ == "mark"), None)
                subj = next((g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                if mark is None or mark.lower_ not in {"if", "unless"} or subj is None:
                    continue
                found = [a for a in self._actors_in(subj) if a.key and a.key not in own]
                if found:
                    return found
        return []

    def _protest_given_up(self, m: Mention) -> bool:
        """ "Teachers called off their strike": protesters yield, as citizens may ("residents donated blood"
        is still no event)."""
        objects = [c for c in m.token.children if c.dep_ == "dobj"] if m.type == "CONCEDE" else []
        kinds = [self.lex.nouns.get(o.lemma_.lower()) for o in objects]
        return any(k is not None and k.type == "PROTEST" for k in kinds)

    def _struck_site(self, obj: Token | None) -> bool:
        """ "Struck targets in Syria", "hit a market in Kharkiv": a site where people are or that someone
        holds, placed by what it is in (implicit.py finds who is attacked there)."""
        if obj is None or obj.lemma_.lower() not in self.lex.civilian_sites | self.lex.struck_sites:
            return False
        placed = [*obj.children, *(obj.head.children if obj.head.pos_ == "VERB" else ())]
        return any(c.dep_ == "prep" and c.lower_ in {"in", "near", "outside"} for c in placed)

    def _said_in_words(self, verb: Token) -> bool:
        """ "in a series of tweets", "on Twitter", "in a speech", "verbally": an act told in words."""
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ == "verbally":
                return True
            if c.dep_ != "prep" or c.lower_ not in {"in", "on", "via", "during", "through"}:
                continue
            for g in c.children:
                # "in a series of tweets": what the words came in
                of = [t for x in g.children if x.dep_ == "prep" and x.lower_ == "of" for t in x.children]
                said = [g, *of]
                if g.dep_ == "pobj" and any(t.lemma_.lower() in self.lex.verbal_media for t in said):
                    return True
        purpose = verb.dep_ in {"advcl", "xcomp"}
        if purpose and is_infinitive(verb):
            # "took to Twitter to attack the judge", "went on television to attack": the medium gone to
            return any(
                g.dep_ == "pobj" and g.lemma_.lower() in self.lex.verbal_media
                for c in verb.head.children
                if c.dep_ == "prep" and c.lower_ in {"to", "on"}
                for g in c.children
            )
        return False

    def _counted_sum(self, token: Token) -> bool:
        """A sum of money ("10,000 dollars", "2.4 billion euros")."""
        return token.ent_type_ == "MONEY" or (
            token.lemma_.lower() in self.lex.currencies and any(c.dep_ == "nummod" for c in token.children)
        )

    def _sum_arguments(self, m: Mention, amount: Token, children: list[Token], passive: bool) -> None:
        """A sum as the verb's object: the one made to pay it is a dative ("fined the newspaper 10,000
        dollars") or read as a modifier of the sum ("fined [Google 2.4 billion euros]"); in the passive the
        agent may hang on the sum ("was fined 50 million euros [by the regulator]")."""
        if not passive and not any(a.key for a in m.targets):
            payers = [c for c in children if c.dep_ == "dative"]
            payers += [c for c in amount.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"]
            m.targets += [a for p in payers for a in self.actors.actors_of(p)]
        by = next((c for c in amount.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if passive and by is not None and not any(a.key for a in m.sources):
            m.sources = self._pobj_actors(by)

    def _warned_against(self, noun: Token, index: int) -> bool:
        """The noun is what a warning or a request of this sentence is against ("warned Israel against any
        attack", "cautioned against a strike")."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "against":
            return False
        verb = noun.head.head
        return any(
            p.token.i == verb.i and p.sentence_index == index and p.type in {"REQUEST", "THREATEN"}
            for p in self.history
        )

    def _person_done_to(self, verb: Token) -> bool:
        """The verb's object, or its passive subject, is a person: named, by an office, or "him" or "her"
        ("fired his health minister", "the coach was sacked"; not "fired two shells", "dismissed the case").
        """
        done_to = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done_to is None:
            return False
        if done_to.ent_type_ == "PERSON" or done_to.lower_ in {"him", "her"}:
            return True
        # "the army chief", "his health minister": the office with the words that make it one
        office = [*(c for c in done_to.lefts if c.dep_ == "compound"), done_to]
        hit = longest_role(office, self.actors.lex)
        return hit is not None and hit[2] == len(office) and not hit[0].collective

    def _misread_past(self, token: Token) -> Trigger | None:
        """A verb of the lexicon whose past form the lemmatiser got wrong ("fined" read as "fin"), or an act
        of it done again ("redeployed", "rearrested": `repeated_acts`)."""
        every = _verb_forms(token)
        forms = every - {token.lemma_.lower()}
        forms |= {f[2:] for f in every if f.startswith("re") and f[2:] in self.lex.repeated_acts}
        known = [f for f in sorted(forms, key=len, reverse=True) if f in self.lex.verbs]
        return self.lex.verbs[known[0]] if known else None

    def _trigger_of(self, token: Token) -> tuple[Trigger, bool] | None:
        lemma = token.lemma_.lower()
        feeling = self.lex.adjectives.get(lemma) if token.pos_ == "ADJ" and token.dep_ == "acomp" else None
        if feeling is not None:
            return feeling, False  # "I'm grateful to him", "Ankara was furious with Athens"
        gerund = self.lex.nouns.get(token.lower_) if token.tag_ == "VBG" else None
        if gerund is not None and token.dep_ in {"nsubj", "nsubjpass"} and not _verb_arguments(token):
            return gerund, True  # "Fighting between the two armies erupted": a gerund naming the event
        slipped = token.dep_ == "acl" and token.i == token.head.i + 1
        compound = self.lex.compound_nouns.get((token.head.lower_, token.lower_)) if slipped else None
        if compound is not None:
            verb_sense = self.lex.verbs.get(lemma)  # a misparsed "air strike" keeps its attack
            if verb_sense is None or verb_sense.type != compound.type:
                return None  # "took a parting shot at", "shot" tagged a participle of "parting": no shooting
        if token.pos_ == "VERB":
            for child in token.children:
                # a particle follows its verb: "On Tuesday, the minister called ..." is no "call on"
                # "stepped down" with the particle parsed as an adverb: only right after the verb
                adverb = child.dep_ == "advmod" and child.i == token.i + 1
                # "called on Monday", "was fired on Friday": a day, not the particle's object
                if (child.dep_ in {"prt", "prep"} or adverb) and child.i > token.i and not _dated(child):
                    phrasal = self.lex.phrasal.get((lemma, child.lower_))
                    if phrasal is not None:
                        return phrasal, False
                # "closed the schools", and passive "the schools were closed": the thing the verb is done to
                named = (
                    self.lex.phrasal.get((lemma, child.lemma_.lower()))
                    if child.dep_ in {"dobj", "nsubjpass"}
                    else None
                )
                # "called the police" (for help), but "called the police a disgrace" describes them
                if named is not None and not any(c.dep_ == "oprd" for c in token.children):
                    return named, False
                marker = next((g for g in child.children if g.dep_ == "mark"), None)
                if child.dep_ in {"advcl", "ccomp"} and marker is not None:
                    # "called for the bill to be dropped": the particle parsed as the clause's marker
                    phrasal = self.lex.phrasal.get((lemma, marker.lower_))
                    if phrasal is not None:
                        return phrasal, False
            done_to = next(
                (self.lex.person_acts[f] for f in _verb_forms(token) if f in self.lex.person_acts), None
            )
            if done_to is not None and self._person_done_to(token):
                # "fired his health minister", "the coach was sacked", "received the Emir of Qatar"
                return done_to, False
            trigger = self.lex.verbs.get(lemma) or self._misread_past(token)
            if trigger is None and lemma in self.lex.evaluative_verbs:
                trigger = self._evaluation(token)
            if trigger is None and lemma in self.lex.reporting_verbs and self._says_others_should(token):
                trigger = self.lex.demand
            if trigger is None and lemma in _INSTRUCTING and _told_to(token):
                trigger = self.lex.demand  # "told passengers to take another route"
            if trigger is None and lemma in self.lex.reporting_verbs | self.lex.belief_verbs | {"hold"}:
                culprit = self._verdict("culprit", token)
                trigger = self.lex.criticism if culprit is not None else None
                if trigger is None and self._verdict("praised", token) is not None:
                    trigger = self.lex.praise  # "said the late minister had been an 'iconic' leader"
            if trigger is not None and token.dep_ not in {"amod", "compound"}:
                return trigger, False
            return None
        if _time_to_act(token):
            return self.lex.demand, True  # "it's time to give the public the final say"
        hyphened = hyphenated_lemma(token) if token.dep_ in _NOUN_DEPS else lemma
        if hyphened != lemma and hyphened in self.lex.nouns:
            return self.lex.nouns[hyphened], True  # "staged a sit-in", its last part tagged a preposition
        plural = token.tag_ in {"NNS", "NNPS"}
        slip = (token.is_sent_start and _alone(token)) or token.text.islower()
        if token.tag_ in {"NNP", "NNPS"} and slip:
            # "Tributes were paid ...": a common noun opening a sentence, taken for a name by the tagger; and
            # "expressed solidarity with", a word no name is written as
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
                and not _sum_given(token)  # "$400 million in aid" is a sum given
            ):
                # manner, not an event: "resigned in protest"; but "rallied in support of X" supports X
                return None
            if (
                trigger.type == "PROTEST"
                and token.dep_ == "pobj"
                and token.head.lower_ in {"at", "in", "during"}
                and (token.head.head.lemma_.lower() in self.lex.reporting_verbs | SPEECH_VERBS)
            ):
                return None  # "announced it again in a rally": where a speech was made, not a protest
            if _given_up(token, self.lex.retreat_verbs):
                return None  # "backed away from her support for X", "pulled its support from X"
            held = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
            # "live-fire drills", parsed as "live", "-", "fire": the modifier with the word hyphened to it
            mods = {c.lemma_.lower() for c in held} | {hyphenated_lemma(c) for c in held}
            # "the closure of all schools" as "school closures"
            if trigger.required_modifiers and not (mods | _of_objects(token)) & trigger.required_modifiers:
                return None
            if mods & trigger.exclude_modifiers:
                return None
            return trigger, True
        return None

    def _evaluation(self, verb: Token) -> Trigger | None:
        """ "X called the deal 'lousy'": a describing verb whose description, after its object, carries a
        clearly negative or positive word is criticism or praise of that object."""
        obj = _described(verb)
        if obj is None or not self._judgeable(obj):
            return None
        # the description follows the object's head: "called the deal 'lousy'", "the stabbing 'an act of
        # ...'"; when, where and why are no description: "called police after the attack" is a call for help
        adjuncts = [
            c
            for c in verb.children
            if c.i > obj.i
            and (
                (c.dep_ in _ADJUNCT_DEPS and c.pos_ != "ADJ")  # "ruled the prorogation unlawful", misparsed
                or (c.dep_ == "prep" and c.lower_ != "as")
            )
        ]
        aside = {t.i for c in adjuncts for t in c.subtree}
        after = [t for t in verb.subtree if t.i > obj.i and t.i not in aside]
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
        # "spoke by telephone", parsed with an agent beside an active subject, is no passive
        active = any(c.dep_ == "nsubj" for c in children)
        passive = (
            any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
            or (any(c.dep_ == "agent" for c in children) and not active)
            or (verb.dep_ == "acl" and verb.tag_ == "VBN")  # "the ceasefire agreed by the two countries"
            or participial_adjunct(verb)  # "arrested last week, the activist ..."
        )
        # "I urge [Lam] to ...": an editor's brackets are no object
        obj = next((c for c in children if c.dep_ in {"dobj", "obj"} and not c.is_punct), None)
        if obj is None and verb.lemma_.lower() in self.lex.evaluative_verbs:
            obj = _described(verb)  # "called Trump a clown", with the name parsed into the description
        if obj is None and not passive:
            obj = _shared_object(verb)  # "arrested and charged two journalists"
        if trig.intransitive and (obj is not None or any(c.dep_ in {"ccomp", "xcomp"} for c in children)):
            return False  # "demonstrated a printer", "demonstrates that the system is not ...": showing
        if any(c.dep_ == "prep" and c.lower_ in trig.not_preps for c in children):
            return False  # "warned people about the outbreak": an alert, not a threat
        if any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in trig.not_particles for c in children):
            return False  # "backed away from the plan", "backed out of the deal": no backing
        if obj is not None and obj.lemma_.lower() in trig.not_objects:
            return False  # "seized the opportunity", "deployed all necessary preparations"
        if _of_a_kind(verb):
            return False  # "women who have been raped do not have to justify ...": a kind of people
        complement = next((c for c in children if c.dep_ == "xcomp"), None)
        if (
            passive
            and complement is not None
            and verb.lemma_.lower() in self.lex.belief_verbs
            and not any(c.dep_ == "agent" for c in children)
        ):
            return False  # "is expected to visit China": a plan told, not a demand made of the visitor
        if complement is not None and complement.lemma_.lower() in trig.not_complements:
            return False  # "refused to comment": a question left unanswered, no act refused
        patient = obj or next(
            (c for c in children if c.dep_ == "nsubjpass"), None
        )  # "the bill was suspended"
        substance = _substance(patient) if patient is not None else None  # "$400 million [in aid]"
        # "pledged $2 billion of assistance": the sum's substance, as the object, carries the event
        # ("called off the strike" is the strike's end, not the "called a strike" that would carry it)
        particle = any(c.dep_ == "prt" and trig.lemma.endswith(" " + c.lower_) for c in children)
        for noun in (obj, substance) if obj is not None and not particle else ():
            carried = self.lex.nouns.get(noun.lemma_.lower()) if noun is not None else None
            if carried is not None and verb.lemma_.lower() in carried.light_only:
                return False  # "pledged support for Peru": the support is the event, the pledge its verb
        if trig.by_instruction and obj is not None and any(c.dep_ == "xcomp" for c in children):
            m.type = trig.by_instruction  # "warned people to stay inside": advice, not a threat
        if verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
            return False  # "Armenia is to blame": Armenia is blamed, by whoever says so (see _culprit)
        plea = next((c for c in children if c.dep_ in _VERDICT_DEPS), None) if trig.by_acomp else None
        if trig.by_acomp and plea is None:
            return False
        if plea is not None:
            before = verb.doc[max(plea.i - 2, 0) : plea.i]
            negated = any(g.dep_ == "neg" for g in plea.children) or any(t.lower_ == "not" for t in before)
            kind = trig.by_acomp.get(("not " if negated else "") + plea.lemma_.lower())
            if kind is None:
                return False
            accused = next((c for c in children if c.dep_ == "nsubjpass"), None) or next(
                (g for g in plea.children if g.dep_ == "nsubj"), None
            )
            if accused is not None:
                # "was found guilty", "the jury found Miller guilty": a verdict, on the one found so
                m.type = kind
                agent = next((c for c in children if c.dep_ == "agent"), None)
                judge = self._subject_of(verb) if agent is None and not passive else None
                named_by = self._pobj_actors(agent) if agent is not None else []
                m.sources = named_by or (self._actors_in(judge) if judge is not None else [])
                m.targets = self._actors_in(accused)
                return True
            # "pleaded not guilty to seven counts": denied before the court of the place
            m.type = kind
            m.sources = self._actors_in(self._subject_of(verb) or verb)
            charges = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to"), None)
            m.targets = self._issue_target(charges, m.type) if charges is not None else []
            return True
        reason = any(c.dep_ == "prep" and c.lower_ == "for" and not _a_while(c) for c in children)
        if trig.by_reason and (reason or _cast_as(verb) or self._said_in_words(verb)):
            # "attacked Biden for accumulating wealth", "attacked him as a hypocrite", "attacked the media
            # in a series of tweets": blame, not violence
            m.type = trig.by_reason
        # "pledged US$1 billion to Yemen": a sum of money is written "MONEY" among the objects; "pledged 50
        # million euros in loans": the sum's substance names what was given
        kind = (
            None
            if patient is None
            else substance.lemma_.lower()
            if substance is not None and substance.lemma_.lower() in trig.by_object
            else "MONEY"
            if patient.ent_type_ == "MONEY"
            else patient.lemma_.lower()
        )
        if kind is not None and kind in trig.by_object:
            m.type = trig.by_object[kind]
        elif obj is not None and trig.by_object_default:
            m.type = trig.by_object_default  # "withdraw the bill", "withdraw it" (not troops)
        elif trig.bare_type and patient is None and _bare(verb):
            m.type = trig.bare_type  # "both officers said they would appeal": against the verdict
        # "opened economic ties": a word before the object may change the type
        modifiers = [
            c.lower_ for c in (obj.children if obj is not None else []) if c.dep_ in {"amod", "compound"}
        ]
        m.type = next((trig.by_modifier[w] for w in modifiers if w in trig.by_modifier), m.type)
        if trig.requires_object:
            heads = [c for c in children if c.dep_ in {"dobj", "nsubjpass", "pobj"}]
            heads += [h for h in [_misparsed_subject(verb)] if h is not None]
            shared = _clause_subject(verb) if passive else None  # "... after being released from prison"
            heads += [shared] if shared is not None else []
            heads += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            heads += [  # "lifted the state of emergency": the state named by its "of"
                g
                for h in heads
                if h.dep_ == "dobj" and h.lemma_.lower() == "state"
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            heads += [  # "delayed $400 million in military aid": the amount's substance
                g
                for h in heads
                if h.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY"}
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                for g in p.children
                if g.dep_ == "pobj"
            ]
            heads += [  # "released some of the sailors": what the share is of
                g
                for h in heads
                if h.dep_ == "dobj" and h.lower_ in _SHARES
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            lemmas = {h.lemma_.lower() for h in heads} | {
                g.lemma_.lower() for h in heads for g in h.children if g.dep_ == "compound"
            }
            lemmas |= {hyphenated_lemma(h) for h in heads}  # "brokered a cease-fire"
            country_object = trig.country_object_sectors and any(
                self.actors.gaz.country_of_word(h.text) for h in heads
            )
            # "John Miller was released": a person named as what the act is done to
            person = trig.requires_actor_object and any(
                h.ent_type_ == "PERSON" or _role_noun(h, self.actors.lex)
                for h in heads
                if h.dep_ in {"dobj", "nsubjpass"} or h is shared
            )
            if person:  # "released from jail", not "released from hospital"
                origins = {
                    g.lemma_.lower()
                    for c in children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children
                }
                person = not origins or bool(origins & self.lex.custody_nouns)
            stands_in = trig.or_complement and complement is not None  # "declined to hear the appeal"
            # "rebels captured Aleppo": a town of the gazetteer named as what is taken
            town = trig.mode == "capture" and any(
                self._city_of_no_one((entity_of(h) or h.doc[h.i : h.i + 1]).text)
                for h in heads
                if h.dep_ == "dobj" and h.pos_ == "PROPN"
            )
            if (
                not lemmas & trig.requires_object
                and not country_object
                and not person
                and not stands_in
                and not town
            ):
                return False
            if (
                complement is not None
                and stands_in
                and trig.by_complement_act
                and not lemmas & trig.requires_object
            ):
                vowed = self._act_type(complement)
                if vowed is None:
                    return False  # "vowed to do better": no act of the lexicon
                m.type = "THREATEN" if vowed in _HOSTILE else "AGREE"
            # "troops left Syria" is a withdrawal; "she left the UK" is a journey
            only_country = bool(country_object) and not lemmas & trig.requires_object and not stands_in
        else:
            only_country = False
        if (
            m.type == "REJECT"
            and verb.lemma_.lower() in DENYING_HEADS
            and any(c.dep_ == "ccomp" for c in children)
        ):
            return False  # "denied that he made a deal" denies a fact; the deal is recorded as negated
        if trig.not_in_time_clause and _time_clause(verb):
            return False  # "protesting since March, when the government proposed a bill": their time
        if trig.requires_complement and not (
            any(c.dep_ in {"xcomp", "ccomp"} and not _question(c) for c in children) or _told_to(verb)
        ):
            return False  # "asked whether the city was in the US", "asked: 'Is it true?'": a question
        if m.type == "ASSAULT" and verb.dep_ == "conj" and verb.head.lemma_.lower() in {"infect", "sicken"}:
            return False  # "it has infected over 200 people and killed three": a disease, whatever "it" is
        if trig.requires_prep and not (
            _has_prep(verb, trig.requires_prep) or (passive and _for_doing(verb)) or _in_a_crime(verb)
        ):
            return False  # "charged with murder"; "was charged for selling the rifle" (not "charged money")
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
        elif passive and (stative := self._stative_passive(verb, children, trig)) is not None:
            # "Israel is opposed to French mediation": Israel opposes it
            m.sources, m.targets = stative
        elif passive:
            agent = next((c for c in children if c.dep_ == "agent"), None)
            if agent is not None:
                m.sources = [a for p in agent.children if p.dep_ == "pobj" for a in self._actors_in(p)]
            subj = next((c for c in children if c.dep_ == "nsubjpass"), None) or _misparsed_subject(verb)
            if subj is None and verb.dep_ == "conj":
                # "the valley, which was Chile's and was later seized by Peru": the subject both verbs share
                subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None:
                # "the suspect was held after being detained on Friday": the clause's subject was detained
                subj = _clause_subject(verb)
            if subj is not None:
                m.targets = self._actors_in(subj) or (
                    self._issue_target(subj, m.type) if not trig.symmetric else []
                )
        else:
            subj = self._subject_of(verb)
            if subj is not None:
                m.sources = self._actors_in(subj)
            owner = _owner_of_act(obj, self.lex.judged_acts) if obj is not None else None
            if owner is not None and trig.object_is_target and m.type in {"ACCUSE", "SUPPORT", "REJECT"}:
                # "welcomed President Biden's latest statement": of its owner, not of a title read into it
                m.targets = self.actors.actors_of(owner)
                if not any(a.key for a in m.targets):
                    m.targets = self._demonym_state(owner) or m.targets  # "the Palestinian proposal"
            if obj is not None and trig.object_is_target and m.type == trig.type and not m.targets:
                m.targets = self.actors.actors_of(obj) or self._nested_actors(obj)
                for other in obj.conjuncts if not m.targets else ():
                    # "blaming bad weather and pressure from the Swiss government": an actor in a conjunct
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
                # "attacked Trump for the deaths" (a type changed by the reason, not by an act as the
                # object): the one attacked in words is the object itself
                an_act = obj.lemma_.lower() in trig.by_object
                m.targets = (
                    [a for prep in by for a in self._pobj_actors(prep) if a.key]
                    or ([] if an_act else [a for a in self.actors.actors_of(obj) if a.key])
                    or self._nested_actors(obj)
                    or self._issue_target(obj, m.type)
                )
        if obj is not None and self._counted_sum(obj) and m.type == trig.type:
            self._sum_arguments(m, obj, children, passive)
        # "to" may come as the verb's dative ("granted asylum to nine activists")
        preps = [c for c in children if c.dep_ in {"prep", "prt", "dative"} and c.lower_ in trig.target_preps]
        # "pulled its troops out of Syria", "pulled back from the border": the preposition on the particle
        preps += [
            g
            for c in children
            if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in PARTICLES and c.i > verb.i
            for g in c.children
            if g.dep_ == "prep" and g.lower_ in trig.target_preps
        ]
        if obj is not None and (
            (verb.lemma_.lower(), obj.lemma_.lower()) in self.lex.phrasal
            or obj.lemma_.lower() in trig.requires_object
            or obj.lemma_.lower() in trig.by_object
        ):
            # "granted [asylum to nine activists]", "severed [ties with Iran]", "withdrew its support [from
            # the coalition]": the preposition hung on the noun the verb needs, or that says what it does
            preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in trig.target_preps]
        elif obj is not None and not trig.object_is_target and obj.lemma_.lower() not in self.lex.nouns:
            # "requested help [from the Ugandan government]": the one asked hung on what is asked for, unless
            # that is an act with its own places ("demanded the withdrawal of troops from Bosnia"); "of" on it
            # is what it is of ("demanded the protection of human dignity"), never the one asked
            asked = [p for p in trig.target_preps if p != "of"]
            preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in asked]
        elif obj is not None and "with" in trig.target_preps:
            # "discussed the war in Ukraine [with Chancellor Scholz]": a person is talked with, not fought
            met = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"]
            preps += [c for c in met if self._person_of(c)]
        if substance is not None and obj is not None:
            # "pledged 50 million euros [in aid to Ukraine]": the addressee hung on what the sum is of
            preps += [c for c in substance.children if c.dep_ == "prep" and c.lower_ in trig.target_preps]
        for prep in preps:
            m.targets += self._pobj_actors(prep) or (
                self._issue_target(prep, m.type) if not trig.symmetric else []
            )
        if "to" in trig.target_preps:
            # "awarded the general a medal": the one given it, named before the gift, as "to" would name him
            for given in (c for c in children if c.dep_ == "dative" and c.lower_ not in trig.target_preps):
                m.targets += self.actors.actors_of(given)
            recipient = _misparsed_recipient(obj) if obj is not None else None
            if recipient is not None and not any(a.key for a in m.targets):
                # "sent Ukraine weapons", parsed as one noun phrase ("sent US troops": the sender's own)
                own = {a.key for a in m.sources}
                m.targets += [a for a in self.actors.actors_of(recipient) if a.key and a.key not in own]
        # (a mediator's country may yet come from the story: any source will do)
        if (
            "between" in trig.target_preps
            and obj is not None
            and m.sources
            and not any(a.key for a in m.targets)
        ):
            # "mediated a peace accord between Chile and Peru", "an end to the war between ...": the
            # two sides are named inside what was mediated (not in a clause about it)
            inner = [
                t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "between" and _in_phrase(t, obj)
            ]
            m.targets = [a for prep in inner[:1] for a in self._pobj_actors(prep) if a.key] or m.targets
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
        named = any(a.key and not _issue(a) for a in m.targets)
        if m.type == "REQUEST" and trig.requires_object and not named:
            # "applied for EU membership", "applied for a loan from the IMF": asked of the body named in or
            # after what is asked for, the noun after the phrasal verb's particle
            asked_for = [
                g
                for c in children
                if c.dep_ == "prep" and (verb.lemma_.lower(), c.lower_) in self.lex.phrasal
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in trig.requires_object
            ]
            own = {a.key for a in m.sources}
            bodies = [a for g in asked_for for a in self._nested_actors(g) if a.key and a.key not in own]
            m.targets = bodies or m.targets
        if any(a.basis != "context" and a.key for a in m.targets):
            # "froze aid to Pakistan": a named target, not the issue coded to the home country
            m.targets = [a for a in m.targets if not _issue(a)]
        # (after the verb: "With reporters, he discusses the court" names no one discussed)
        particle = any(
            c.dep_ in {"prt", "prep"} and c.lower_ in trig.target_preps and c.i > verb.i for c in children
        )
        # (not the thing the verb needs: "fired two missiles at the city" fires no one)
        plain = self.lex.verbs.get(verb.lemma_.lower())
        needed = obj is not None and any(obj.lemma_.lower() in t.requires_object for t in (trig, plain) if t)
        if not m.targets and obj is not None and trig.object_is_target is False and particle and not needed:
            # "called on X to ...": particle parsed as part of the verb, the addressee as its object
            m.targets = self.actors.actors_of(obj)
        if not m.targets and obj is not None and m.type == "SANCTION" and not trig.object_is_target:
            # "banned Chinese apps", "banned imports of Russian oil": a measure against what a country makes
            # or sells is against that country
            made_in = _of_a_country(obj, self.actors, self.lex.currencies)
            if made_in is not None:
                m.targets = [Actor(phrase_text(obj), None, None, made_in, None, "UNK")]
        # not a clause before a semicolon ("Hungary spent 1.2%; NATO guidelines call for 2%"): a sentence of
        # its own the parser hung on the verb
        ccomp = next((c for c in children if c.dep_ == "ccomp" and not _before_semicolon(c, verb)), None)
        clause_subject = (
            next((g for g in ccomp.children if g.dep_ in {"nsubj", "nsubjpass"}), None) if ccomp else None
        )
        if not m.targets and m.type == "ACCUSE" and trig is self.lex.criticism:
            culprit = self._verdict("culprit", verb)  # "said Iran was behind the attacks"
            m.targets = self._actors_in(culprit) if culprit is not None else m.targets
            if culprit is not None and not any(a.key for a in m.targets) and self._told_act(culprit):
                # "said the decision was unacceptable": of whoever made it, as an issue's target is read
                m.targets = self._issue_target(culprit, "ACCUSE")
        if not m.targets and trig is self.lex.praise:
            praised = self._verdict("praised", verb)  # "said Modi was a wise leader"
            m.targets = self._actors_in(praised) if praised is not None else m.targets
        if not m.targets and m.type == "REQUEST" and clause_subject is not None:
            # "recommended the US troops withdraw", "urged that the immunity be waived": who is to act
            m.targets = self._actors_in(clause_subject) or self._issue_target(clause_subject, m.type)
        if not m.targets and m.type == "REQUEST" and verb.dep_ in {"advcl", "acl", "xcomp"}:
            # "wrote to the US Embassy asking to waive ...": the addressee of the act the request rides on
            carrier = verb.head if verb.dep_ != "acl" else governing_verb(verb)
            # (not "took to the streets of Caracas to demand ...": an area is no addressee)
            for prep in (
                c
                for c in (carrier.children if carrier else [])
                if c.dep_ == "prep"
                and c.lower_ == "to"
                and not any(g.lemma_.lower() in self.lex.area_nouns for g in c.children if g.dep_ == "pobj")
            ):
                m.targets += [a for a in self._pobj_actors(prep) if a.key]
        act = self.lex.verbs.get(ccomp.lemma_.lower()) if ccomp is not None else None
        if (
            complement is None
            and m.type == "THREATEN"
            and act is not None
            and act.type in _HOSTILE
            and clause_subject is not None
            and (
                clause_subject.pos_ == "PRON"
                or bool(
                    {a.key for a in self._actors_in(clause_subject)} & {a.key for a in m.sources if a.key}
                )
            )
        ):
            complement = ccomp  # "warned it would attack Israel": the act warned of names who is threatened
        if m.type == "THREATEN" and not any(a.key for a in m.targets):
            m.targets = self._averting(verb, complement, m.sources) or m.targets
        if not m.targets and complement is not None and m.type in _COMPLEMENT_TARGET:
            # "refused to provide the network with ...", "threatened to attack the village"
            for obj2 in (c for c in complement.children if c.dep_ in {"dobj", "dative"}):
                # "threatened to impose [sanctions on Venezuela]": whom the act's object is aimed at
                m.targets += self._actors_in(obj2) or [
                    a
                    for p in obj2.children
                    if p.dep_ == "prep" and p.lower_ in _ADDRESS_PREPS
                    for a in self._pobj_actors(p)
                    if a.key
                ]
            for prep in (c for c in complement.children if c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS):
                m.targets += [a for a in self._pobj_actors(prep) if a.key]  # "cut off electricity to X"
            if any(a.key for a in m.targets):
                # "vowed to send troops to Belarus": Belarus, not the troops
                m.targets = [a for a in m.targets if a.key]
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
                m.targets = [replace(earlier, text=phrase_text(obj), basis="linked")]
        if trig.experiencer and not passive and obj is not None:
            # "the decision angered Tripoli": the one angered objects, to whoever's act it was
            m.sources, m.targets = m.targets, m.sources
        given_with = [
            g
            for c in children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
            for what in (g, _substance(g))  # "with 5 billion dollars in economic aid"
            if what is not None and what.lemma_.lower() in trig.requires_object
        ]
        if given_with and obj is not None and not m.targets and not trig.object_is_target:
            # "provided Ukraine with economic aid", "supplied Kyiv with tanks": the one given it is the object
            m.targets = self.actors.actors_of(obj)
        if trig.recipient_subject and not passive:
            if obj is None or not _an_honour(obj):
                return False  # "received orders to withdraw": no honour
            # "received the Order of Lenin from the president": given by whoever "from" names
            givers = [
                c for c in [*children, *obj.children] if c.dep_ == "prep" and c.lower_ in trig.source_preps
            ]
            m.sources, m.targets = [a for prep in givers for a in self._pobj_actors(prep)], m.sources
        _drop_own_side(m)
        standing = any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in children)
        if m.type == "SUPPORT" and passive and standing and verb.dep_ in {"relcl", "acl"}:
            return False  # "the mayor, who is backed by the ruling party": a standing relation
        if trig.mode == "recognize" and any(c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in children):
            return False  # "Iran does not recognise Israel": a standing position, not an act
        if trig.mode == "join" and not passive and _single_person(self._subject_of(verb)):
            return False  # "she joined the ticket", "having joined them in 2019": a career, not an alliance
        if (
            trig.mode == "agree"
            and any(c.dep_ == "ccomp" for c in children)
            and not any(a.key for a in m.targets)
            and len({a.key for a in m.sources if a.key}) < 2
        ):
            return False  # "a statement agreeing the matter belonged to the voters": an opinion shared
        # a talk is had with one another; joining is not (Italy and Egypt "were called to join")
        parties = {a.key for a in m.sources if a.key} if m.type == "CONSULT" else set()
        # "blasted the decision to cancel the pipeline": criticism or praise of an act is of whoever did it
        judged = (
            m.type in {"ACCUSE", "SUPPORT"} and obj is not None and obj.lemma_.lower() in self.lex.judged_acts
        )
        if (
            trig.requires_actor_object
            and not any(a.key and not _issue(a) and not _own_possessor(a, m.sources) for a in m.targets)
            and len(parties) < 2
            and not judged
            and not (m.type == "ASSAULT" and self._struck_site(obj))
        ):
            # "investigated the conditions leading to his death": no one was investigated; but "Erdogan and
            # Mitsotakis spoke by telephone" names both sides as its subject; "closed its border": no other
            return False
        if only_country and not any(a.sector in trig.country_object_sectors for a in m.sources):
            return False
        if m.type == "CONSULT" and m.targets and all(a.sector == "MED" for a in m.targets):
            return False  # "speaking to the BBC", "told a newspaper": an interview, not a consultation
        private = {"CVL", "UNK"}
        if (
            (m.type == "CONSULT" or trig.mode == "join")
            and m.sources
            and m.targets
            and all(a.sector in private and not self.actors.public_figure(a) for a in m.sources + m.targets)
        ):
            # "Zachary first met the family at age 10", "Kosgei was joined by Radcliffe at the finish line":
            # people meeting, no politics; but "Macron met Scholz"
            return False
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
        # "the schools were closed": a measure with no one named is taken to be the authorities' (implicit.py)
        if (
            trig.requires_source_sector
            and (m.sources or not (passive and m.type == "SANCTION"))
            and not any(a.sector in trig.requires_source_sector for a in m.sources)
        ):
            return False
        if trig.blames_act_doer:
            # "retaliating against missile attacks from Azerbaijan", "responding to Armenian aggression":
            # blame of whoever did the hostile act answered; answering anything else is no event
            answered = [
                g
                for c in children
                if c.dep_ == "prep" and c.lower_ in trig.target_preps
                for g in c.children
                if g.dep_ == "pobj"
            ]
            own = {a.key for a in m.sources}
            m.targets = [a for g in answered for a in self._doers_of(g) if a.key not in own]
            if not m.targets:
                return False
        self._intent(m, verb)
        if (trig.symmetric or m.type in SYMMETRIC) and len(m.sources) > 1 and not m.targets:
            m.sources, m.targets = m.sources[:1], m.sources[1:]
            m.multilateral = True
        return True

    def _targets_hung_on(self, noun: Token, via: set[str], target_preps: Collection[str]) -> list[Actor]:
        """Actors named by a target preposition that the parser hung on the object of one of ``via`` on the
        noun ("a memorandum of understanding with China", "an attack by militants on a base")."""
        return [
            a
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in via
            for g in c.children
            if g.dep_ == "pobj"
            for p in g.children
            if p.dep_ == "prep" and p.lower_ in target_preps and p.lower_ not in via
            for a in self._pobj_actors(p)
            if a.key
        ]

    def _stative_passive(
        self, verb: Token, children: list[Token], trig: Trigger
    ) -> tuple[list[Actor], list[Actor]] | None:
        """ "Israel is opposed to French mediation": a passive with no agent and a preposition of
        ``stative_preps``, the subject's state: its subject the source, the preposition's object the
        target."""
        if not trig.stative_preps or any(c.dep_ == "agent" for c in children):
            return None
        holder = next((c for c in children if c.dep_ == "nsubjpass"), None)
        preps = [c for c in children if c.dep_ == "prep" and c.lower_ in trig.stative_preps]
        if holder is None or not preps:
            return None
        targets = [a for p in preps for a in self._pobj_actors(p)]
        return self._actors_in(holder), targets or self._issue_target(preps[0], trig.type)

    def _doers_of(self, act: Token) -> list[Actor]:
        """Who did a hostile act named by a noun: "attacks from Azerbaijan", "shelling by the army",
        "Armenian aggression", "Russia's provocations"; nobody for a noun of no hostile act."""
        kind = self._noun_type(act)
        if kind not in _ANSWERED and act.lemma_.lower() not in self.lex.hostile_nouns:
            return []
        doers = [
            a
            for c in act.children
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}
            for a in self._pobj_actors(c)
        ]
        for c in act.children:
            if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}):
                doers += self.actors.resolve(c) or [
                    self.actors.country_actor(c.text, iso3)
                    for iso3 in [self.actors.gaz.country_of_word(c.text)]
                    if iso3
                ]
        return [a for a in doers if a.key and a.basis != "context"]

    def _nominal_arguments(self, m: Mention) -> bool:
        noun, trig = m.token, m.trigger
        if trig is self.lex.demand:
            return self._time_to(m)
        governor = noun.head if noun.dep_ in {"dobj", "pobj", "nsubjpass", "attr", "conj"} else None
        # "our condolences are with the family": a feeling expressed, the one it is with its addressee
        feeling_with = (
            trig.mode in _EXPRESSED
            and noun.dep_ == "nsubj"
            and noun.head.lemma_ == "be"
            and any(c.dep_ == "prep" and c.lower_ in trig.target_preps for c in noun.head.children)
        )
        governor = noun.head if feeling_with else governor
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "state":
            governor = noun.head.head.head  # "declared a state of emergency"
        if governor is not None and governor.dep_ == "prep" and noun.dep_ == "pobj":
            amount = governor.head  # "gave the Ivory Coast 5 million dollars of aid": the sum's verb
            if _substance(amount) == noun and amount.dep_ == "dobj":
                governor = amount.head
            elif governor.lower_ in _TOPIC_PREPS:
                governor = None  # "lodged a protest over the detention": what it is about, not what it does
            else:
                governor = governor.head if governor.head.pos_ == "VERB" else None
        light = feeling_with or (
            governor is not None
            and governor.pos_ == "VERB"
            and bool(_verb_forms(governor) & (trig.light_only or self.lex.light_verbs))
        )
        # "drew criticism from the UN", "faced charges", "came under attack": aimed at the subject ("won the
        # war" is no war waged on the winner: what both sides do is not received)
        receiving = (
            not trig.symmetric
            and governor is not None
            and governor.pos_ == "VERB"
            and bool(_verb_forms(governor) & self.lex.receiving_verbs)
            and (noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "under"))
        )
        # "placed the activist under house arrest", "was put under curfew", "took him into custody": aimed at
        # the one placed there
        placing = (
            governor is not None
            and governor.pos_ == "VERB"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in {"under", "into"}
            and bool(_verb_forms(governor) & self.lex.placing_verbs)
        )
        light = light or receiving or placing
        # "condemnation came from France", "support poured in from the Gulf": by whoever it came from
        arriving = noun.dep_ == "nsubj" and bool(_verb_forms(noun.head) & self.lex.arriving_verbs)
        senders = self._sent_by([noun.head], {"from"}) if arriving else []
        if senders:
            light = True
            m.sources += senders
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
        speaker = self._speaker_of_utterance(noun) if trig.uttered else None
        if speaker is not None:
            # "'Congratulations to President-elect Biden,' Johnson wrote": said alone, the speaker's act
            light = True
            m.sources += [a for a in self._actors_in(speaker) if a.key]
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
            and not self._between_parties(noun, trig)
        ):
            return False
        target_preps = trig.target_preps
        if governor is not None and governor.lemma_.lower() in trig.light_types:
            m.type = trig.light_types[governor.lemma_.lower()]
            target_preps = (*target_preps, *trig.light_target_preps)  # "lodged a protest with China"
        if trig.requires_pos and noun.pos_ != trig.requires_pos:
            return False
        if any(c.dep_ == "prep" and c.lower_ in trig.not_preps for c in noun.children):
            return False  # "clashes over the budget": a quarrel, not a fight
        against = False  # "anti-government protests", split by the tokenizer into "anti", "-", "government"
        owner = None  # "expressed their willingness": whose it is, the light verb's subject says first
        for child in noun.children:
            if child.dep_ in {"amod", "compound"} and child.lower_ in {"anti", "anti-", "-"}:
                against = against or child.lower_.startswith("anti")
                continue
            of_phrase = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            if child.dep_ == "poss" and trig.possessor_is_target and not of_phrase:
                m.targets += self.actors.actors_of(child)  # "his trial", "Navalny's arrest" (not "Russia's
                # expulsion of diplomats", whose owner does it)
            elif child.dep_ == "poss" and child.pos_ == "PRON" and light and governor is not None:
                owner = child
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
            elif child.dep_ == "prep" and child.lower_ in target_preps:
                m.targets += self._pobj_actors(child) or self._issue_target(child, m.type)
            elif child.dep_ in {"amod", "compound"} and (against or child.lower_.startswith("anti")):
                m.targets += [a for a in self.actors.resolve(child) if a.key]  # "anti-government protests"
            elif child.dep_ in {"amod", "compound"} and not m.sources:
                if child.tag_ == "JJ" and child.lower_ in self.actors.lex.adjective_homographs:
                    continue  # "a criminal investigation" is not one by criminals
                m.sources += [a for a in self.actors.resolve(child) if a.key]
                if not m.sources and m.type == "PROTEST" and child.ent_type_ == "NORP":
                    demonym = self.actors.gaz.country_of_word(child.text)  # "Palestinian riots": Palestinians
                    m.sources = [implied("protesters", demonym, "CVL")] if demonym else []
                elif not m.sources and m.type == "ASSAULT" and child.ent_type_ == "NORP":
                    demonym = self.actors.gaz.country_of_word(child.text)  # "a Russian attack": Russia's
                    m.sources = [Actor(child.text, None, None, demonym, None, "MIL")] if demonym else []
        if imposed is not None and not m.sources:
            m.sources = [a for c in imposed.children if c.dep_ == "agent" for a in self._pobj_actors(c)]
        if not m.targets:
            # "a memorandum of understanding with China": the partner named after what the paper is of
            m.targets = self._targets_hung_on(noun, {"of"}, trig.target_preps)
        if not m.targets:
            # "an attack by militants on a base": the target parsed as hanging on the attackers
            m.targets = self._targets_hung_on(noun, set(trig.source_preps), target_preps)
        if not m.targets and m.type == "ASSAULT" and noun.dep_ == "dobj" and governor is not None:
            # "the army repelled an attack by militants": aimed at whoever fended it off
            lemma = governor.lemma_.lower()
            particles = {f"{lemma} {c.lower_}" for c in governor.children if c.dep_ == "prt"}
            if (_verb_forms(governor) | particles) & self.lex.defending_verbs:
                defender = self._subject_of(governor)
                m.targets = [a for a in self._actors_in(defender) if a.key] if defender is not None else []
        if not m.sources and "between" in trig.participant_preps:
            # "the accord brokered between Chile and Peru": the parties hang on the participle
            people = [a for c in _between_preps(noun) for a in self._pobj_actors(c)]
            m.sources, m.targets = people[:1], m.targets + people[1:]
            m.multilateral = len(people) > 1
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
        # "... to eliminate Islamic State elements in cooperation with Iraqi forces"; "during a trip to
        # Mexico last year, the president refused ...", "arrived in Seoul for a visit": the one on the trip
        # is the clause's subject
        on_trip = (
            noun.dep_ == "pobj"
            and noun.head.lower_ in {"during", "on", "for"}
            and noun.head.head.pos_ == "VERB"
        )
        of_the_clause = (in_phrase and (m.type in {"COOPERATE", "CONSULT", "AID"} or trig.in_phrase)) or (
            on_trip and m.type == "CONSULT"
        )
        if not m.sources and of_the_clause:
            subj = self._subject_of(noun.head.head)
            if subj is not None:
                m.sources = self._actors_in(subj)
        if receiving and governor is not None:
            if not m.sources:
                m.sources = self._sent_by([governor, noun], {"from", "by"})
            subj = self._subject_of(governor)
            if subj is not None and not m.targets:
                m.targets = self.actors.actors_of(subj)
            m.received = True
        elif placing and governor is not None:
            placed = next((c for c in governor.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            m.targets = m.targets or (self._actors_in(placed) if placed is not None else [])
            if not m.sources:
                agent = next((c for c in governor.children if c.dep_ == "agent"), None)
                subj = self._subject_of(governor) if agent is None else None
                m.sources = (
                    self._pobj_actors(agent)
                    if agent is not None
                    else (self.actors.actors_of(subj) if subj is not None else [])
                )
        elif light and governor is not None:
            if noun.dep_ == "nsubjpass":
                agent = next((c for c in governor.children if c.dep_ == "agent"), None)
                if agent is not None and not m.sources:
                    m.sources = [a for p in agent.children if p.dep_ == "pobj" for a in self._actors_in(p)]
            elif not m.sources or all(a.basis == "context" for a in m.sources):
                # "China conducted military exercises": the subject named, over the armed forces of another
                # country guessed from the modifier
                subj = self._subject_of(governor)
                found = self.actors.actors_of(subj) if subj is not None else []
                if subj is not None and not found and subj.ent_type_ == "CARDINAL":
                    found = self._actors_in(subj)  # "thousands of doctors went on strike": whom it counts
                guessed = {a.key for a in m.sources}
                if not m.sources or any(
                    a.key and a.basis != "context" and a.key not in guessed for a in found
                ):
                    m.sources = found or m.sources
            for c in governor.children:
                if c.dep_ in {"prep", "dative"} and c.lower_ in trig.target_preps:
                    m.targets += self._pobj_actors(c)  # "paid tribute to the sultan": "to" may come as dative
                elif c.dep_ == "dative" and "to" in trig.target_preps:
                    m.targets += self.actors.actors_of(c)  # "gave the Ivory Coast aid": named before the gift
        if owner is not None and not m.sources:
            m.sources = self.actors.actors_of(owner)
        if not m.sources:
            m.sources = self._complained_of(noun)
        if light and governor is not None:
            self._intent(m, governor)  # "prepared to impose martial law"
        _drop_own_side(m)
        happening = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in _HAPPEN_VERBS
        if not m.has_actor and m.type == "PROTEST" and (_new_occasion(noun, light) or _placed(noun)):
            return True  # "A protest had taken place in the park", "Vigils were attended by thousands"
        if not m.has_actor and m.type == "ASSAULT" and _new_occasion(noun, light):
            return True  # "there were two bombings in Kabul": by attackers no one named, where it happened
        if not m.has_actor:
            # "the protests", and "last week's protests": a day of its own makes the noun definite
            m.anaphoric = happening or any(
                c.lower_ in {"the", "these", "those", "this"} or (c.dep_ == "poss" and c.ent_type_ == "DATE")
                for c in noun.children
            )
            own_circumstance = any(t.ent_type_ in {"DATE", "GPE"} for t in noun.subtree)
            return m.anaphoric and (happening or own_circumstance)
        # "Serbia and Kosovo exchanged accusations": an act the two do to each other
        mutual = light and governor is not None and governor.lemma_.lower() in _MUTUAL_VERBS
        if (trig.symmetric or mutual or m.type in SYMMETRIC) and len(m.sources) > 1 and not m.targets:
            m.sources, m.targets = m.sources[:1], m.sources[1:]
            m.multilateral = True
        return True

    def _complained_of(self, noun: Token) -> list[Actor]:
        """ "Condemned Iran over the arrest of two tourists", "lodged a protest with China over the
        detention of a fisherman": an act complained of, by no one named, is by whom the complaint is about
        or made to."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in {"over", "for"} or prep.head.pos_ != "VERB":
            return []
        verb = prep.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        said = self.lex.verbs.get(verb.lemma_.lower())
        if said is not None and said.type == "ACCUSE":
            return [a for o in objects for a in self.actors.actors_of(o) if a.key]
        for obj in objects:  # "lodged a protest with China": the complaint a light verb makes
            entry = self.lex.nouns.get(obj.lemma_.lower())
            if entry is None or entry.light_types.get(verb.lemma_.lower(), entry.type) != "ACCUSE":
                continue
            preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"with", "to", "against"}]
            return [a for c in preps for a in self._pobj_actors(c) if a.key]
        return []

    def _act_type(self, verb: Token) -> str | None:
        """The type of act a verb and its object state, read from the lexicon alone: "send aid" is aid (the
        noun carries it), "send troops" a deployment, "rebuild the city" none."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        lemma = verb.lemma_.lower()
        carried = self.lex.nouns.get(obj.lemma_.lower()) if obj is not None else None
        if carried is not None and lemma in (carried.light_only or self.lex.light_verbs):
            return carried.type
        trig = self.lex.verbs.get(lemma)
        if trig is None:
            return None
        kind = obj.lemma_.lower() if obj is not None else None
        if kind in trig.by_object:
            return trig.by_object[kind]
        if trig.requires_object and kind not in trig.requires_object:
            return None
        return trig.type

    def _sent_by(self, holders: list[Token], words: set[str]) -> list[Actor]:
        """Whom an act came from: the actors after these prepositions (or a passive's "by") on these tokens
        ("drew criticism from the UN", "condemnation came from France")."""
        return [
            a
            for h in holders
            for c in h.children
            if c.dep_ in {"prep", "agent"} and c.lower_ in words
            for a in self._pobj_actors(c)
        ]

    def _between_parties(self, noun: Token, trig: Trigger) -> bool:
        """ "the deal between Israel and Bahrain", "a ceasefire between Armenia and Azerbaijan": an agreement
        named with both its parties states that they made it, whatever verb the sentence hangs it on; not one
        still sought ("talks on a deal between ...", "negotiations for an agreement between ...")."""
        if "between" not in trig.participant_preps:
            return False
        sought = {"for", "on", "over", "about", "toward", "towards"}
        if noun.dep_ == "pobj" and noun.head.lower_ in sought and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            return False
        if noun.dep_ not in {"dobj", "pobj", "nsubjpass", "appos"}:
            return False  # "the accord between Chile and Peru is invalid": one told before, judged
        if noun.dep_ == "pobj" and noun.head.lower_ in {"since", "after", "before", "until", "under"}:
            return False  # "demobilised since the accord between ...": a time or a frame for something else
        parties = [a.key for c in _between_preps(noun) for a in self._pobj_actors(c) if a.key]
        return len(set(parties)) >= 2

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


def _joint_exercise(m: Mention) -> None:
    """ "China and Russia held joint naval exercises", "held war games with South Korea": an exercise of two
    or more states together is military cooperation (COOPERATE), not a show of force by each."""
    parties = list({a.key: a for a in [*m.sources, *m.targets] if a.key}.values())
    if len(parties) >= 2:
        m.type = "COOPERATE"
        m.sources, m.targets = parties[:1], parties[1:]
        m.multilateral = True


def _of_a_country(thing: Token, actors: ArticleActors, currencies: frozenset[str]) -> str | None:
    """ "Chinese apps", "imports of Russian oil": the country whose demonym or name is in front of the thing,
    or of what it is of; None for a thing of no country, for people ("Russian diplomats") and for money
    ("purchases of US dollars": a measure about a currency is no measure against its country)."""
    of = [g for c in thing.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for noun in [thing, *of]:
        if noun.ent_type_ == "PERSON" or longest_role([noun], actors.lex) is not None:
            return None
        if noun.lemma_.lower() in currencies:
            return None
        for child in (t for c in noun.lefts for t in c.subtree if t.dep_ in {"amod", "compound"}):
            iso3 = actors.country_of_word(child.text)
            if iso3:
                return iso3
    return None


def _an_honour(obj: Token) -> bool:
    """ "the Order of Lenin", "the Victoria Cross", "Hero of the Soviet Union": an order, a cross, a star or
    a hero's title is an honour only by its name (not "received orders", "a cross to bear"); a medal, a
    prize or a decoration always is."""
    if obj.lemma_.lower() in {"order", "cross", "star", "hero"}:
        return obj.text[:1].isupper() and obj.tag_ == "NNP"
    return True


def _given_up(noun: Token, retreat_verbs: frozenset[str]) -> bool:
    """ "backed away from her support", "retreated from its backing of the rebels": a stance named as what its
    holder moves away from; "withdrew its support", "pulled its support from X": one taken back."""
    verb = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "from":
        verb = noun.head.head
        if verb.dep_ == "advmod" and verb.lower_ in {"away", "back", "off"}:
            verb = verb.head  # "backed away from", parsed with "from" on the adverb
    elif noun.dep_ == "dobj":
        verb = noun.head
        back = any(
            (c.dep_ == "prt" and c.lower_ in {"back", "out"}) or (c.dep_ == "prep" and c.lower_ == "from")
            for c in verb.children
        )
        verb = verb if back or verb.lemma_.lower() == "withdraw" else None  # not "turned its support to X"
    return verb is not None and verb.lemma_.lower() in retreat_verbs


def _of_objects(noun: Token) -> set[str]:
    """The lemmas of what an "of" phrase on the noun names: "school" in "the closure of all schools"."""
    return {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    }


def _role_noun(head: Token, lex: ActorLexicon) -> bool:
    """A person named by an office: "the former president was released" (not "the report was released")."""
    hit = longest_role([head], lex)
    return hit is not None and not hit[0].collective


def _misparsed_recipient(obj: Token) -> Token | None:
    """The one given something, when the small model reads a double object as one noun phrase: a place's
    name as a compound of the gift ("sent [Ukraine weapons]", "supplied [Kyiv missiles]")."""
    first = next((c for c in obj.lefts if c.dep_ not in {"det", "nummod", "amod"}), None)
    if (
        first is not None
        and first.dep_ == "compound"
        and first.pos_ == "PROPN"
        and first.ent_type_ == "GPE"
        and first.left_edge.ent_iob_ == "B"
        and obj.ent_type_ != "GPE"
        and not any(c.dep_ == "det" for c in obj.lefts)
    ):
        return first
    return None


def _owner_of_act(obj: Token, acts: frozenset[str]) -> Token | None:
    """Whose act the object is, by its possessor ("President Biden's statement", "Iran's decision"), or by
    a country's name or demonym before it ("US sanctions", "the Palestinian proposal")."""
    if obj.lemma_.lower() not in acts:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return owner
    return next(
        (
            c
            for c in obj.children
            if c.dep_ in {"amod", "compound"} and c.i < obj.i and c.ent_type_ in {"GPE", "NORP"}
        ),
        None,
    )


def _of_a_kind(verb: Token) -> bool:
    """A perfect in a relative clause on a bare plural, with no time told ("women who have been raped",
    "companies that have sued"): it says what kind of people they are, no one event."""
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and head.tag_ in {"NNS", "NNPS"}
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in head.children)
        and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)
    )


def _sum_given(noun: Token) -> bool:
    """What a sum is of, after "in": "$400 million [in aid]", "sent Ukraine $5 billion [in aid]"."""
    head = noun.head.head
    return any(_substance(t) == noun for t in [head, *(c for c in head.children if c.dep_ == "dobj")])


def _substance(amount: Token) -> Token | None:
    """What a counted sum is of: "aid" in "$400 million in aid", "50 million euros of assistance"."""
    counted = amount.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY"} or any(
        c.dep_ == "nummod" for c in amount.children
    )
    if not counted:
        return None
    # "sent Ukraine $5 billion [in aid]": "in" may hang on the verb, after the sum
    after = [c for c in amount.head.children if c.i > amount.i] if amount.dep_ == "dobj" else []
    return next(
        (
            g
            for c in [*amount.children, *after]
            if c.dep_ == "prep" and (c.lower_ in {"in", "of"} if c.head == amount else c.lower_ == "in")
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _verb_arguments(token: Token) -> bool:
    """A subject or object of its own: the -ing form is used as a verb ("Fighting the fire took hours")."""
    return any(c.dep_ in {"nsubj", "dobj", "obj", "nsubjpass"} for c in token.children)


def _alone(token: Token) -> bool:
    """Not part of a longer name: no entity at all, or an entity of this one word."""
    if not token.ent_type_:
        return True
    return token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.nbor().ent_iob_ != "I")


def _new_occasion(noun: Token, light: bool) -> bool:
    """An indefinite event noun said to have happened or been attended: an event of its own, not one
    named before ("A protest had taken place", "Vigils nationwide were attended by thousands")."""
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        happened = noun.head.tag_ == "VBD"  # "there were two bombings" (not "there will be more")
    elif noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    else:
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
    return any(c.dep_ in {"relcl", "acl"} and is_infinitive(c) for c in noun.children)


def _told_to(verb: Token) -> bool:
    """ "told X to do ...": an object, then an infinitive of what X is to do (not "told reporters to expect
    more arrests": a forecast). The small model may hang the infinitive on the object as a relative clause
    ("encouraged schools to reopen")."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ in {"dobj", "dative"}]
    clauses = [c for c in children if c.dep_ in {"xcomp", "ccomp"}]
    clauses += [g for c in objects if c.dep_ == "dobj" for g in c.children if g.dep_ == "relcl"]
    infinitive = any(
        is_infinitive(c)
        and c.lemma_.lower() not in FORECAST_VERBS
        and not any(g.tag_ in {"WP", "WDT", "WRB"} for g in c.children)  # "tell us what to do": no order
        for c in clauses
    )
    return infinitive and bool(objects)


def _rule_statement(verb: Token) -> bool:
    """ "Under the Constitution, the House impeaches the official", "NATO guidelines call for 2%": what a
    rule provides, in the present tense, is no event (the guidelines' vague generalities)."""
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in _RULE_TEXTS:
        return True
    clause = [verb, *(verb.ancestors if verb.dep_ == "conj" else [])]
    return any(
        c.dep_ == "prep" and c.lower_ == "under" and g.lemma_.lower() in _RULE_FRAMES
        for v in clause
        for c in v.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _open(verb: Token) -> bool:
    """ "did not say whether he supports the plan", "who is allowed to give permission": a question left
    open, or what someone may do with no one named who lets them, is no event."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True
    children = list(verb.children)
    if (
        verb.lemma_.lower() in _PERMITTING
        and any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    ):
        return True
    # "a bill that would allow the government to extradite people": what a text permits is no act
    head = verb.head if verb.dep_ in {"xcomp", "ccomp"} else None
    if head is None or head.lemma_.lower() not in _PERMITTING:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    subject = relative_antecedent(subject) if subject is not None else None
    return subject is not None and subject.lemma_.lower() in _ENABLING_TEXTS


def _described(verb: Token) -> Token | None:
    """Who or what a describing verb describes: its object, or a name the parser took for the description
    ("called Trump a clown" parsed with "Trump" as a second description, or as part of "Trump a clown")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    if "to" in preps and "as" in preps:  # "referred to the riots as acts of terror"
        named = next((g for g in preps["to"].children if g.dep_ == "pobj"), None)
        if named is not None:
            return named
    descriptions = [c for c in verb.children if c.dep_ == "oprd"]
    first = descriptions[0] if descriptions else None
    if (
        first is not None
        and first.pos_ == "PROPN"
        and (len(descriptions) > 1 or any(c.dep_ in {"appos", "dobj"} for c in first.children))
    ):
        return first
    for description in descriptions:
        article = next((c for c in description.children if c.dep_ == "det"), None)
        name = next((c for c in description.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if article is not None and name is not None and name.i < article.i:
            return name
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"ADJ", "NOUN"}):
        # "declared the seizure illegal", parsed as a small clause: its subject is the one described
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _nobody_did(verb: Token) -> bool:
    """ "No president has ever been removed", "any government that attacks ...": a subject that refers to
    nobody in particular takes part in no event."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and any(d.dep_ == "det" and d.lower_ in {"no", "any"} for d in c.children)
        for c in verb.children
    )


# where the parser puts a plea or a verdict: "pleaded guilty", "was found guilty", "found him guilty"
_VERDICT_DEPS = {"acomp", "oprd", "ccomp"}


def _in_a_crime(verb: Token) -> bool:
    """ "charged four officers in the death of ...", "was charged over the shooting": a crime the charge is
    brought in, named after "in" or "over"."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"in", "over"} and g.dep_ == "pobj" and g.lemma_.lower() in _CRIMES
        for c in verb.children
        for g in c.children
    )


def _has_prep(verb: Token, prep: str) -> bool:
    """The verb's preposition, or one the parser hung on its object or on a phrase of its own ("charged
    the driver in the robbery with assault")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == prep:
            return True
        below = [child] if child.dep_ in {"dobj", "nsubjpass"} else []
        below += [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(g.dep_ == "prep" and g.lower_ == prep for b in below for g in b.children):
            return True
    return False


# words that take a share of what follows "of": "most of its races", "all of the prisoners"
_SHARES = frozenset({"most", "all", "some", "many", "part", "half", "several", "both", "none", "dozens"})
# what a charge is brought in: "charged in the death of", "charged over the shooting"
_CRIMES = frozenset(
    {"death", "killing", "murder", "shooting", "stabbing", "attack", "assault", "bombing", "riot", "fraud"}
    | {"kidnapping", "abduction", "rape", "robbery", "theft", "arson", "connection", "case", "plot"}
)
# where a noun stands in its clause: a hyphened noun whose last part is tagged otherwise is still one there
_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "appos"})


def _verb_forms(verb: Token) -> set[str]:
    """The verb's lemma, and its base read off a regular past form when the lemmatiser got it wrong
    ("staged" lemmatised as "stag")."""
    low = verb.lower_
    forms = {verb.lemma_.lower(), low}
    if low.endswith("ed") and verb.tag_ in {"VBD", "VBN"}:
        forms |= {low[:-1], low[:-2]}
    if low.endswith("ied") and verb.tag_ in {"VBD", "VBN"}:
        forms.add(low[:-3] + "y")  # "reoccupied"
    return forms


def _shared_object(verb: Token) -> Token | None:
    """The object of the verb conjoined right after this one, when this one has none: "arrested and charged
    two journalists", "shot and killed two protesters" (not when the second verb has a subject of its own)."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children):
        return None  # not "to coerce or intimidate a population": a choice of acts, neither of them done
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
        return None
    return next((c for c in conj.children if c.dep_ == "dobj"), None)


def _before_semicolon(clause: Token, verb: Token) -> bool:
    """A clause ended by a semicolon or a colon before the verb it is hung on: no complement of the verb."""
    return clause.i < verb.i and any(t.text in {";", ":"} for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _own_possessor(actor: Actor, sources: list[Actor]) -> bool:
    """ "its" in "closed its border": the source itself, named only as the owner of what it acted on (not
    "his" in "investigated the conditions of his death", someone else of the same country)."""
    if actor.basis != "linked" or actor.text.lower() not in _POSSESSIVES:
        return False
    return any(
        (a.name, a.role, a.key, a.sector) == (actor.name, actor.role, actor.key, actor.sector)
        for a in sources
    )


def _drop_own_side(m: Mention) -> None:
    """Among several targets, the source's own side is none: "called the agreements legitimate" (its own),
    "pledged to withdraw its troops from Mali", "gave Kenya aid for its clinics"."""
    if len(m.targets) <= 1:
        return
    own = {a.key for a in m.sources}
    theirs = ("its ", "their ", "his ", "her ")
    m.targets = [
        t
        for t in m.targets
        if (t.basis != "linked" and not t.text.lower().startswith(theirs)) or t.key not in own
    ] or m.targets


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the clause an "after/before/since ... -ing" phrase hangs on, for the phrase's verb; or
    of the clause a bare past participle hangs on ("although suspended from duty, the officers ...")."""
    if participial_adjunct(verb):
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ != "pcomp" or verb.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _bare(verb: Token) -> bool:
    """A verb with no clause, addressee or preposition of its own but "against" ("will appeal", "appealed
    against the ruling"; not "appealed to the UN", "appealed for calm")."""
    return not any(
        c.dep_ in {"xcomp", "ccomp", "dative", "prt"} or (c.dep_ == "prep" and c.lower_ != "against")
        for c in verb.children
    )


def _for_doing(verb: Token) -> bool:
    """ "for allegedly selling the rifle": a "for" that gives what someone did."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def _dated(particle: Token) -> bool:
    """The word after a verb governs a day or a time ("on Monday"), so it is no particle of that verb."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in particle.children)


def _cast_as(verb: Token) -> bool:
    """ "attacked the senator as a hypocrite": the object cast as something (not "as part of an attack")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_ != "part"
        for c in verb.children
        for g in c.children
    )


def _a_while(prep: Token) -> bool:
    """ "for hours", "for the third day": a "for" that says how long, not why."""
    spans = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "time", "while"}
    return any(g.ent_type_ in {"DATE", "TIME"} or g.lemma_.lower() in spans for g in prep.children)


def _reason_not_done(verb: Token) -> bool:
    """ "criticised Peru for not condemning the attack": what a judgement says someone failed to do is its
    reason, not an event of its own."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "for" and any(c.dep_ == "neg" for c in verb.children)


def _in_phrase(token: Token, top: Token) -> bool:
    """``token`` hangs on ``top`` through nouns and prepositions only, not through a clause."""
    while token.i != top.i:
        if token.dep_ not in {"prep", "pobj", "det", "amod", "compound", "nmod", "poss"}:
            return False
        token = token.head
    return True


def _between_preps(noun: Token) -> list[Token]:
    """ "between ..." on an agreement noun or on the participle after it ("the deal brokered between")."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"]


def _single_person(subj: Token | None) -> bool:
    """A single person: a name the recogniser calls a person, or "he", "she"."""
    if subj is None:
        return False
    return subj.ent_type_ == "PERSON" or subj.lower_ in {"he", "she", "i"}


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


def _time_clause(verb: Token) -> bool:
    """The verb heads a clause that tells when something else happened: "after the government proposed an
    amendment", "since March, when it proposed a bill"."""
    if verb.dep_ not in {"advcl", "relcl"}:
        return False
    return any(
        (c.dep_ == "mark" and c.lower_ in _TIME_MARKERS) or (c.dep_ == "advmod" and c.lower_ == "when")
        for c in verb.children
    )


def _question(clause: Token) -> bool:
    """A clause that asks rather than requests: "whether ...", "what ...", or one ending in "?"."""
    words = list(clause.subtree)
    if words and words[0].lower_ in _QUESTION_WORDS:
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
        return True
    after = clause.doc[words[-1].i + 1] if words and words[-1].i + 1 < len(clause.doc) else None
    return any(t.text == "?" for t in words) or (after is not None and after.text == "?")


_INVERTING = frozenset(
    {"do", "be", "have", "will", "would", "can", "could", "shall", "should", "may", "might", "must"}
)


def _yes_no_question(sentence: Span) -> bool:
    """A sentence that asks whether something is so, its verb before its subject and a question mark at its
    end: "Did the federation ever support you, back then?", "Is the aim to support all of it?". What a
    question with "why" or "when" asks about is taken as told ("Why did Russia invade?")."""
    words = [t for t in sentence if not (t.is_punct and t.text != "?") and not t.is_space]
    if len(words) < 3 or words[-1].text != "?":
        return False
    first = words[0]
    if first.lemma_.lower() not in _INVERTING or first.pos_ not in {"AUX", "VERB"}:
        return False
    clause = first if first.dep_ == "ROOT" else first.head
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return subject is not None and subject.i > first.i


def _anyone(verb: Token) -> bool:
    """The doer is no one in particular: "any law enforcement groups who endorsed Biden", "any country that
    recognises Kosovo" (a challenge, a condition or a rule, not an act)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    doer = relative_antecedent(subject)
    return any(c.dep_ == "det" and c.lower_ == "any" for c in doer.children)


def _position(token: Token) -> int:
    return token.i


def _who_they_are(verb: Token) -> bool:
    """A stance in a participle that tells which people are meant ("legislators supporting the law",
    "protesters opposing the coup"); one set off by a comma tells what they do ("Russia, supporting the
    Syrian army, bombed ...")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text != ","
