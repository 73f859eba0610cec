"""Match attribution contents to the claims of a codebook; propose claims when there is none."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from .errors import LexiconError
from .lexicons import builtin_dir, check_list, check_str, entry_name, merge, read_yaml
from .normalize import fold
from .records import Attribution, ClaimStance

_WORD = re.compile(r"[^\W_]+")
# «ك» alone is not stripped: too many stems start with it («كيماوي» became «يماو»
# while «الكيماوية» kept its kaf, so the keyword missed its own inflections).
_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
               "وب", "فب", "ول", "فل", "و", "ف", "ب", "ل")
_SUFFIXES = ("يتين", "يتان", "يين", "يون", "يات", "يان", "يه", "يا", "ات", "ين", "ون", "ان",
             "ها", "هم", "ه", "ي", "ا")
EXAMPLE_OVERLAP = 0.5   # share of an example's stems a content must contain
ANAPHORIC_WORDS = ("ذلك", "هذا", "هذه", "تلك", "الاتهامات", "الاتهام", "المزاعم", "الادعاءات",
                   "التقارير", "الأنباء", "المعلومات")
CONTEXT_CHARS = 800  # text before an anaphoric content searched for its claim


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem: folded, one proclitic group and one suffix removed.

    >>> stem("الكيماوية") == stem("كيماوي") == stem("وكيماويا")
    True
    """
    w = fold(word)
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[:-len(s)]
            break
    return w


def stems(text: str) -> list[str]:
    return list(map(stem, _WORD.findall(text)))


@dataclass(frozen=True, slots=True)
class Claim:
    """A codebook claim with its compiled keyword stems."""

    id: str
    label: str
    keywords: tuple[tuple[str, ...], ...]
    examples: tuple[frozenset[str], ...] = ()

    def matches(self, content_stems: Sequence[str]) -> bool:
        return self.matches_joined(_phrase(content_stems), set(content_stems))

    def matches_joined(self, joined: str, have: set[str]) -> bool:
        """:meth:`matches` for stems already joined (:func:`_phrase`) and in a set."""
        found = _keywords_re(self.keywords)
        if found is not None and found.search(joined):
            return True
        return any(ex and len(ex & have) / len(ex) >= EXAMPLE_OVERLAP for ex in self.examples)


def _phrase(stems_: Sequence[str]) -> str:
    """Stems as one space-delimited string, for phrase search: « a b c »."""
    return " " + " ".join(stems_) + " "


@functools.lru_cache(maxsize=10_000)
def _keyword(stems_: tuple[str, ...]) -> str:
    """A keyword's :func:`_phrase`, built once."""
    return _phrase(stems_)


@functools.lru_cache(maxsize=1_000)
def _keywords_re(keywords: tuple[tuple[str, ...], ...]) -> re.Pattern | None:
    """A claim's keyword phrases as one pattern, built once: one search per content
    instead of one per keyword."""
    return re.compile("|".join(re.escape(_keyword(k)) for k in keywords)) if keywords else None


def validate_claim(path, i: int, e: dict) -> None:
    name = entry_name(e, i)
    check_str(path, name, e, "id")
    check_str(path, name, e, "label")
    check_list(path, name, e, "keywords", required=True)
    check_list(path, name, e, "examples")


def compile_claim(e: dict) -> Claim:
    keywords = tuple(tuple(stems(k)) for k in e["keywords"] if stems(k))
    examples = tuple(frozenset(s for s in stems(x) if len(s) >= 3) for x in e.get("examples") or [])
    return Claim(e["id"], e["label"], keywords, examples)


def load_codebook(user_dir: str | Path | None = None, path: str | Path | None = None) -> list[Claim]:
    """The codebook in use: the user's ``claims.yaml`` if there is one, else the seed codebook.

    A user entry whose id is built in extends it (DESIGN.md's merge rule).
    """
    builtin_path = builtin_dir() / "claims.yaml"
    builtin = read_yaml(builtin_path, "claims")
    if path is None and user_dir is not None and (Path(user_dir) / "claims.yaml").exists():
        path = Path(user_dir) / "claims.yaml"
    if path is None:
        entries, source = builtin, builtin_path
    else:
        user = read_yaml(Path(path), "claims")
        known = {e.get("id") for e in builtin}
        for i, e in enumerate(user):
            if e.get("id") in known and not e.get("replace"):
                check_str(path, entry_name(e, i), e, "id")
                for f in ("keywords", "examples"):
                    check_list(path, entry_name(e, i), e, f)
            else:
                validate_claim(path, i, e)
        entries = merge([e for e in builtin if e["id"] in {u["id"] for u in user}], user)
        source = path
    for i, e in enumerate(entries):
        validate_claim(source, i, e)
    ids = [e["id"] for e in entries]
    dup = {x for x in ids if ids.count(x) > 1}
    if dup:
        raise LexiconError(source, repr(sorted(dup)[0]), "id", "must be unique")
    return [compile_claim(e) for e in entries]


def match_claims(text: str, codebook: Sequence[Claim]) -> list[str]:
    """Ids of the claims whose keywords or examples a text matches."""
    return _match_stems(stems(text), codebook)


def _match_stems(s: Sequence[str], codebook: Sequence[Claim]) -> list[str]:
    joined, have = _phrase(s), set(s)
    return [c.id for c in codebook if c.matches_joined(joined, have)]


@functools.lru_cache(maxsize=1)
def _anaphoric_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in ANAPHORIC_WORDS)


def is_anaphoric(text: str) -> bool:
    """Whether a content refers back to something said before: «ذلك»،
    «لهذه الاتهامات»، «حملة لاتهام الحكومة» (matched on light stems, so with
    any clitic)."""
    return _refers_back(stems(text))


def _refers_back(s: Sequence[str]) -> bool:
    return not _anaphoric_stems().isdisjoint(s)


def nearest_claim(text: str, codebook: Sequence[Claim]) -> str | None:
    """The claim whose keyword occurs last in ``text`` (the nearest before its end)."""
    found = stems(text)
    joined, have = _phrase(found), set(found)
    best, best_pos = None, -1
    for c in codebook:
        for k in c.keywords:
            if k[0] and k[0] not in have:
                continue      # its first stem is not in the text: no need to search for it
            pos = joined.rfind(_keyword(k))
            if pos > best_pos:
                best, best_pos = c.id, pos
    return best


def assign_claims(attributions: list[Attribution], codebook: Sequence[Claim], text: str) -> list[Attribution]:
    """Attach the codebook claims each attribution is about (stance left to the stance stage).

    The content is matched; with no content, the attribution's own part of
    its sentence (from the cue to the next attribution's cue). A content that
    refers back («نفى النظام ذلك», «لهذه الاتهامات») and matches nothing takes
    the claim mentioned last in the text just before it.
    """
    out = []
    for k, a in enumerate(attributions):
        scope = stems(a.content.text if a.content else _own_clause(a, attributions[k + 1:], text))
        ids = _match_stems(scope, codebook)
        if not ids and a.content and _refers_back(scope):       # the content's stems
            start = a.sentence_span.start if a.sentence_span else a.start
            nearest = nearest_claim(text[max(0, start - CONTEXT_CHARS):a.content.start], codebook)
            ids = [nearest] if nearest else []
        out.append(replace(a, claims=tuple(ClaimStance(i, "neutral", 0.0) for i in ids)))
    return out


def _own_clause(a: Attribution, later: Sequence[Attribution], text: str) -> str:
    """The sentence of an attribution from its cue up to the next cue in it:
    «وحذرت روسيا من أي تحرك ...، وقالت الخارجية ...» gives «وحذرت روسيا من أي تحرك ...،»."""
    if a.sentence_span is None:
        return ""
    end = a.sentence_span.end
    for b in later:
        if b.sentence_span == a.sentence_span and b.cue.start > a.cue.start:
            end = min(end, b.cue.start)
    return text[a.cue.start:end]


def discover_claims(contents: Iterable[str], n_claims: int = 8, top_terms: int = 10,
                    n_examples: int = 3, random_state: int = 0) -> list[dict]:
    """Propose candidate claims for a corpus with no codebook.

    Clusters the contents (TF-IDF over light stems, k-means) and returns, per
    cluster, a ``claims.yaml``-ready entry: an id, its top terms as keywords,
    and the example contents nearest the centre. Edit the labels and keep the
    clusters that make sense.

    Examples
    --------
    >>> texts = ["الاتفاق النووي مع إيران جيد", "الاتفاق النووي خطأ", "الحوثيون يقصفون عدن",
    ...          "ميليشيات الحوثي تقصف تعز"]
    >>> [c["id"] for c in discover_claims(texts, n_claims=2)]
    ['CLAIM_1', 'CLAIM_2']
    """
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    import numpy as np

    docs = [t for t in contents if t and t.strip()]
    if len(docs) < n_claims:
        raise ValueError(f"discover_claims needs at least n_claims={n_claims} contents (got {len(docs)})")
    vec = TfidfVectorizer(analyzer=_content_stems, min_df=2, max_df=0.5)
    X = vec.fit_transform(docs)
    km = KMeans(n_clusters=n_claims, n_init=10, random_state=random_state).fit(X)
    terms = np.array(vec.get_feature_names_out())
    out = []
    order = Counter(km.labels_).most_common()
    for rank, (k, size) in enumerate(order, 1):
        centre = km.cluster_centers_[k]
        members = np.where(km.labels_ == k)[0]
        dist = ((X[members].toarray() - centre) ** 2).sum(axis=1)
        top = [terms[j] for j in np.argsort(centre)[::-1][:top_terms] if centre[j] > 0]
        words = _surface_words(docs[i] for i in members)
        keywords = [words[t].most_common(1)[0][0] for t in top]
        out.append({
            "id": f"CLAIM_{rank}",
            "label": " / ".join(keywords[:3]),
            "keywords": keywords,
            "examples": [docs[i] for i in members[np.argsort(dist)][:n_examples]],
            "size": int(size),
        })
    return out


@functools.lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    """Stems of spaCy's Arabic stop words: function words that say nothing of a claim."""
    from spacy.lang.ar.stop_words import STOP_WORDS
    return frozenset(stem(w) for w in STOP_WORDS) | frozenset(STOP_WORDS)


def _content_stems(text: str) -> list[str]:
    stop = _stop_stems()
    return [s for w, s in zip(_WORD.findall(text), stems(text))
            if len(s) >= 3 and not w.isdigit() and s not in stop and fold(w) not in stop]


def _surface_words(texts: Iterable[str]) -> dict[str, Counter]:
    """For each stem, how often each written word gave it (so keywords read as words)."""
    out: dict[str, Counter] = {}
    for t in texts:
        for w in _WORD.findall(t):
            out.setdefault(stem(w), Counter())[w] += 1
    return out
