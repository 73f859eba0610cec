"""Build the built-in Arabic actor dictionary, ``lexicons/actors.yaml``.

Two sources are merged:

* **pycountry** (ISO 3166-1 and the Arabic translations of the Debian
  *iso-codes* project, both LGPL-2.1): the alpha-3 code, the English name (the
  label) and the Arabic short and official names of the 193 UN member states
  and of the two observer states, Palestine (PSE) and the Holy See (VAT). The
  translations carry diacritics (shadda, fatha ...); they are stripped with
  ``camel_tools.utils.dediac.dediac_ar``. pycountry is used here, at build
  time, only: the ``discourse`` package reads the generated YAML and does not
  depend on pycountry at run time.
* **tools/actor_data.yaml**, hand-curated: the list of UN members, spelling
  variants and short names as Arabic newspapers write them, capitals used as
  metonyms, base nisba adjectives, members (people and bodies who speak for an
  actor, with their roles) and the organisations and groups (UN, OPCW, HOUTHIS,
  ISIS ...). See the comments at the top of that file for its conventions.

The output is checked before it is written: every entry has an id, a label, a
kind of ``state | igo | ngo | media | group | person`` and a non-empty list of
names; ids are unique; every UN member is present; no string carries a
diacritic or a non-Arabic character; every role phrase is a member; and no
phrase, once folded the way the matcher folds it (``discourse.normalize.fold``,
adjectives expanded with ``discourse.actors.adjective_forms``), names two
actors. A phrase that would (``الكونغو``: COD and COG) must be resolved in the
data file, by dropping it or listing it under ``ambiguous``; the build fails
otherwise. Matches that only arise once a proclitic is attached are reported
as warnings.

Rebuild from the repository root (needs pycountry and camel-tools)::

    python tools/build_actors.py            # writes lexicons/actors.yaml
    python tools/build_actors.py --check    # builds and reports, writes nothing

Example
-------
>>> clean_iso_name("البوسنة و الهرسك")
['البوسنة والهرسك']
>>> clean_iso_name("إيران، الجمهورية الإسلامية الإيرانية")
['إيران', 'الجمهورية الإسلامية الإيرانية']
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
import yaml
from camel_tools.utils.dediac import dediac_ar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from discourse.actors import ACTOR_KINDS, NAME_PROCLITICS, adjective_forms  # noqa: E402
from discourse.normalize import fold  # noqa: E402

DATA = ROOT / "tools" / "actor_data.yaml"
OUTPUT = ROOT / "lexicons" / "actors.yaml"
ROLES = ("government", "military", "media", "diplomacy")

# Arabic diacritics, Quranic marks and tatweel: none may appear in the output.
DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# An entry is Arabic letters separated by single spaces.
ARABIC_PHRASE_RE = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+( [\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+)*$")

HEADER = """\
# Built-in actor dictionary of discourse: the network nodes a speaker resolves to.
# GENERATED FILE, do not edit by hand: edit tools/actor_data.yaml and run
#     python tools/build_actors.py
#
# Sources
# - ISO 3166-1 alpha-3 codes, English names (labels) and Arabic short and
#   official names of the 193 UN member states and of PSE and VAT: pycountry
#   {pycountry_version} (ISO 3166 data and Arabic translations of the Debian
#   iso-codes project, LGPL-2.1), diacritics stripped. Used at build time only;
#   the package does not depend on pycountry at run time.
# - Everything else is hand-curated in tools/actor_data.yaml: common names and
#   spelling variants as Arabic newspapers write them, capitals used as
#   metonyms, base nisba adjectives, members and roles (people and bodies who
#   speak for an actor, 2013-2018), and the organisations and armed groups.
#
# Format (DESIGN.md, "Lexicon directory"): id, label, kind, names, adjectives,
# members, plus `parent` (the actor this one rolls up to), `roles` (role ->
# member phrases; every role phrase is also a member) and `places` (cities and
# regions that name a state in a dateline, for the document's home state; never
# matched as speakers), `outlets` (newspapers published in a state: they place a
# document there when nothing else does; never matched as speakers) and
# `local_names` (state -> generic heads that name the actor in a document at home there). `adjectives` holds only
# masculine singular definite base forms: the matcher generates the feminine,
# dual and plural. No phrase names two actors (checked at build time); names
# deliberately given to no actor: {ambiguous}.
#
# {n_actors} actors ({n_states} states), {n_names} names, {n_adjectives} adjectives, {n_members} members, {n_places} places, {n_outlets} outlets.
"""


# ----------------------------------------------------------------- pycountry

def clean_iso_name(name: str) -> list[str]:
    """The usable Arabic names in one iso-codes translation.

    Strips diacritics; splits «إيران، الجمهورية الإسلامية الإيرانية» at the
    comma and «المجر (هنغاريا)» at the parenthesis; attaches the conjunction
    «و» to the next word as newspapers do («البوسنة والهرسك»); adds the
    spelling «ديمقراطية» next to «ديموقراطية». Non-Arabic strings (untranslated
    entries such as «Türkiye») are dropped.
    """
    text = dediac_ar(name).replace("ـ", "")
    parts = re.split(r"[،,()]", text)
    out: list[str] = []
    for part in parts:
        part = re.sub(r"\s+", " ", part).strip()
        part = re.sub(r"(^| )و (?=\S)", r"\1و", part)
        if not part or not ARABIC_PHRASE_RE.match(part):  # drops «تيمور-ليستي», «Türkiye»
            continue
        out.append(part)
        if "ديموقراط" in part:
            out.append(part.replace("ديموقراط", "ديمقراط"))
    return out


def iso_states(codes: list[str]) -> dict[str, dict]:
    """Label and Arabic names from pycountry for each alpha-3 code in ``codes``."""
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out = {}
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            raise SystemExit(f"actor_data.yaml: {code!r} is not an ISO 3166-1 alpha-3 code")
        names = clean_iso_name(arabic.gettext(country.name))
        official = getattr(country, "official_name", None)
        if official:
            names += clean_iso_name(arabic.gettext(official))
        label = getattr(country, "common_name", None) or country.name
        out[code] = {"label": label, "names": names}
    return out


# ------------------------------------------------------------------- merging

def unique(phrases, seen: set[tuple[str, ...]]) -> list[str]:
    """``phrases`` without those whose folded form is already in ``seen``."""
    out = []
    for p in phrases or []:
        p = re.sub(r"\s+", " ", str(p)).strip()
        key = tuple(fold(p).split())
        if key and key not in seen:
            seen.add(key)
            out.append(p)
    return out


def make_entry(aid, label, kind, names, adjectives=(), members=(), roles=None, parent=None,
               places=(), local_names=None, outlets=()) -> dict:
    """One actors.yaml entry; role phrases are added to members, duplicates removed."""
    roles = {r: list(ps) for r, ps in (roles or {}).items()}
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise SystemExit(f"actor_data.yaml: {aid}: unknown role(s) {sorted(unknown)} (allowed: {ROLES})")
    seen: set[tuple[str, ...]] = set()
    entry = {"id": aid, "label": label, "kind": kind}
    if parent:
        entry["parent"] = parent
    entry["names"] = unique(names, seen)
    adjectives = unique(adjectives, set())
    if adjectives:
        entry["adjectives"] = adjectives
    role_phrases = [p for ps in roles.values() for p in ps]
    clash = [p for p in role_phrases if tuple(fold(p).split()) in seen]
    if clash:
        raise SystemExit(f"actor_data.yaml: {aid}: role phrases also listed as names: {clash}")
    members = unique(list(members or []) + role_phrases, seen)
    if members:
        entry["members"] = members
    if roles:
        entry["roles"] = {r: unique(ps, set()) for r, ps in roles.items()}
    places = unique(places, set())
    if places:
        entry["places"] = places
    outlets = unique(outlets, set())
    if outlets:
        entry["outlets"] = outlets
    if local_names:
        entry["local_names"] = {str(state): list(heads) for state, heads in local_names.items()}
    return entry


def build(data: dict) -> tuple[list[dict], dict[str, str]]:
    """All actor entries (states sorted by code, then the data's actors) and the ambiguous names."""
    ambiguous = {str(k): str(v) for k, v in (data.get("ambiguous") or {}).items()}
    banned = {tuple(fold(k).split()) for k in ambiguous}
    codes = list(data["un_members"]) + list(data.get("observer_states") or [])
    iso = iso_states(codes)
    curated = data.get("states") or {}
    stray = set(curated) - set(codes)
    if stray:
        raise SystemExit(f"actor_data.yaml: states not in un_members / observer_states: {sorted(stray)}")

    def allowed(phrases, aid, source):
        out = []
        for p in phrases or []:
            if tuple(fold(p).split()) in banned:
                if source != "pycountry":
                    raise SystemExit(f"actor_data.yaml: {aid}: {p!r} is listed as ambiguous")
                continue
            out.append(p)
        return out

    entries = []
    for code in sorted(codes):
        c = curated.get(code) or {}
        dropped = {tuple(fold(d).split()) for d in c.get("drop") or []}
        iso_names = [n for n in iso[code]["names"] if tuple(fold(n).split()) not in dropped]
        names = (allowed(iso_names[:1], code, "pycountry") + allowed(c.get("names"), code, "data")
                 + allowed(iso_names[1:], code, "pycountry") + allowed(c.get("capital"), code, "data"))
        entries.append(make_entry(
            code, c.get("label") or iso[code]["label"], "state", names,
            allowed(c.get("adjectives"), code, "data"), allowed(c.get("members"), code, "data"),
            {r: allowed(ps, code, "data") for r, ps in (c.get("roles") or {}).items()},
            places=c.get("places") or (), outlets=c.get("outlets") or ()))
    for a in data.get("actors") or []:
        aid = a["id"]
        entries.append(make_entry(
            aid, a.get("label") or aid, a.get("kind") or "group", allowed(a.get("names"), aid, "data"),
            allowed(a.get("adjectives"), aid, "data"), allowed(a.get("members"), aid, "data"),
            {r: allowed(ps, aid, "data") for r, ps in (a.get("roles") or {}).items()}, a.get("parent"),
            local_names=a.get("local_names")))
    return entries, ambiguous


# ---------------------------------------------------------------- validation

def phrases_of(entry: dict):
    """(field, phrase, folded key) for every phrase the matcher will index for ``entry``."""
    for field in ("names", "members"):
        for p in entry.get(field) or []:
            yield field, p, tuple(fold(p).split())
    for adj in entry.get("adjectives") or []:
        for form in adjective_forms(adj):
            yield "adjectives", adj, tuple(form.split())


def collisions(entries: list[dict]) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """Folded phrases claimed by more than one actor: key → [(actor, field, phrase)]."""
    owners: dict[tuple[str, ...], list[tuple[str, str, str]]] = defaultdict(list)
    for e in entries:
        for field, p, key in phrases_of(e):
            if not any(o[0] == e["id"] for o in owners[key]):
                owners[key].append((e["id"], field, p))
    return {k: v for k, v in owners.items() if len(v) > 1}


def clitic_collisions(entries: list[dict]) -> list[tuple[str, str, str, str]]:
    """Phrases that become another actor's phrase once a proclitic is attached.

    The matcher indexes a phrase's first word with the proclitics
    ``و ف ب ل ك ...`` and «لل» for «ال»; «كاميرون» (GBR) with «ل» would read
    the word «لكاميرون», so if another actor listed «لكاميرون» the two would
    clash. Returns (actor, phrase, other actor, other phrase).
    """
    plain: dict[tuple[str, ...], tuple[str, str]] = {}
    for e in entries:
        for _, p, key in phrases_of(e):
            plain.setdefault(key, (e["id"], p))
    out = []
    for e in entries:
        for _, p, key in phrases_of(e):
            first, rest = key[0], key[1:]
            variants = [c + first for c in NAME_PROCLITICS]
            if first.startswith("ال"):
                variants += [c + first[2:] for c in ("لل", "ولل", "فلل")]
            for v in variants:
                other = plain.get((v,) + rest)
                if other and other[0] != e["id"]:
                    out.append((e["id"], p, other[0], other[1]))
    return sorted(set(out))


def validate(entries: list[dict], un_members: list[str]) -> list[str]:
    """Problems in the built entries (empty when the dictionary is valid)."""
    problems = []
    ids = [e.get("id") for e in entries]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"duplicate id {dup!r}")
    all_ids = set(ids)
    for code in un_members:
        if pycountry.countries.get(alpha_3=code) is None:
            problems.append(f"UN member {code!r} is not an ISO 3166-1 alpha-3 code")
        if code not in all_ids:
            problems.append(f"UN member {code!r} missing")
    if len(set(un_members)) != 193:
        problems.append(f"un_members lists {len(set(un_members))} codes, not 193")
    for e in entries:
        aid = e.get("id")
        if not isinstance(aid, str) or not aid:
            problems.append(f"entry without an id: {e}")
            continue
        if e.get("kind") not in ACTOR_KINDS:
            problems.append(f"{aid}: 'kind' must be one of {ACTOR_KINDS} (got {e.get('kind')!r})")
        names = e.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            problems.append(f"{aid}: 'names' must be a non-empty list of strings (got {names!r})")
        if e.get("parent") and e["parent"] not in all_ids:
            problems.append(f"{aid}: parent {e['parent']!r} is not an actor id")
        members = {tuple(fold(m).split()) for m in e.get("members") or []}
        for role, phrases in (e.get("roles") or {}).items():
            if role not in ROLES:
                problems.append(f"{aid}: role {role!r} not one of {ROLES}")
            for p in phrases:
                if tuple(fold(p).split()) not in members:
                    problems.append(f"{aid}: role phrase {p!r} is not a member")
        strings = [e.get("label", "")]
        for field in ("names", "adjectives", "members", "places", "outlets"):
            for s in e.get(field) or []:
                if not isinstance(s, str):
                    problems.append(f"{aid}: {field}: not a string: {s!r}")
                    continue
                strings.append(s)
                if not ARABIC_PHRASE_RE.match(s):
                    problems.append(f"{aid}: {field}: {s!r} is not Arabic words separated by single spaces")
        for adj in e.get("adjectives") or []:
            if not adj.startswith("ال"):
                problems.append(f"{aid}: adjective {adj!r} lacks the article ال")
        for s in strings:
            if DIACRITICS_RE.search(s):
                problems.append(f"{aid}: {s!r} carries diacritics")
    for key, owners in sorted(collisions(entries).items()):
        problems.append("phrase «%s» claimed by %s" % (" ".join(key), ", ".join(
            f"{a} ({f}: {p})" for a, f, p in owners)))
    return problems


# ---------------------------------------------------------------------- main

def dump(entries: list[dict], ambiguous: dict[str, str]) -> str:
    """actors.yaml text: the sources header, then one block per actor, lists in flow style."""
    counts = {
        "n_actors": len(entries),
        "n_states": sum(e["kind"] == "state" for e in entries),
        "n_names": sum(len(e["names"]) for e in entries),
        "n_adjectives": sum(len(e.get("adjectives", [])) for e in entries),
        "n_members": sum(len(e.get("members", [])) for e in entries),
        "n_places": sum(len(e.get("places", [])) for e in entries),
        "n_outlets": sum(len(e.get("outlets", [])) for e in entries),
    }
    header = HEADER.format(pycountry_version=_pycountry_version(),
                           ambiguous="، ".join(ambiguous), **counts)
    body = yaml.safe_dump({"actors": entries}, allow_unicode=True, sort_keys=False,
                          default_flow_style=None, width=100000)
    body = body.replace("\n- id: ", "\n\n- id: ")
    return header + "\n" + body


def _pycountry_version() -> str:
    try:
        from importlib.metadata import version
        return version("pycountry")
    except Exception:  # pragma: no cover - metadata missing
        return "(unknown version)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="hand-curated data (YAML)")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="actors.yaml to write")
    parser.add_argument("--check", action="store_true", help="build and validate, write nothing")
    args = parser.parse_args(argv)

    data = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    entries, ambiguous = build(data)
    problems = validate(entries, list(data["un_members"]))
    for e_id, p, other, op in clitic_collisions(entries):
        print(f"warning: {e_id} «{p}» with a proclitic reads as {other} «{op}»", file=sys.stderr)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); {args.out} not written", file=sys.stderr)
        return 1
    text = dump(entries, ambiguous)
    reloaded = yaml.safe_load(text)["actors"]
    assert reloaded == entries, "YAML round trip changed the entries"
    n = {k: sum(len(e.get(k, [])) for e in entries) for k in ("names", "adjectives", "members")}
    print(f"{len(entries)} actors ({sum(e['kind'] == 'state' for e in entries)} states), "
          f"{n['names']} names, {n['adjectives']} adjectives, {n['members']} members; "
          f"{len(ambiguous)} names given to no actor")
    if not args.check:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
