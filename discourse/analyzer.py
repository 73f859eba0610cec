"""The Analyzer: text in, attribution records out (the public entry point)."""
from __future__ import annotations

import multiprocessing
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import claims as claims_stage
from . import stance as stance_stage
from .actors import DocumentMemory, Resolver, Speaker, agrees, cue_agreement, dominant, load_actors
from .cues import find_cues
from .lexicons import CueForm, load_cues, load_grammar
from .normalize import GlueSplitter, NormalizedText, fold, normalize
from .records import Attribution, Cue, Span
from .segment import Sentence, Token, split
from .spans import attribution_spans, source_before

COLON_CUE = CueForm(lemma=":", kind="colon", speech_act="say", polarity="neutral")
MAX_HEADLINE_SPEAKER = 4
TANWEEN = frozenset("\u064b\u064c\u064d")
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653))   # tanween, short vowels, shadda, sukun
LEAD_CHARS = 600       # enough text for a dateline and a lead sentence
BYLINE_WORDS = 8       # a first sentence this short is a byline or headline: the lead is the next one
NAME_WORD = "NAME"      # what the cue and span rules see for a name homograph («بان» of «بان كي مون»)


@dataclass(frozen=True, slots=True)
class Document:
    """One document of a corpus: its id, text and optional date (YYYY-MM-DD)."""

    id: str
    text: str
    date: str | None = None


def _byline(lead: list[list[str]]) -> bool:
    """The first sentence is a byline or headline (shorter than ``BYLINE_WORDS``)."""
    return bool(lead) and len(lead[0]) < BYLINE_WORDS


RELAY_PRONOUNS = frozenset({"عنه", "عنها", "عنهم", "عنهما"})


def _relay(words: list[str], start: int, end: int) -> bool:
    """The cue at ``words[start:end]`` relays a speaker already named: «كما نقل عنه
    موقع "العربية نت"», «حسبما نقلت عنها وكالة ...»."""
    return start > 0 and words[start - 1] in ("كما", "حسبما", "وفقما") \
        and end < len(words) and words[end] in RELAY_PRONOUNS


def _continues(clause: Speaker, agreement) -> bool:
    """A participle with no subject of its own continues the subject of its clause's
    verb («وقال مصدر أمني إن ... مؤكدا») when they agree, and also: a plural participle
    a dual verb («أكدا ... مؤكدين»), any participle a plural subject («ويقول محللون ...،
    مشيرا»), one of the other gender a resolved subject («ووصفت الحكومة الإسرائيلية
    ...، مضيفا»)."""
    number = clause.agreement[1]
    return agrees(clause.agreement, agreement) or (number, agreement[1]) == ("du", "pl") \
        or number == "pl" or (bool(clause.actors) and number == agreement[1])


def _up_to(words: list[str], start: int, preposition: str, limit: int = 10) -> list[str]:
    """The words from ``start`` to the cue's preposition, itself included, within
    ``limit`` words; none if it does not come."""
    end = next((k for k in range(start, min(len(words), start + limit)) if words[k] == preposition), None)
    return words[start:end + 1] if end is not None else []


class Analyzer:
    """Turn Arabic news text into attribution records.

    Parameters
    ----------
    lexicons : path, optional
        A directory whose ``actors.yaml``, ``cues.yaml``, ``claims.yaml`` and
        ``stance.yaml`` extend (or, for ``claims.yaml``, replace) the built-ins.
    model : {"default", "text-only", None} or path
        The stance classifier: the shipped model (the default: it beats the
        lexicon-only and cue-only baselines on held-out SaudiNewsNet data, see
        ``lexicons/models/stance_report.json``; it sees who speaks as well as
        what is said), the shipped text-only model (blind to who speaks: for
        asking whether actors depart from their usual positions), none
        (lexicon rules only), or a model file written by ``discourse train`` /
        :func:`discourse.stance.save_model`. A model answers only for the
        claims it was trained on (the shipped one: the SaudiNewsNet codebook,
        ``lexicons/codebooks/saudinewsnet.yaml``); the claim-aware rules answer
        for every other claim, e.g. the seed codebook's.
    home : None, str or False
        The home state that unqualified national institutions and offices
        («وزارة الداخلية», «وزير الصحة», «المتحدث الأمني», «أمير منطقة
        الرياض») speak for. ``None`` (the default): each document's own
        dateline decides («الرياض - واس» → SAU, «دمشق - سانا» → SYR, «عين اليوم –
        واشنطن» → USA); without one they stay unresolved. A state id such as
        ``"SAU"``: the corpus's home, used for every document whose own text
        places it nowhere and whose lead names no other state. ``False``: no
        home state at all. A document's own home is,
        in order: its dateline; the state its lead opens with as subject, by
        name («قصفت تركيا ... في سوريا» → TUR); the one state its lead sentence
        places the news in («... في العراق», «... في محافظة جدة»); the state it most
        often names as a location (cities and regions, «في» + state), at
        least twice and more than any other; the state it names most at all
        (not by its nisba), at least twice and twice as often as any other;
        the only state it names at all, even once.

    The analyzer is built once (lexicons compiled once per process) and is
    picklable, so it can be mapped over partitions by multiprocessing or Dask.

    Examples
    --------
    >>> from discourse import Analyzer
    >>> [a.cue.text for a in Analyzer(model=None).analyze("وقال الوزير إن الاتفاق مهم.")]
    ['وقال']
    """

    def __init__(self, lexicons: str | Path | None = None, model: str | Path | None = "default",
                 home: str | bool | None = None):
        self.lexicons = str(lexicons) if lexicons is not None else None
        self.model = str(model) if model is not None else None
        self.home = home
        self._build()

    def _build(self) -> None:
        if self.lexicons is not None and not Path(self.lexicons).is_dir():
            raise FileNotFoundError(f"lexicons: {self.lexicons!r} is not a directory")
        self.grammar = load_grammar()
        self.cues = load_cues(self.lexicons)
        self.actors = load_actors(self.lexicons)
        self.actors.shadow(self.grammar.national_bodies)
        self.resolver = Resolver(self.actors, self.grammar)
        home = self.home
        if not (home is None or home is False or (isinstance(home, str) and self.actors.state_of(home) == home)):
            states = sorted(a.id for a in self.actors.actors.values() if a.kind == "state")
            raise ValueError(f"'home' must be None, False or the id of a state of the actor lexicon "
                             f"({', '.join(states[:5])} ...) (got {home!r})")
        self.splitter = GlueSplitter(self.actors.vocabulary())
        # complementisers that also open a name of the dictionary: «بان» of «بان كي مون»
        self.name_homographs = frozenset(w for w in self.grammar.complementizers if w in self.actors.first)
        self.codebook = claims_stage.load_codebook(self.lexicons)
        self.stance = stance_stage.StanceScorer.load(self.lexicons, self.model, self.codebook)

    def __getstate__(self):
        return {"lexicons": self.lexicons, "model": self.model, "home": self.home}

    def __setstate__(self, state):
        self.lexicons, self.model = state["lexicons"], state["model"]
        self.home = state.get("home")
        self._build()

    # ------------------------------------------------------------ one document
    def analyze(self, text: str, doc: str = "doc", date: str | None = None) -> list[Attribution]:
        """All attributions of one document, in text order.

        Offsets point into ``text`` exactly as given.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str (got {type(text).__name__})")
        norm = normalize(text, self.splitter)
        memory = DocumentMemory()
        out: list[Attribution] = []
        sentences = split(norm.text)
        words = [[t.text for t in s.tokens] for s in sentences]
        mentions = [self.resolver.mentions(w) for w in words]     # each sentence's, found once
        if self.home is not False:
            memory.home = self._document_home(words, mentions)
            memory.heads.update(self.resolver.local_heads(memory.home))
        for sentence, sentence_words, sentence_mentions in zip(sentences, words, mentions):
            out.extend(self._sentence(norm, sentence, doc, date, memory, sentence_words, sentence_mentions))
        out = claims_stage.assign_claims(out, self.codebook, text)
        return self.stance.apply_all(out)

    def _document_home(self, words: list[list[str]],
                       mentions: list[Sequence[tuple[int, int, str]]]) -> str | None:
        """The state a document's unqualified institutions speak for, in order: a
        dateline in its first two sentences (a headline may come first), the state a
        visit in its lead goes to («يقوم الرئيس الأمريكي ... بزيارة إلى كينيا» → KEN),
        the state its lead opens with as subject («قصفت تركيا ... مواقع ... في سوريا» → TUR:
        the news is what Turkey did, and its officials speak), the state whose
        institution opens its lead («قالت الشرطة الهندية ...», «طالبت وزارة الخارجية
        الفلسطينية ...» in a report that names Israel more often), the place its lead
        names, the state it most often names as a location, the state it most often
        names at all, the only state it names, the state of the newspapers it names
        («رابط الخبر بصحيفة الوئام»), the corpus's ``home`` (unless the lead names
        another state)."""
        lead = words[:2]
        home = (self._dateline_home(lead)
                or (self.resolver.lead_visit(words[0]) if words else None)
                or self._lead_subject(words, mentions)
                or (self.resolver.lead_office(words[0], mentions[0]) if words else None)
                or self._lead_place(lead) or self.resolver.context_state(words)
                or self.resolver.named_state(words, mentions)
                or self.resolver.sole_state(words, mentions)
                or self.resolver.outlet_state(words))
        if home or not self.home:
            return home
        # the corpus's home, unless the lead names another state («قررت محكمة مصرية ...»,
        # «... الفيضانات التي تشهدها بورما»): the news is then likely not at home
        lead_states = {self.actors.state_of(actor) for found in mentions[:2] for _, _, actor in found} - {None}
        return self.home if lead_states <= {self.home} else None

    def _lead_subject(self, words: list[list[str]],
                      mentions: list[Sequence[tuple[int, int, str]]]) -> str | None:
        """The state the lead opens with as subject: the first sentence's, or the
        second's after a byline or headline («لجين الأحمدي – عين اليوم», then «شهدت
        السعودية ...»)."""
        k = 1 if _byline(words[:2]) and len(words) > 1 else 0
        return self.resolver.lead_subject(words[k], mentions[k]) if words else None

    def _dateline_home(self, lead: list[list[str]]) -> str | None:
        """The state of a dateline in the first two sentences (a headline may come first)."""
        return next(filter(None, map(self.resolver.home_of, lead)), None)

    def _lead_place(self, lead: list[list[str]]) -> str | None:
        """The state of the lead's place: the first sentence's, or the second's after a
        byline or headline («مسلم الهوامله – عين اليوم»)."""
        return next(filter(None, map(self.resolver.lead_location, lead if _byline(lead) else lead[:1])), None)

    def _lead_home(self, sentences: list[Sentence]) -> str | None:
        """The state of a dateline in the first two sentences, else of the lead's place."""
        lead = [[t.text for t in s.tokens] for s in sentences[:2]]
        return self._dateline_home(lead) or self._lead_place(lead)

    def corpus_home(self, documents: Iterable[Document], dominance: float = 3.0,
                    least: int = 3) -> str | None:
        """The state a corpus's press is at home in: the one that the datelines
        and leads of its documents name most, if it is named by at least
        ``dominance`` times as many documents as the next state and by at least
        ``least`` documents; else ``None`` (a corpus from many countries' press).
        In SaudiNewsNet 5,764 of 20,329 documents are placed by their dateline
        or lead: 2,615 in SAU, 381 in YEM, 369 in USA. Give it as
        ``Analyzer(home=...)`` so that the documents whose own text places
        nothing («وأكد مدير عام الجوازات ...» with no dateline) take it
        (``--home auto`` on the command line).

        Examples
        --------
        >>> docs = [Document(str(k), t) for k, t in enumerate([
        ...     "الرياض - واس: أكد وزير الداخلية أن الأمن مستتب.",
        ...     "جدة - واس: قال أمير المنطقة إن العمل مستمر.",
        ...     "الدمام - واس: أوضح مدير الشرطة أن الحادث وقع أمس.",
        ...     "دمشق - سانا: قال وزير الخارجية إن الحل سياسي.",
        ...     "وأكد المتحدث الأمني أن التحقيق جار."])]
        >>> Analyzer(model=None).corpus_home(docs)
        'SAU'
        """
        counts: Counter[str] = Counter()
        for d in documents:
            head = d.text[:LEAD_CHARS]          # the dateline and lead are in the first lines
            state = self._lead_home(split(normalize(head, self.splitter).text)[:2])
            if state:
                counts[state] += 1
        return dominant(counts, least, dominance)

    def _sentence(self, norm: NormalizedText, sentence: Sentence, doc: str, date: str | None,
                  memory: DocumentMemory, words: list[str],
                  mentions: Sequence[tuple[int, int, str]]) -> list[Attribution]:
        """The attributions of one sentence; ``words`` are its token texts and
        ``mentions`` the actor mentions in them."""
        sentence = self._names_as_words(sentence, words)
        cues = [c for c in find_cues(sentence, self.cues, self.grammar)
                if not (c.form.kind == "verb" and self._noun_spelling(norm, sentence.tokens[c.index], c.form))]
        headline = self._headline_cue(norm, sentence, words, mentions)
        if headline is not None:
            cues = [headline] + [c for c in cues if c.index > headline.index]
        if not cues:
            self.resolver.remember_subject(memory, words)
            self.resolver.observe(memory, words, mentions=mentions)
            return []
        told = frozenset(s for s, _, actor in mentions
                         if self.actors.actors[actor].kind == "media" and self._told(words[s]))
        nisbas = frozenset(s for s, e, actor in mentions if e == s + 1 and (words[s],) in self.actors.adjectives
                           and self.actors.actors[actor].kind == "state")
        found = attribution_spans(sentence, cues, self.grammar, [(s, e) for s, e, _ in mentions], told, nisbas)
        out = []
        sentence_span = self._span(norm, sentence.start, sentence.end)
        clause: Speaker | None = None      # the speaker of the sentence's last main verb
        learnt = 1                         # mentions ending before this word were learnt from
        for m, spans in found:
            tokens = sentence.tokens
            cue = self._span(norm, tokens[m.index].start, tokens[m.end - 1].end)
            source = content = None
            agreement = cue_agreement(words[m.index], m.form)
            source_span = spans.source
            source_first = bool(source_span) and source_span[1] <= m.index
            if source_span and self.resolver.object_of_verb(
                    words[source_span[0]:source_span[1]], agreement, source_first,
                    m.form.speech_act, m.form.lemma, words[source_span[1]:source_span[1] + 1]):
                # «وحددت النظام السوري كمنفذ»: an object; the subject stands before the verb
                # («لكن المتحدث ... نفى تسلم وزارته») or is dropped
                source_span = None if words[m.index][:1] in ("و", "ف") else \
                    source_before(words, m.index, self.grammar, {c.index for c in cues})   # not «ووصف»
                source_first = source_span is not None
            if source_span and not source_first:
                cut = self.resolver.subject_before_object(words[source_span[0]:source_span[1]],
                                                          words[source_span[1]:source_span[1] + 1],
                                                          m.form.speech_act, m.form.lemma)
                if cut:       # «وطالب عسيري الحوثيين بتنفيذ»: the subject ends before the object
                    source_span = (source_span[0], source_span[0] + cut)
                elif self.resolver.surname_then_object(memory, words[source_span[0]:source_span[1]]):
                    source_span = (source_span[0], source_span[0] + 1)   # «وأكد القرقاح سعادته ...»
            if source_span:
                source = self._span(norm, tokens[source_span[0]].start, tokens[source_span[1] - 1].end)
            if spans.content:
                content = self._span(norm, tokens[spans.content[0]].start, tokens[spans.content[1] - 1].end)
            source_words = words[source_span[0]:source_span[1]] if source_span else None
            start = min(source_span[0], m.index) if source_span else m.index
            if source_words and len(source_words) <= 2 and (
                    any(learnt <= e <= start for _, e, _ in mentions) or (memory.home and not self.resolver.title_forms.isdisjoint(
                        words[learnt - 1:start]))):
                # a name introduced earlier in the sentence («كذب الوزير ... صالحي ...، وقال صالحي»),
                # also by a home office («وكان مدير عام الشؤون الصحية بمنطقة القصيم د. سلطان بن سعود
                # الشايع قد وقف ...، وقد أكد الدكتور الشايع»)
                self.resolver.observe(memory, words[:start], names_only=True,
                                      mentions=[k for k in mentions if k[1] <= start])
                learnt = start + 1
            nested = any(a <= cue.start < b for a, b in memory.contents)
            continues = None
            if m.form.kind == "participle" and not source_words and clause is not None \
                    and _continues(clause, agreement) and (self.resolver.certain(clause) or not clause.text):
                continues = clause.actors     # the verb's subject, even unresolved, or its dropped
                #                               subject: «وطالب الهيئة العامة للسياحة ...، مطالبًا»
            actors = self.resolver.resolve(
                memory, source_words, agreement=agreement,
                before=words[:start], after=words[source_span[1]:] if source_span else (),
                source_first=source_first, nested=nested, continues=continues,
                addressed=m.form.kind in ("verb", "participle"))
            if actors and source_span and not source_first and spans.content:
                tail = words[source_span[1]:spans.content[0]]
                if not tail and m.form.preposition:    # «دعا المبعوث ... للدعم في ليبيا برناردينو
                    tail = _up_to(words, source_span[1], m.form.preposition)     # ليون إلى الإفراج»
                self.resolver.learn_subject_tail(memory, source_words, tail, actors[0])
            if _relay(words, m.index, m.end) or (m.form.kind == "nominal" and clause is not None and actors
                                                  and all(self.actors.actors[a].kind == "media" for a in actors)):
                # «وقالت، كما نقلت عنها وكالة الأنباء الطلابية، ...», «وقال صبحي ... «...»، حسب
                # تقرير لـ«رويترز»»: the medium relays the speaker; a later «وأضافت» continues
                # her, not it
                memory.speakers[-1] = replace(memory.speakers[-1], nested=True)
            elif m.form.kind == "verb" and not nested:
                clause = memory.speakers[-1]
            if content is not None and not nested:
                memory.contents.append((content.start, content.end))
            out.append(Attribution(
                doc=doc, sentence=sentence.index,
                cue=Cue(cue.text, cue.start, cue.end, m.form.kind, m.form.lemma),
                source=source, content=content, mode=spans.mode,
                speech_act=m.form.speech_act, negated=m.negated, actors=actors,
                sentence_span=sentence_span, date=date, roles=self.resolver.roles(source_words, actors),
            ))
        self.resolver.observe(memory, words, mentions=mentions)
        return out

    def _told(self, word: str) -> bool:
        """A medium's first word with the preposition «ل» glued to it, whom the words
        were told: «لرويترز», «للجزيرة» (not a name that itself opens with «ل»)."""
        first = self.actors.first
        return word[:1] == "ل" and (word[1:] in first or (word[:2] == "لل" and "ال" + word[2:] in first))

    def _names_as_words(self, sentence: Sentence, words: list[str]) -> Sentence:
        """The sentence as the cue and span rules see it: a complementiser that opens a
        name of the dictionary is a plain word there («وقال بان كي مون إن ...» is not
        «بأن»). Its text only is changed; offsets and the resolver's words stay."""
        if not self.name_homographs.intersection(words):
            return sentence
        hits = [k for k, w in enumerate(words) if w in self.name_homographs and self.actors.match_at(words, k)]
        if not hits:
            return sentence
        tokens = list(sentence.tokens)
        for k in hits:
            tokens[k] = Token(NAME_WORD, tokens[k].start, tokens[k].end)
        return replace(sentence, tokens=tuple(tokens))

    def _headline_cue(self, norm, sentence: Sentence, words, mentions):
        """«أميركا: النظام السوري قصف …» at the start of a document or line."""
        from .cues import CueMatch
        if ":" not in words[:MAX_HEADLINE_SPEAKER + 1]:
            return None
        colon = words.index(":")
        starts_line = sentence.start == 0 or norm.text[max(0, sentence.start - 1)] == "\n"
        speaker_known = any(s == 0 and e == colon for s, e, _ in mentions) or (
            colon > 0 and words[0] in self.grammar.source_nouns)
        if not starts_line or colon == 0 or colon + 1 >= len(words) or not speaker_known:
            return None
        return CueMatch(0, colon + 1, COLON_CUE)

    @staticmethod
    def _noun_spelling(norm: NormalizedText, token, form: CueForm) -> bool:
        """The word as written is a noun, never a verb: it has tanween («كشفاً»), ends
        in teh marbuta («في إشارة إلى», not «أشاره»; «طمأنة»), is a perfect in
        alef maksura written with yeh («نادي الهلال» is a club; the verb is «نادى»),
        or a perfect of «أفعل» written with «إ» («إبان الحرب» is 'during', not «أبان»)."""
        a, b = norm.span(token.start, token.end)
        word = norm.original[a:b]
        bare = word.rstrip(HARAKAT)
        if form.lemma.endswith("ى") and bare.endswith("ي") and fold(bare) in {
                p + fold(form.lemma) for p in ("", "و", "ف")}:
            return True
        stem = bare[1:] if bare[:1] in ("و", "ف") and len(bare) > 3 else bare
        if form.tense == "perfect" and not form.pronoun and form.lemma.startswith("أ") and stem.startswith("إ"):
            return True
        return any(ch in TANWEEN for ch in word) or bare.endswith("ة")

    @staticmethod
    def _span(norm: NormalizedText, start: int, end: int) -> Span:
        a, b = norm.span(start, end)
        return Span(norm.original[a:b], a, b)

    # ------------------------------------------------------------------ corpus
    def pipe(self, documents: Iterable[Document], n_process: int = 1,
             errors: list | None = None) -> Iterator[Attribution]:
        """Attributions of a stream of documents, streamed in document order.

        With ``n_process > 1`` documents are analysed on that many processes
        (results identical to a serial run). A document that fails is reported
        in ``errors`` (``(doc_id, message)``) and the rest is still processed.
        """
        if n_process <= 1:
            for d in documents:
                yield from self._safe(d, errors)
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self,)) as pool:
            for records, err in pool.imap(_worker, documents, chunksize=8):
                if err and errors is not None:
                    errors.append(err)
                yield from records

    def _safe(self, d: Document, errors: list | None) -> list[Attribution]:
        try:
            return self.analyze(d.text, d.id, d.date)
        except Exception as exc:  # reported, the corpus goes on
            if errors is None:
                raise
            errors.append((d.id, f"{type(exc).__name__}: {exc}"))
            return []


_WORKER: Analyzer | None = None


def _init_worker(analyzer: Analyzer) -> None:
    global _WORKER
    _WORKER = analyzer


def _worker(d: Document):
    errors: list = []
    records = _WORKER._safe(d, errors)
    return records, (errors[0] if errors else None)
