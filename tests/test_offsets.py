"""Property tests: every span of every attribution points into the text as given."""
from __future__ import annotations

import json
import re

import pytest

from conftest import DATA, check_attribution


def assert_offsets(text, attributions):
    for a in attributions:
        check_attribution(text, a)
        assert a.cue.start < a.cue.end, a.cue
        assert a.sentence_span is None or a.sentence_span.start <= a.cue.start < a.cue.end <= a.sentence_span.end


def test_seeds(analyzer, seeds_dir):
    n = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out = analyzer.analyze(text, doc=path.stem)
        assert_offsets(text, out)
        n += len(out)
    assert n > 0


def test_snn_gold_documents(analyzer, snn_documents):
    n = 0
    for doc in snn_documents.values():
        out = analyzer.analyze(doc.text, doc=doc.id)
        assert_offsets(doc.text, out)
        n += len(out)
    assert n > 0


def test_snn_gold_cues_are_where_the_gold_says(snn_documents):
    """The gold files and the corpus agree: each gold cue is at its cue_start."""
    for f in sorted(DATA.glob("snn_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = snn_documents[row["doc"]].text
            assert text[row["cue_start"]:row["cue_start"] + len(row["cue"])] == row["cue"], (f.name, row)


def _diacritise(text: str) -> str:
    """A fatha after every Arabic letter and a tatweel after every second word."""
    text = re.sub(r"([\u0621-\u064a])", "\\1\u064e", text)
    words = text.split(" ")
    return " ".join(w + "\u0640" if i % 2 else w for i, w in enumerate(words))


@pytest.mark.parametrize("text, expected", [
    ("", 0),
    ("   \n\n  ", 0),
    ("The minister said that the deal is dead. He added: \"we will respond\".", 0),
    ("1234567890 ,.;:!? ()[]{} ... ---", 0),
    ('وقال الوزير John Smith إن "the deal is dead" وإن الاتفاق انتهى.', 1),
    ("وقال الوزير 😀 إن الاتفاق 👍 مهم جدا 🇸🇾.", 1),
    ("😀😀 قالت وزارة الخارجية الأمريكية إن التقارير مروعة 👍", 1),
    ("وقال الوزير إن الاتفاق مهم.\r\nوأضاف أن الحكومة ستلتزم به.\r\n", 2),
    ("\u200fوقال\u200f الوزير\u200c إن\u200d الاتفاق\ufeff مهم.", 1),
    (_diacritise("وقالت وزارة الخارجية الأمريكية إن التقارير عن سقوط ضحايا مروعة. وأضافت أن الرد قادم."), 2),
    ("ﻭﻗﺎﻝ ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻷﻣﺮﻳﻜﻲ ﺇﻥ ﺍﻻﺗﻔﺎﻕ ﻻ ﻳﺰﺍﻝ ﻗﺎﺋﻤﺎ. ﻭﺃﺿﺎﻑ ﺃﻥ ﺍﻟﺤﻞ ﺳﻴﺎﺳﻲ.", 2),   # presentation forms
    ("«««« وقال »»»» إن", None),
    ('"""""', 0),
    ("إن أن بأن : « » قال", None),
])
def test_odd_inputs(analyzer, text, expected):
    out = analyzer.analyze(text)
    assert_offsets(text, out)
    if expected is not None:
        assert len(out) == expected


def test_diacritics_everywhere_on_a_seed(analyzer, seeds_dir):
    plain = (seeds_dir / sorted(p.name for p in seeds_dir.glob("*.txt"))[3]).read_text(encoding="utf-8")
    text = _diacritise(plain)
    out = analyzer.analyze(text)
    assert_offsets(text, out)
    # the same cues are found with and without the marks
    assert len(out) == len(analyzer.analyze(plain))


def test_non_str_is_rejected(analyzer):
    with pytest.raises(TypeError):
        analyzer.analyze(b"\xd9\x82\xd8\xa7\xd9\x84")


def test_ten_megabyte_document(analyzer, seeds_dir):
    """One run over a ~10 MB document made of copies of a seed: offsets hold, copies agree."""
    unit = (sorted(seeds_dir.glob("*.txt"))[3]).read_text(encoding="utf-8").rstrip() + "\n\n"
    copies = 10_000_000 // len(unit.encode("utf-8")) + 1
    text = unit * copies
    assert len(text.encode("utf-8")) >= 10_000_000
    out = analyzer.analyze(text, doc="big")
    assert_offsets(text, out)
    first = [(a.cue.start, a.cue.end) for a in out if a.cue.end <= len(unit)]
    assert first
    assert len(out) == copies * len(first)
    last_start = (copies - 1) * len(unit)
    last = [(a.cue.start - last_start, a.cue.end - last_start) for a in out if a.cue.start >= last_start]
    assert last == first
