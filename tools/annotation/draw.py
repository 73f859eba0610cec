"""Draw eval19: 112 random SaudiNewsNet articles, seed 20263101.

Bounds as eval3: 300-3,500 characters; none in a committed list (every doc id
anywhere in the repo); no near-copy: at most 30 % of an article's word 5-grams
in an annotated (committed) article or in another drawn one."""
import json, random, re, subprocess, zipfile, glob, os
ROOT = "/work/main"; CORPUS = "/work/shared/corpora/saudinewsnet"
ids = set(re.findall(r"20\d\d-\d\d-\d\d:\d+", subprocess.run(
    ["git", "grep", "-h", "-o", "-E", r"20[0-9]{2}-[0-9]{2}-[0-9]{2}:[0-9]+"],
    cwd=ROOT, capture_output=True, text=True).stdout))
docs = {}
for z in sorted(glob.glob(CORPUS + "/*.zip")):
    stem = os.path.basename(z)[:-4]
    with zipfile.ZipFile(z) as f:
        for name in f.namelist():
            if name.endswith(".json"):
                for i, a in enumerate(json.loads(f.read(name))):
                    docs[f"{stem}:{i}"] = a.get("content") or ""
# articles outside the repository that the session has read system outputs of (its comparison
# sample of unannotated articles), one id per line or a JSON list: also never drawn
EXCLUDE = os.environ.get("EXCLUDE")
if EXCLUDE:
    raw = open(EXCLUDE).read()
    ids |= set(json.loads(raw)) if raw.lstrip().startswith("[") else set(raw.split())
print("corpus", len(docs), "excluded ids", len(ids), "of which in corpus", len(ids & docs.keys()))
def grams(t):
    w = t.split(); return {tuple(w[i:i+5]) for i in range(len(w) - 4)}
seen = set()
for d in ids & docs.keys():
    seen |= grams(docs[d])
cands = sorted(d for d, t in docs.items() if 300 <= len(t) <= 3500 and d not in ids)
rng = random.Random(20263101); rng.shuffle(cands)
drawn = []
for d in cands:
    g = grams(docs[d])
    if not g or len(g & seen) / len(g) > 0.30:
        continue
    drawn.append(d); seen |= g
    if len(drawn) == 112: break
open("/work/annot31/eval19.docs.txt", "w").write("\n".join(drawn) + "\n")
for k in range(7):
    os.makedirs(f"/work/annot31/batches/{k+1}", exist_ok=True)
    for d in drawn[k*16:(k+1)*16]:
        open(f"/work/annot31/batches/{k+1}/{d.replace(':', '_')}.txt", "w").write(docs[d])
print("drawn", len(drawn))
