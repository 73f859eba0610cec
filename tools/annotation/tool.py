"""Annotation helper for eval19. Usage:
  python3 tool.py find DOC "STRING"   every offset of STRING in DOC's original text, with context
  python3 tool.py at DOC OFFSET [N]    the text from OFFSET (N characters, default 60)
  python3 tool.py check K              validate out/K.jsonl (and out/K.nospeech.txt); fills "at"
  python3 tool.py ids [WORD]           actor ids (and labels) of actors.yaml, optionally filtered
DOC is the id as in eval19.docs.txt, e.g. 2015-07-21:1064."""
import json, os, re, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpora/saudinewsnet"
_cache = {}
def text(doc):
    day, i = doc.split(":")
    if day not in _cache:
        with zipfile.ZipFile(f"{CORPUS}/{day}.zip") as z:
            _cache[day] = json.loads(z.read(f"{day}.json"))
    return _cache[day][int(i)]["content"]
def ids():
    out = {}; cur = None
    for line in open(f"{HERE}/actors.yaml", encoding="utf-8"):
        m = re.match(r"- id: (\S+)", line)
        if m: cur = m.group(1)
        m = re.match(r"  label: (.*)", line)
        if m and cur: out[cur] = m.group(1)
    return out
MODES = {"direct", "mixed", "indirect", "none"}
ACTS = set("say affirm deny accuse condemn warn demand predict report express agree reject".split())
KINDS = {"verb", "participle", "masdar", "nominal", "colon", "elliptic"}
def check(k):
    docs = [d for d in open(f"{HERE}/eval19.docs.txt").read().split()][ (k-1)*16 : k*16 ]
    known = ids(); errs = []; rows = []
    path = f"{HERE}/out/{k}.jsonl"
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): continue
        try: r = json.loads(line)
        except json.JSONDecodeError as e: errs.append(f"line {n}: not JSON ({e})"); continue
        need = ["doc","cue","cue_start","source","actors","content_head","mode","claims","speech_act","negated","hard","cue_kind"]
        miss = [f for f in need if f not in r]
        if miss: errs.append(f"line {n}: missing {miss}"); continue
        if r["doc"] not in docs: errs.append(f"line {n}: doc {r['doc']} not in batch {k}"); continue
        t = text(r["doc"]); s = r["cue_start"]
        if not isinstance(s, int) or t[s:s+len(r["cue"])] != r["cue"]:
            errs.append(f"line {n}: text at cue_start {s} is {t[s:s+len(r['cue'])]!r}, not cue {r['cue']!r} (use: tool.py find)")
        if r["source"] is not None and r["source"] not in t: errs.append(f"line {n}: source {r['source']!r} not in the text as written")
        if r["content_head"] is not None and r["content_head"] not in t: errs.append(f"line {n}: content_head not in the text as written")
        bad = [a for a in r["actors"] if a not in known]
        if bad: errs.append(f"line {n}: actor ids {bad} not in actors.yaml")
        if r["mode"] not in MODES: errs.append(f"line {n}: mode {r['mode']!r}")
        if r["speech_act"] not in ACTS: errs.append(f"line {n}: speech_act {r['speech_act']!r}")
        if r["cue_kind"] not in KINDS: errs.append(f"line {n}: cue_kind {r['cue_kind']!r}")
        if not isinstance(r["hard"], bool) or not isinstance(r["negated"], bool): errs.append(f"line {n}: hard/negated must be true/false")
        if r["claims"] != []: errs.append(f"line {n}: claims must be []")
        r["at"] = " ".join(t[s:].split()[:4]) if isinstance(s, int) else ""
        rows.append(r)
    ns_path = f"{HERE}/out/{k}.nospeech.txt"
    nospeech = set(open(ns_path).read().split()) if os.path.exists(ns_path) else set()
    seen = {r["doc"] for r in rows}
    for d in docs:
        if d not in seen and d not in nospeech: errs.append(f"doc {d}: no rows and not listed in out/{k}.nospeech.txt")
        if d in seen and d in nospeech: errs.append(f"doc {d}: has rows but is listed as no-speech")
    keys = [(r["doc"], r["cue_start"]) for r in rows]
    if len(keys) != len(set(keys)): errs.append("duplicate (doc, cue_start) rows")
    if errs: print("\n".join(errs)); print(f"{len(errs)} problem(s)"); sys.exit(1)
    order = {d: i for i, d in enumerate(docs)}
    rows.sort(key=lambda r: (order[r["doc"]], r["cue_start"]))
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"OK: {len(rows)} rows, {len(seen)} docs with speech, {len(nospeech)} without")
if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "find":
        t = text(sys.argv[2]); s = sys.argv[3]
        for m in re.finditer(re.escape(s), t): print(m.start(), repr(t[max(0,m.start()-30):m.end()+30]))
    elif cmd == "at":
        t = text(sys.argv[2]); o = int(sys.argv[3]); n = int(sys.argv[4]) if len(sys.argv) > 4 else 60; print(repr(t[o:o+n]))
    elif cmd == "check": check(int(sys.argv[2]))
    elif cmd == "ids":
        for i, l in ids().items():
            if len(sys.argv) < 3 or sys.argv[2].lower() in (i + " " + l).lower(): print(i, l)
