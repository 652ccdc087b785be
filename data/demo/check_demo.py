#!/usr/bin/env python3
"""Check the Integrationsatlas demo data set (data/demo/demo.hsds.json).

Asserts the counts and rules the demo data promises (see README.md), validates every
service (and every extra organisation) against the HSDS 3.0 JSON Schema when the
`jsonschema` package is installed, and checks that build_demo.py regenerates the
committed file byte for byte.

Usage:  python3 data/demo/check_demo.py [path/to/demo.hsds.json]
Exit code 0 and a closing line "N passed, 0 failed" when everything holds.
Python 3.11 standard library (+ optional jsonschema/referencing for the schema check).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep data/demo free of __pycache__
import demo_source as src  # noqa: E402

TODAY = dt.date(2026, 11, 25)  # reference date of the demo data set
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
ROLES = {"Koordination", "Mitglied", "Partner"}
TRANSLATION_LANGS = {"tr", "ar", "ru", "uk", "fa"}
FAKE_STREET = re.compile(r"^(Am |Im )?(Beispiel|Muster|Demo)\w*(straße|weg|platz|allee|gasse|ring|park|feldweg|pfad)? \d+[a-z]?$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CITY_TO_PLACE = {"Offenbach am Main": "Offenbach"}
TAX = {"integrationsatlas:handlungsfeld": dict(src.HANDLUNGSFELDER),
       "integrationsatlas:zielgruppe": dict(src.ZIELGRUPPEN)}

results: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, detail: str = "") -> None:
    results.append((name, bool(ok), detail))
    print(("ok    " if ok else "FAIL  ") + name + (f"  -- {detail}" if detail and not ok else ""))


def find_shared() -> Path | None:
    candidates = []
    if os.environ.get("INTEGRATIONSATLAS_SHARED"):
        candidates.append(Path(os.environ["INTEGRATIONSATLAS_SHARED"]))
    repo = HERE.parents[1]
    candidates += [repo.parent / "shared", repo / "shared"]
    for c in candidates:
        if (c / "geo" / "plz-de" / "zipcodes.de.csv").is_file():
            return c
    return None


def parse_date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_current(s: dict) -> bool:
    if s.get("x_valid_from") and parse_date(s["x_valid_from"]) > TODAY:
        return False
    if s.get("x_valid_to") and parse_date(s["x_valid_to"]) < TODAY:
        return False
    return True


def walk(obj, path=""):
    """Yield (path, key, value) for every scalar in a JSON tree."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                yield from walk(v, f"{path}.{k}")
            else:
                yield path, k, v
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "demo.hsds.json"
    raw = path.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    services = data["contents"]
    x_orgs = data["x_organizations"]
    networks = data["x_networks"]

    # --- page envelope ---------------------------------------------------------------
    n = len(services)
    check("page envelope", data["total_items"] == n and data["size"] == n and data["total_pages"] == 1
          and data["page_number"] == 1 and data["first_page"] is True and data["last_page"] is True
          and data["empty"] is False, f"total_items={data['total_items']} size={data['size']} len={n}")
    check("pretty-printed UTF-8 with trailing newline", raw.endswith(b"\n") and b"\n  " in raw and "ä".encode() in raw)

    # --- ids: valid UUIDv5, unique per kind (repeats only with identical content) ---------
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    id_problems = []

    def reg(kind: str, obj: dict) -> None:
        i = obj.get("id")
        try:
            u = uuid.UUID(i)
            if str(u) != i or u.version != 5:
                id_problems.append(f"{kind} {i}: not a canonical UUIDv5")
        except (ValueError, TypeError, AttributeError):
            id_problems.append(f"{kind} {i!r}: not a UUID")
            return
        body = json.dumps(obj, sort_keys=True, ensure_ascii=False)
        if i in seen[kind] and seen[kind][i] != body:
            id_problems.append(f"{kind} {i}: repeated with different content")
        seen[kind][i] = body

    unique_kinds = Counter()
    for s in services:
        reg("service", s)
        unique_kinds["service"] += 1
        reg("organization", s["organization"])
        for sal in s["service_at_locations"]:
            reg("service_at_location", sal)
            unique_kinds["service_at_location"] += 1
            loc = sal["location"]
            reg("location", loc)
            for a in loc.get("addresses", []):
                reg("address", a)
            for a in loc.get("accessibility", []):
                reg("accessibility", a)
        for kind, key in (("phone", "phones"), ("contact", "contacts"), ("schedule", "schedules"),
                          ("service_area", "service_areas"), ("language", "languages"),
                          ("cost_option", "cost_options"), ("required_document", "required_documents"),
                          ("attribute", "attributes")):
            for o in s.get(key, []):
                reg(kind, o)
                unique_kinds[kind] += 1
        for a in s["attributes"]:
            reg("taxonomy_term", a["taxonomy_term"])
    for o in x_orgs:
        reg("organization", o)
    for nw in networks:
        reg("network", nw)
        unique_kinds["network"] += 1
    for kind, count in unique_kinds.items():
        if len(seen[kind]) != count:
            id_problems.append(f"{kind}: {count} objects but {len(seen[kind])} distinct ids")
    check("ids are UUIDv5, unique per kind (shared objects identical)", not id_problems, "; ".join(id_problems[:5]))

    all_orgs = {json.loads(b)["id"]: json.loads(b) for b in seen["organization"].values()}
    service_org_ids = {s["organization"]["id"] for s in services}
    check("x_organizations have no service", all(o["id"] not in service_org_ids for o in x_orgs))

    # --- counts -------------------------------------------------------------------------
    current = [s for s in services if is_current(s)]
    historic = [s for s in services if s.get("x_valid_to") and parse_date(s["x_valid_to"]) < TODAY]
    future_end = [s for s in current if s.get("x_valid_to")]
    check(">= 45 distinct organisations", len(all_orgs) >= 45, str(len(all_orgs)))
    check(">= 45 distinct providers with offers", len(service_org_ids) >= 45, str(len(service_org_ids)))
    check(">= 90 currently valid offers", len(current) >= 90, str(len(current)))
    check("8-15 historic (ended) brochure projects", 8 <= len(historic) <= 15, str(len(historic)))
    check("historic offers all ended before 2026-11-25", all(is_current(s) is False for s in historic))
    check("some current offers end in the future", len(future_end) >= 3, str(len(future_end)))
    check(">= 13 networks", len(networks) >= 13, str(len(networks)))
    check("no service starts in the future", all(not s.get("x_valid_from") or parse_date(s["x_valid_from"]) <= TODAY
                                                 for s in services))
    check("x_valid_from <= x_valid_to", all(not (s.get("x_valid_from") and s.get("x_valid_to"))
                                            or s["x_valid_from"] <= s["x_valid_to"] for s in services))

    # --- regions ------------------------------------------------------------------------
    def regions_of(s: dict) -> set[str]:
        out = set()
        cities = {a["city"] for sal in s["service_at_locations"] for a in sal["location"]["addresses"]}
        for region, prefixes in src.MODELLREGIONEN.items():
            for area in s["service_areas"]:
                if any(area["x_ags"].startswith(p) for p in prefixes):
                    out.add(region)
            # Lahn-Dill-wide offers count for Wetzlar when held in Wetzlar
            if region == "Stadt Wetzlar" and "Wetzlar" in cities and any(a["x_ags"] == "06532" for a in s["service_areas"]):
                out.add(region)
        return out

    per_region = Counter(r for s in current for r in regions_of(s))
    for region in src.MODELLREGIONEN:
        check(f">= 10 current offers in {region}", per_region[region] >= 10, str(per_region[region]))
    check("every offer belongs to a Modellregion", all(regions_of(s) for s in services))

    # --- taxonomy -----------------------------------------------------------------------
    tax_problems = []
    usage = Counter()
    term_ids: dict[str, set[str]] = defaultdict(set)
    for s in services:
        per_tax = Counter()
        for a in s["attributes"]:
            t = a["taxonomy_term"]
            if t["taxonomy"] not in TAX or t["code"] not in TAX[t["taxonomy"]]:
                tax_problems.append(f"{s['name']}: unknown {t['taxonomy']}:{t['code']}")
                continue
            if t["name"] != TAX[t["taxonomy"]][t["code"]] or a["taxonomy_term_id"] != t["id"]:
                tax_problems.append(f"{s['name']}: inconsistent term {t['code']}")
            term_ids[t["code"]].add(t["id"])
            per_tax[t["taxonomy"]] += 1
            if is_current(s):
                usage[t["code"]] += 1
        for taxonomy in TAX:
            if not 1 <= per_tax[taxonomy] <= 3:
                tax_problems.append(f"{s['name']}: {per_tax[taxonomy]} terms of {taxonomy}")
    check("taxonomy codes valid, 1-3 per taxonomy and offer", not tax_problems, "; ".join(tax_problems[:5]))
    check("one taxonomy_term id per code", all(len(v) == 1 for v in term_ids.values()))
    rare = {c: usage[c] for t in TAX.values() for c in t if usage[c] < 3}
    check("every code used >= 3 times by current offers", not rare, str(rare))

    # --- postcodes, towns and coordinates ----------------------------------------------
    shared = find_shared()
    hessen_kreise, hessen_ags = set(), set()
    if shared:
        with open(shared / "regions" / "hessen_kreise_30112025.csv", encoding="utf-8") as f:
            hessen_kreise = {r["kreis_ags"] for r in csv.DictReader(f)}
        with open(shared / "regions" / "hessen_gemeinden_30112025.csv", encoding="utf-8") as f:
            hessen_ags = {r["ags"] for r in csv.DictReader(f)}
        plz = defaultdict(list)
        with open(shared / "geo" / "plz-de" / "zipcodes.de.csv", encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                plz[r["zipcode"]].append(r)
        geo_problems = []
        distinct = {json.dumps(sal["location"], sort_keys=True, ensure_ascii=False)
                    for s in services for sal in s["service_at_locations"]}
        for loc in (json.loads(b) for b in sorted(distinct)):
            if loc["location_type"] != "physical":
                geo_problems.append(f"{loc['name']}: not physical")
            for a in loc["addresses"]:
                place = CITY_TO_PLACE.get(a["city"], a["city"])
                rows = [r for r in plz.get(a["postal_code"], []) if r["place"] == place]
                if not rows:
                    geo_problems.append(f"{a['postal_code']} {a['city']}: not in zipcodes.de.csv")
                    continue
                r = rows[0]
                if r["community_code"] not in hessen_kreise:
                    geo_problems.append(f"{a['postal_code']}: Kreis {r['community_code']} not Hessian")
                if abs(loc["latitude"] - float(r["latitude"])) >= 0.01 or abs(loc["longitude"] - float(r["longitude"])) >= 0.01:
                    geo_problems.append(f"{loc['name']}: coordinates more than 0.01° from postcode centre")
                if not FAKE_STREET.match(a["address_1"]):
                    geo_problems.append(f"{a['address_1']}: not an obviously fictitious street")
                if a["state_province"] != "Hessen" or a["country"] != "DE":
                    geo_problems.append(f"{a['address_1']}: state/country")
        check("postcodes real and Hessian, towns match, coordinates within 0.01°, streets fictitious",
              not geo_problems, "; ".join(geo_problems[:5]))
        bad_ags = sorted({a["x_ags"] for s in services for a in s["service_areas"]
                          if a["x_ags"] not in hessen_kreise | hessen_ags}
                         | {nw["region_ags"] for nw in networks if nw["region_ags"] not in hessen_kreise | hessen_ags})
        check("service areas and network regions are Hessian AGS", not bad_ags, str(bad_ags))
    else:
        check("shared/ folder found (postcode and AGS checks)", False, "set INTEGRATIONSATLAS_SHARED")

    # --- contact details are fictitious -----------------------------------------------
    contact_problems = []
    for p, k, v in walk(data):
        if k == "number" and not str(v).startswith("0000 "):
            contact_problems.append(f"{p}.number={v}")
        if isinstance(v, str) and k in ("email",) and not re.fullmatch(r"[a-z0-9.-]+@([a-z0-9-]+\.)*example\.org", v):
            contact_problems.append(f"{p}.{k}={v}")
        if isinstance(v, str) and k in ("url", "website"):
            host = urlparse(v).hostname or ""
            if not (v.startswith("https://") and (host == "example.org" or host.endswith(".example.org"))):
                contact_problems.append(f"{p}.{k}={v}")
        if isinstance(v, str) and re.search(r"https?://(?![a-z0-9.-]*example\.org)", v):
            contact_problems.append(f"{p}.{k}: foreign URL in text")
    check("phones start with 0000, e-mails/URLs only at example.org", not contact_problems, "; ".join(contact_problems[:5]))
    check("every offer has phone, contact, e-mail and URL",
          all(s["phones"] and s["contacts"] and s.get("email") and s.get("url") for s in services))

    # --- organisations and networks ------------------------------------------------
    parent_problems = [o["name"] for o in all_orgs.values()
                       if o.get("parent_organization_id") and o["parent_organization_id"] not in all_orgs]
    check("parent_organization_id points to an organisation in the file", not parent_problems, str(parent_problems))
    check("some organisations have a parent", sum(1 for o in all_orgs.values() if o.get("parent_organization_id")) >= 5)
    net_problems = []
    for nw in networks:
        if nw["coordinator_organization_id"] not in all_orgs:
            net_problems.append(f"{nw['name']}: coordinator unknown")
        if len(nw["members"]) < 3:
            net_problems.append(f"{nw['name']}: fewer than 3 members")
        for m in nw["members"]:
            if m["organization_id"] not in all_orgs:
                net_problems.append(f"{nw['name']}: member unknown")
            if m["role"] not in ROLES:
                net_problems.append(f"{nw['name']}: role {m['role']}")
        if len({m["organization_id"] for m in nw["members"]}) != len(nw["members"]):
            net_problems.append(f"{nw['name']}: duplicate member")
        if nw["coordinator_organization_id"] not in {m["organization_id"] for m in nw["members"] if m["role"] == "Koordination"}:
            net_problems.append(f"{nw['name']}: coordinator not listed with role Koordination")
        if not nw["fields_of_action"] or any(f not in TAX["integrationsatlas:handlungsfeld"] for f in nw["fields_of_action"]):
            net_problems.append(f"{nw['name']}: fields_of_action")
        if not nw.get("goals") or not nw.get("meeting_rhythm") or not nw.get("description"):
            net_problems.append(f"{nw['name']}: goals/meeting_rhythm/description missing")
    check("networks: coordinator and >= 3 members exist, roles valid", not net_problems, "; ".join(net_problems[:5]))
    member_ids = {m["organization_id"] for nw in networks for m in nw["members"]}
    parent_ids = {o.get("parent_organization_id") for o in all_orgs.values()}
    check("every x_organization is a network member or a parent",
          all(o["id"] in member_ids or o["id"] in parent_ids for o in x_orgs))

    # --- schedules, dates, languages, costs ------------------------------------------
    sched_problems = []
    evening = weekend = 0
    for s in services:
        for sc in s["schedules"]:
            days = sc["byday"].split(",")
            if sc.get("freq") != "WEEKLY" or not days or any(d not in DAYS for d in days) or len(set(days)) != len(days):
                sched_problems.append(f"{s['name']}: byday/freq {sc.get('freq')} {sc['byday']}")
            if not (HHMM.match(sc["opens_at"]) and HHMM.match(sc["closes_at"]) and sc["opens_at"] < sc["closes_at"]):
                sched_problems.append(f"{s['name']}: {sc['opens_at']}-{sc['closes_at']}")
        if is_current(s) and any(sc["opens_at"] >= "17:00" for sc in s["schedules"]):
            evening += 1
        if is_current(s) and any(d in ("SA", "SU") for sc in s["schedules"] for d in sc["byday"].split(",")):
            weekend += 1
    check("schedules: WEEKLY, byday in MO..SU, opens_at < closes_at", not sched_problems, "; ".join(sched_problems[:5]))
    check("some offers in the evening (>= 17:00) and at weekends", evening >= 5 and weekend >= 4, f"evening={evening} weekend={weekend}")

    date_problems = [s["name"] for s in services if not DATE.match(s["assured_date"])
                     or not dt.date(2025, 1, 1) <= parse_date(s["assured_date"]) <= dt.date(2026, 11, 20)]
    older = sum(1 for s in services if parse_date(s["assured_date"]) < dt.date(2025, 6, 1))
    check("assured_date between 2025-01-01 and 2026-11-20, only a few before 2025-06-01",
          not date_problems and 1 <= older <= 10, f"{date_problems[:3]} older={older}")

    lang_problems = [s["name"] for s in services if "de" not in {l["code"] for l in s["languages"]}
                     or any(l["name"] != src.LANGUAGE_NAMES.get(l["code"]) for l in s["languages"])]
    check("every offer lists Deutsch; language names consistent", not lang_problems, str(lang_problems[:3]))
    multi = Counter(l["code"] for s in current for l in s["languages"])
    check("offers in tr, ar, ru, uk, fa and en exist", all(multi[c] >= 5 for c in ("tr", "ar", "ru", "uk", "fa", "en")), str(multi))

    amounts = [c["amount"] for s in services for c in s["cost_options"]]
    check("cost options: EUR, some free and some with a fee",
          all(c["currency"] == "EUR" and isinstance(c["amount"], (int, float)) and c["amount"] >= 0
              for s in services for c in s["cost_options"])
          and amounts.count(0) >= 30 and sum(1 for a in amounts if a > 0) >= 8)
    check("Integrationskurs fee 2.20 EUR per lesson present", any(c["amount"] == 2.2 for s in services for c in s["cost_options"]))
    age_problems = [s["name"] for s in services if s.get("minimum_age") is not None and s.get("maximum_age") is not None
                    and s["minimum_age"] > s["maximum_age"]]
    check("minimum_age <= maximum_age", not age_problems, str(age_problems))
    check("some offers without physical location (online/telephone)", any(not s["service_at_locations"] for s in current))
    step = Counter(a["x_step_free"] for s in services for sal in s["service_at_locations"]
                   for a in sal["location"].get("accessibility", []))
    check("accessibility: step-free and not step-free locations present", step[True] > 0 and step[False] > 0, str(step))

    # --- texts ----------------------------------------------------------------------
    def sentences(text: str) -> int:
        t = re.sub(r"\b(z|u|d|v|o|e|a|s|ca|bzw|ggf|usw|Nr|Dr|St|inkl)\.(\s?[a-zA-Z]\.)*", "X", text)
        return len(re.findall(r"[.!?](?=\s|$)", t))

    bad_len = [f"{s['name']} ({sentences(s['description'])})" for s in services if not 2 <= sentences(s["description"]) <= 5]
    check("descriptions have 2-5 sentences", not bad_len, "; ".join(bad_len[:5]))
    check("every offer has an application_process", all(s.get("application_process") for s in services))
    tr = [s for s in services if s.get("x_translations")]
    tr_ok = all("en" in s["x_translations"] and TRANSLATION_LANGS & set(s["x_translations"])
                and all(v.get("name") and v.get("description") for v in s["x_translations"].values()) for s in tr)
    check("about 15 offers translated into en + tr/ar/ru/uk/fa", 12 <= len(tr) <= 20 and tr_ok, str(len(tr)))
    words = " ".join(s["name"] + " " + s["description"] + " " + s.get("alternate_name", "") for s in services)
    missing = [w for w in ("Deutschkurs", "Sprachkurs", "Integrationskurs", "Hausaufgabenhilfe", "Nachhilfe", "Kita",
                           "Migrationsberatung", "Anerkennung", "Geflüchtete", "Dolmetsch", "Elterncafé", "Sprachcafé",
                           "Stadtteilmütter", "Elternlotsen", "Integration durch Sport", "Jugendmigrationsdienst",
                           "Ehrenamt", "Diskriminierung") if w not in words]
    check("search words residents use appear in the texts", not missing, str(missing))

    # --- HSDS JSON Schema ---------------------------------------------------------------
    if shared:
        try:
            import jsonschema
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012
        except ImportError:
            print("skip  HSDS schema validation (pip install jsonschema to enable)")
        else:
            schema_dir = shared / "hsds" / "3.0" / "schema"
            resources = []
            for f in sorted(schema_dir.glob("*.json")):
                resources.append((f.name, Resource.from_contents(json.loads(f.read_text(encoding="utf-8")),
                                                                  default_specification=DRAFT202012)))
            registry = Registry().with_resources(resources)
            fc = jsonschema.Draft202012Validator.FORMAT_CHECKER
            sv = jsonschema.Draft202012Validator(json.loads((schema_dir / "service.json").read_text(encoding="utf-8")),
                                                 registry=registry, format_checker=fc)
            ov = jsonschema.Draft202012Validator(json.loads((schema_dir / "organization.json").read_text(encoding="utf-8")),
                                                 registry=registry, format_checker=fc)
            errors = [f"{s['name']}: {e.message}" for s in services for e in sv.iter_errors(s)]
            errors += [f"{o['name']}: {e.message}" for o in x_orgs for e in ov.iter_errors(o)]
            check(f"HSDS 3.0 schema: {len(services)} services and {len(x_orgs)} organisations valid", not errors,
                  "; ".join(errors[:5]))

    # --- regeneration is byte-identical ---------------------------------------------
    if path.resolve() == (HERE / "demo.hsds.json").resolve() and shared:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "demo.hsds.json"
            env = dict(os.environ, INTEGRATIONSATLAS_SHARED=str(shared))
            proc = subprocess.run([sys.executable, str(HERE / "build_demo.py"), "--output", str(out)],
                                  capture_output=True, text=True, env=env)
            check("build_demo.py regenerates the committed file byte for byte",
                  proc.returncode == 0 and out.read_bytes() == raw, proc.stderr.strip()[-300:])

    passed = sum(1 for _, ok, _ in results if ok)
    failed = len(results) - passed
    print(f"\n{len(services)} offers ({len(current)} current, {len(historic)} historic), {len(all_orgs)} organisations "
          f"({len(service_org_ids)} with offers), {len(networks)} networks; current per region: "
          + ", ".join(f"{r} {per_region[r]}" for r in src.MODELLREGIONEN))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
