"""Reported speech: who says an event happened and how sure the telling is (modality, attribution), and the
acts that are done by saying (a demand "X must ...", blame "X was behind the attacks", "it is time to ...").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tidings.actors import longest_role
from tidings.mentions import (
    DENYING_HEADS,
    SPEECH_VERBS,
    Mention,
    SentenceReader,
    implied,
    is_infinitive,
    phrase_text,
)
from tidings.records import Actor

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "ought"}
_NEGATING_HEADS = {"refuse", "decline", "fail", "deny", "reject"}
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
_THREAT_HEADS = {"threaten", "warn", "vow"}
# heads that state as often as they ask: "told reporters the talks went well", "told them to leave"
_TELLING_HEADS = frozenset({"tell", "advise"})
_FIRST_PERSON = {"i", "we", "us"}
_THIRD_PERSON = frozenset({"he", "him", "his", "she", "her"})
_FIRST_PERSON_OWNERS = {"my", "our"}
_DEONTIC = frozenset({"should", "must", "ought"})
# who can be told what to do without being named: "foreign powers should get out"
_AGENT_NOUNS = frozenset(
    {"power", "country", "nation", "government", "leader", "state", "party", "side", "authority", "official"}
)


# "said it was dangerous": what "it" or "this" stands for is seldom someone
_VAGUE_SUBJECTS = frozenset({"it", "this", "that", "which", "what"})
_NOBODY_IN_PARTICULAR = frozenset({"every", "any", "no", "each", "all", "not"})
_VERDICT_MODIFIERS = frozenset(
    {"amod", "compound", "conj", "cc", "advmod", "nmod", "det", "punct", "quantmod"}
)


def _head_and_modifiers(head: Token) -> list[Token]:
    """A phrase's head with the words that modify it ("a 'disappointing and counterproductive' move"), not
    its prepositional phrases or clauses."""
    out = [head]
    for child in head.children:
        if child.dep_ in _VERDICT_MODIFIERS:
            out.extend(_head_and_modifiers(child))
    return out


def _verdict_words(clause: Token) -> set[str]:
    """The words of a copular clause's verdict, as written and as lemmas: the predicate's head and its
    modifiers, not what its phrases go on to name ("was ready with amendments on child abuse")."""
    return {
        w
        for c in clause.children
        if c.dep_ in {"attr", "acomp"}
        for t in _head_and_modifiers(c)
        for w in (t.lower_, t.lemma_.lower())
    }


class SpeechReader(SentenceReader):
    """Modality and attribution of a mention, and acts done by saying."""

    def _requested(self, verb: Token, index: int) -> bool:
        """The verb is what a request found in this sentence asks for ("asked the US to waive her immunity",
        "called on Turkey to halt drilling", "urged her to stop attacking them")."""
        # "warned it would strike Bahrain", "threatened to attack the village": the threat's content
        asked = {
            p.token.i for p in self.history if p.sentence_index == index and p.type in {"REQUEST", "THREATEN"}
        }
        # "want her to quit or be removed": the second act shares the first one's "to"
        infinitive = is_infinitive(verb) or (verb.dep_ == "conj" and is_infinitive(verb.head))
        # "I urge Lam, if she cannot do anything, to please step down": parsed under the aside's verb
        steps = {"xcomp", "ccomp", "advcl", "conj", "acl", "relcl"} if infinitive else {"xcomp", "ccomp"}
        tok = verb
        while tok.dep_ in steps and tok.head.i != tok.i:
            step, tok = tok.dep_, tok.head
            if tok.i in asked or (infinitive and step == "acl" and self._wish_noun(tok)):
                return True  # "ignored demands to release the tanker", whoever made them
        return False

    def _wish_noun(self, tok: Token) -> bool:
        """A noun that asks for or holds out an act: "calls", "a request", "an ultimatum", "threats"."""
        return tok.pos_ == "NOUN" and self._noun_type(tok) in {"REQUEST", "THREATEN"}

    def _says_others_should(self, verb: Token) -> bool:
        """ "said outside powers should leave the area", "insisted that Chile must stop": a reported
        clause that tells someone what to do (not "we should", not "the talks should rest on trust")."""
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

    def _verdict(self, kind: str, verb: Token) -> Token | None:
        """Who a statement blames (``kind`` "culprit") or praises ("praised"), read once per verb: finding
        the trigger asks, and reading its arguments asks again."""
        key = (kind, verb.i)
        if key not in self.verdicts:
            self.verdicts[key] = self._culprit(verb) if kind == "culprit" else self._praised(verb)
        return self.verdicts[key]

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
            if self._judged_bad(clause, subject):
                return subject  # "said the Russian strikes were barbaric", "said the sanctions were illegal"
            for doing in (t for t in clause.subtree if t.lemma_.lower() in self.lex.doing_nouns):
                # "the crash was Iran's doing", "was 'likely' Iran's doing" (parsed under the adjective)
                owner = next((g for g in doing.children if g.dep_ == "poss"), None)
                path = [doing, *doing.ancestors][: list(doing.ancestors).index(clause) + 1]
                predicate = all(t.dep_ in {"attr", "acomp", "xcomp"} for t in path)
                if predicate and owner is not None and self._blameable(subject) and self._has_actor(owner):
                    return owner
        return self._wrongdoer(verb)

    def _praised(self, verb: Token) -> Token | None:
        """Who a statement praises: "said the late minister had been an 'iconic' leader", "believes Modi is
        a wise statesman". A copular clause whose verdict is clearly positive, on someone the sentence names
        (not on an act or a state of affairs: "said the talks were good" praises no one in particular)."""
        if verb.lemma_.lower() not in self.lex.reporting_verbs | self.lex.belief_verbs:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                continue  # "said he was a humble man": as often the speaker as anyone else
            if any(c.dep_ == "neg" for c in clause.children) or self._noun_type(subject) is not None:
                continue
            words = _verdict_words(clause)
            if not words & self.lex.positive_words or words & self.lex.negative_words:
                continue
            # someone named, or named by an office ("the late minister"), not a thing of theirs ("the safety
            # of our customers is our most important task")
            named = subject.pos_ == "PROPN" or longest_role([subject], self.actors.lex) is not None
            if named and any(a.key for a in self.actors.actors_of(subject)):
                return subject
        return None

    def _judged_bad(self, clause: Token, subject: Token) -> bool:
        """A copular clause with a clearly negative verdict ("was unacceptable", "were a violation of
        international law", "is a terrorist") on someone, or on an act of someone's: criticism of them by the
        speaker. A state of affairs ("the situation in Syria was catastrophic") judges no one."""
        if subject.lower_ in _VAGUE_SUBJECTS or any(
            c.dep_ in {"det", "neg", "preconj"} and c.lower_ in _NOBODY_IN_PARTICULAR for c in subject.subtree
        ):
            return False  # "said it was dangerous", "not every corrupt act is a crime": no one judged
        words = _verdict_words(clause)
        if not words & self.lex.negative_words or words & self.lex.positive_words:
            return False
        # someone judged, or an act judged and whoever it names ("the Russian strikes"): one lookup either way
        act = self._noun_type(subject) is not None or subject.lemma_.lower() in self.lex.judged_acts
        if not act:
            return any(a.key for a in self.actors.actors_of(subject))
        # "said the decision was 'a retrograde step'": an act the story has told, of whoever did it (found
        # as an issue's target is, when the mention's target is read)
        return self._has_actor(subject) or self._told_act(subject)

    def _told_act(self, act: Token) -> bool:
        """An act referred back to by a definite noun that names no one: "the decision", "this move"."""
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in act.children)
        return definite and act.lemma_.lower() in self.lex.judged_acts

    def _wrongdoer(self, verb: Token) -> Token | None:
        """ "Ukraine said Russia had violated the ceasefire", "Greece said Turkey breached its airspace": a
        wrong one party says another party did (another country or body than the speaker's, so that a court's
        finding on someone at home is not read as a quarrel)."""
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None
        said = {a.key for a in self._actors_in(speaker) if a.key}
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if clause.lemma_.lower() not in self.lex.wrong_verbs or any(
                c.dep_ == "neg" for c in clause.children
            ):
                continue
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            keys = {a.key for a in self._actors_in(doer) if a.key} if doer is not None else set()
            if said and keys and not keys & said:
                return doer
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
            m.targets = [implied("government", speaker.country, "GOV")]
        return True

    def _first_person_source(self, m: Mention) -> None:
        """ "We warn the Saudis ...", Saree said: a first-person subject inside reported speech is the
        speaker (or the body the speaker stands for); so is a first-person owner of an event noun ("our
        condolences are with the family")."""
        if m.sources and any(a.key for a in m.sources):
            return
        if m.nominal:
            owner = next((c for c in m.token.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ not in _FIRST_PERSON_OWNERS:
                return
        else:
            subj = self._subject_of(self._clause_head(m))
            let_us = subj is not None and subj.lower_ in {"'s", "’s"} and subj.head.lemma_.lower() == "let"
            if subj is None or (subj.lower_ not in _FIRST_PERSON and not let_us):
                return
        speaker, _ = self._speaker(m, self._clause_head(m))
        if speaker is not None and speaker.key:
            m.sources = [speaker]
            m.attributed_to = None
            # "I pray for his return to health": in the speaker's own words "his" is someone else
            if speaker.name:
                m.targets = [b for a in m.targets for b in self._not_the_speaker(m, a, speaker.name)]

    def _not_the_speaker(self, m: Mention, actor: Actor, speaker: str) -> list[Actor]:
        if actor.name != speaker or actor.text.lower() not in _THIRD_PERSON:
            return [actor]
        pronoun = next((t for t in m.token.subtree if t.lower_ == actor.text.lower()), None)
        return self.actors.antecedent_other_than(pronoun, speaker)[:1] if pronoun is not None else []

    def _modality(self, m: Mention) -> None:
        head = self._clause_head(m)
        chain = [head, *list(head.ancestors)[:3]]
        aux = {c.lower_ for t in chain[:2] for c in t.children if c.dep_ in {"aux", "auxpass"}}
        # "the deal would have failed without Peru's support": a possessed act is a fact, whatever the clause
        # around it says might be (though "the AU's meeting is set to begin" is still to come)
        possessed = m.nominal and any(c.dep_ == "poss" for c in m.token.children)
        if possessed:
            aux -= _HYPOTHETICAL_AUX
        negated = any(c.dep_ == "neg" for c in head.children) or any(
            c.dep_ == "neg" for c in m.token.children
        )
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in _NEGATING_HEADS:
            negated = True
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in DENYING_HEADS:
            negated = True  # "denied that he made any deal": the deal, denied
        if head.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.head.children):
            negated = True
        modifiers = (
            {c.lower_ for c in m.token.children if c.dep_ in {"amod", "compound"}} if m.nominal else set()
        )
        negated = negated or self._called_off(m)
        under_if = not possessed and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for t in chain[:2] for c in t.children
        )
        plan_head = head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_.lower() in self.lex.plan_verbs
        # "urged the government to withdraw", "threatened to cut off": wished for or held out, not done
        wishing = _REQUEST_HEADS | _THREAT_HEADS
        requested = head.dep_ in {"xcomp", "ccomp"} and head.head.lemma_.lower() in wishing
        if requested and head.dep_ == "ccomp" and head.head.lemma_.lower() in _TELLING_HEADS:
            # "'we are cooperating,' he told reporters": a finite clause told is a statement, not an order
            subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
            requested = "to" in aux or bool(aux & _DEONTIC) or not subject
        # "called for the president to resign", "urged the embassy to reconsider": the wished-for act
        requested = not possessed and (
            requested
            or (
                is_infinitive(head)
                and any(a.lemma_.lower() in wishing and a.pos_ == "VERB" for a in list(head.ancestors)[:3])
            )
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
        elif _performative(m, head):
            m.modality = "asserted"  # "I want to thank ...", "we would like to apologise": said as it is done
        elif under_if or requested or (aux & _HYPOTHETICAL_AUX and not (speaker and "would" in aux)):
            m.modality = "hypothetical" if not (speaker and aux & {"would"}) else "planned"
        elif planned or (speaker is not None and "would" in aux):
            m.modality = "planned"
        elif hedged:
            m.modality = "claimed"
        else:
            m.modality = "asserted"

    def _called_off(self, m: Mention) -> bool:
        """ "the cancelled trip", "a visit that was called off", "the summit, which was scrapped", "cancelled
        his visit to Algeria", "the talks were called off"."""
        if not m.nominal:
            return False
        verb = m.token.head if m.token.dep_ in {"dobj", "nsubjpass"} else None
        if verb is not None and verb.pos_ == "VERB":
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
            if {verb.lemma_.lower(), f"{verb.lemma_.lower()} {particle}"} & self.lex.cancel_words:
                return True
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
        said by local papers to have met". A named source alone ("NPR reported") is no hedge."""
        # what the trigger says is not how sure the report of it is: "said the blast was likely Chad's doing"
        clauses = [c for c in m.token.children if c.dep_ == "ccomp"] if not m.nominal else []
        said = {t.i for c in clauses for t in c.subtree}
        if m.type in {"COERCE", "ACCUSE"} and not m.nominal:
            # "charged for allegedly selling the rifle": the charge is sure, what it says is alleged
            told = [
                c for c in m.token.children if c.dep_ == "prep" and c.lower_ in {"for", "with", "of", "over"}
            ]
            said |= {t.i for c in told for t in c.subtree}
        if any(t.lower_ in self.lex.hedge_words and t.i not in said for t in m.sentence):
            return True
        if any(
            c.dep_ == "amod" and c.lower_ in self.lex.hedge_modifiers
            for c in (*m.token.children, *head.children)
        ):
            return True
        for anc in [head, *list(head.ancestors)[:3]]:
            if anc.head.lemma_.lower() in self.lex.hedging_nouns and (
                anc.dep_ in {"acl", "ccomp"} or (anc.dep_ == "relcl" and _content_clause(anc))
            ):
                return True  # "after allegations Chile bombed the post", "claims that troops shelled"
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
        if quoting is not None:  # "the daily quoted unnamed officials as saying ...": name the outlet
            outlet = self._subject_of(quoting)
            quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if outlet is not None:
                actor = self._source_actor(outlet)
                if quoted is not None:
                    actor = replace(actor, text=f"{actor.text}, quoting {phrase_text(quoted)}")
                return actor, quoted is not None and quoted.lower_ in self.lex.anonymous_sources
        for anc in ancestors:
            lemma = anc.lemma_.lower()
            # "spoke to the press: 'I urge ...'" reports speech as "said" does
            speech = lemma in SPEECH_VERBS and anc.dep_ == "ROOT" and any(t.is_quote for t in m.sentence)
            if (lemma in self.lex.reporting_verbs or speech) and anc.pos_ == "VERB":
                subj = self._subject_of(anc)
                if subj is None:
                    continue
                actor = self._source_actor(subj)
                hedging = subj.lower_ in self.lex.anonymous_sources or lemma in self.lex.hedging_verbs
                if actor.key:  # not "I think ..." inside the quotation: the one quoted is still speaking
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
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.reporting_verbs | SPEECH_VERBS:
                continue
            subj = self._subject_of(verb)
            speaker = self._source_actor(subj) if subj is not None else None
            if speaker is not None and speaker.key:
                self.last_speaker = speaker
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


def _performative(m: Mention, head: Token) -> bool:
    """Thanks, congratulations and apologies wished in the first person are made in the saying of them."""
    if m.type not in {"SUPPORT", "CONCEDE"} or head.dep_ != "xcomp":
        return False
    wish = head.head
    first_person = any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in wish.children)
    return first_person and wish.lemma_.lower() in {"want", "like", "wish"}


def _content_clause(clause: Token) -> bool:
    """ "allegations Chile bombed the post", parsed as a relative clause, tells what the noun says: its verb
    has its own object and no relative pronoun ("the allegation that he made" has neither)."""
    children = list(clause.children)
    return any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children) and not any(
        c.tag_ in {"WDT", "WP", "WP$"} for c in children
    )
