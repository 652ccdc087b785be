#!/usr/bin/env python3
"""Build the Integrationsatlas demo data set (data/demo/demo.hsds.json).

Reads the hand-written source data in demo_source.py (same folder) and the postcode
table shared/geo/plz-de/zipcodes.de.csv (GeoNames via zauberware, CC BY 4.0), and
writes ONE HSDS 3.0 page with the project's x_ extensions. The output is
deterministic: ids are UUIDv5 over "kind:slug", coordinates are the postcode's
coordinates plus a small offset derived from a hash of the (invented) address, and
nothing depends on the clock or on dict/set iteration order of the interpreter.

Usage:
    python3 data/demo/build_demo.py                 # writes data/demo/demo.hsds.json
    python3 data/demo/build_demo.py --output X.json # writes elsewhere (used by check_demo.py)
    python3 data/demo/build_demo.py --sources       # prints the brochure-source table for README.md

Python 3.11 standard library only. The shared/ folder is looked up in
$INTEGRATIONSATLAS_SHARED, then next to the repository (../shared), then inside it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep data/demo free of __pycache__
import demo_source as src  # noqa: E402  (data module next to this script)

NAMESPACE = uuid.UUID("6f1c1e0a-5d2b-4c8e-9a51-7e0d3a9b2c41")
TAXONOMY_HF = "integrationsatlas:handlungsfeld"
TAXONOMY_ZG = "integrationsatlas:zielgruppe"
ASSURED_FROM = dt.date(2025, 6, 1)
ASSURED_TO = dt.date(2026, 11, 20)
MAX_OFFSET_DEG = 0.008  # < 0.01 degrees, as required

# Address city as residents write it -> place name used in zipcodes.de.csv
CITY_TO_PLACE = {"Offenbach am Main": "Offenbach"}

ACCESS = {
    "A": ("Stufenloser Zugang, Aufzug vorhanden", True),
    "E": ("Ebenerdiger Eingang, alle Räume im Erdgeschoss", True),
    "R": ("Stufenloser Zugang über eine Rampe", True),
    "S": ("Eingang über Stufen, kein stufenloser Zugang", False),
    "O": ("Räume im Obergeschoss, kein Aufzug", False),
}


def uid(kind: str, slug: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{slug}"))


def _unit(data: bytes) -> float:
    """Map 4 bytes to [-1, 1)."""
    return int.from_bytes(data, "big") / 2**32 * 2 - 1


def find_shared() -> Path:
    candidates = []
    if os.environ.get("INTEGRATIONSATLAS_SHARED"):
        candidates.append(Path(os.environ["INTEGRATIONSATLAS_SHARED"]))
    repo = HERE.parents[1]  # data/demo -> repository root
    candidates += [repo.parent / "shared", repo / "shared"]
    for c in candidates:
        if (c / "geo" / "plz-de" / "zipcodes.de.csv").is_file():
            return c
    sys.exit("shared/geo/plz-de/zipcodes.de.csv not found; set INTEGRATIONSATLAS_SHARED")


def load_postcodes(shared: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(postcode, place) -> (lat, lon) for Hessian rows (company/PO-box rows have other places)."""
    out = {}
    with open(shared / "geo" / "plz-de" / "zipcodes.de.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["state"] == "Hessen" and row["latitude"] and row["longitude"]:
                out.setdefault((row["zipcode"], row["place"]), (float(row["latitude"]), float(row["longitude"])))
    return out


def join_de(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " und " + items[-1]


class Builder:
    def __init__(self, postcodes):
        self.postcodes = postcodes
        self.org_index = {slug: i + 1 for i, slug in enumerate(src.ORGS)}
        self.terms = {}
        for taxonomy, label, codes in ((TAXONOMY_HF, "Handlungsfeld", src.HANDLUNGSFELDER),
                                       (TAXONOMY_ZG, "Zielgruppe", src.ZIELGRUPPEN)):
            for code, name in codes:
                self.terms[code] = {
                    "id": uid("taxonomy_term", f"{taxonomy}:{code}"),
                    "code": code,
                    "name": name,
                    "description": f"{label} {name}",
                    "taxonomy": taxonomy,
                }
        hf_codes = {c for c, _ in src.HANDLUNGSFELDER}
        zg_codes = {c for c, _ in src.ZIELGRUPPEN}
        assert not hf_codes & zg_codes
        self.hf_codes, self.zg_codes = hf_codes, zg_codes

    # --- organisations --------------------------------------------------------
    def organization(self, slug: str) -> dict:
        o = src.ORGS[slug]
        obj = {
            "id": uid("organization", slug),
            "name": o["name"],
            "description": o["description"],
            "email": f"info@{o['domain']}.example.org",
            "website": f"https://{o['domain']}.example.org/",
        }
        if o["parent"]:
            assert o["parent"] in src.ORGS, (slug, o["parent"])
            obj["parent_organization_id"] = uid("organization", o["parent"])
        return obj

    # --- locations --------------------------------------------------------------
    def location(self, slug: str) -> dict:
        loc = src.LOCATIONS[slug]
        place = CITY_TO_PLACE.get(loc["city"], loc["city"])
        key = (loc["plz"], place)
        if key not in self.postcodes:
            raise SystemExit(f"location {slug}: postcode {loc['plz']} {place} not in zipcodes.de.csv (Hessen)")
        lat0, lon0 = self.postcodes[key]
        h = hashlib.sha256(f"address:{loc['plz']}|{loc['street']}".encode()).digest()
        lat = round(lat0 + _unit(h[0:4]) * MAX_OFFSET_DEG, 6)
        lon = round(lon0 + _unit(h[4:8]) * MAX_OFFSET_DEG, 6)
        obj = {"id": uid("location", slug), "location_type": "physical", "name": loc["name"]}
        if loc["description"]:
            obj["description"] = loc["description"]
        obj["latitude"] = lat
        obj["longitude"] = lon
        if loc["transportation"]:
            obj["transportation"] = loc["transportation"]
        obj["addresses"] = [{
            "id": uid("address", slug),
            "address_1": loc["street"],
            "city": loc["city"],
            "state_province": "Hessen",
            "postal_code": loc["plz"],
            "country": "DE",
            "address_type": "physical",
        }]
        if loc["access"]:
            text, step_free = ACCESS[loc["access"]]
            obj["accessibility"] = [{"id": uid("accessibility", slug), "description": text, "x_step_free": step_free}]
        else:
            obj["accessibility"] = []
        return obj

    # --- services ---------------------------------------------------------------
    def assured_date(self, s: dict) -> str:
        if s.get("assured"):
            return s["assured"]
        span = (ASSURED_TO - ASSURED_FROM).days + 1
        n = int.from_bytes(hashlib.sha256(f"assured:{s['slug']}".encode()).digest()[:4], "big") % span
        return (ASSURED_FROM + dt.timedelta(days=n)).isoformat()

    def service(self, s: dict, k_in_org: int) -> dict:
        slug = s["slug"]
        org = src.ORGS[s["org"]]
        domain = org["domain"]
        email = f"{s.get('mail', 'info')}@{domain}.example.org"
        langs = s.get("langs", ["de"])
        assert langs and langs[0] == "de", (slug, "Deutsch must be listed first")
        hf = s.get("hf", [])
        zg = s.get("zg", [])
        assert 1 <= len(hf) <= 3 and all(c in self.hf_codes for c in hf), (slug, hf)
        assert 1 <= len(zg) <= 3 and all(c in self.zg_codes for c in zg), (slug, zg)

        obj = {"id": uid("service", slug), "name": s["name"]}
        if s.get("alt"):
            obj["alternate_name"] = s["alt"]
        obj["description"] = s["desc"]
        obj["url"] = f"https://{domain}.example.org/angebote/{slug}"
        obj["email"] = email
        obj["status"] = "active"
        interp = s.get("interp")
        if not interp and len(langs) > 1:
            interp = "Mitarbeitende sprechen neben Deutsch auch " + join_de([src.LANGUAGE_NAMES[c] for c in langs[1:]]) + "."
        if interp:
            obj["interpretation_services"] = interp
        obj["application_process"] = s["app"]
        if s.get("fees"):
            obj["fees_description"] = s["fees"]
        if s.get("elig"):
            obj["eligibility_description"] = s["elig"]
        if s.get("min_age") is not None:
            obj["minimum_age"] = s["min_age"]
        if s.get("max_age") is not None:
            obj["maximum_age"] = s["max_age"]
        obj["assured_date"] = self.assured_date(s)
        obj["organization"] = self.organization(s["org"])
        obj["service_at_locations"] = [
            {"id": uid("service_at_location", f"{slug}:{loc}"), "location": self.location(loc)}
            for loc in s.get("locs", [])
        ]
        obj["phones"] = [{"id": uid("phone", slug), "number": f"0000 {self.org_index[s['org']]:03d}{k_in_org:03d}"}]
        obj["contacts"] = [{"id": uid("contact", slug), "name": s.get("contact", "Beratungsteam"), "email": email}]
        schedules = []
        for i, entry in enumerate(s.get("sched", [])):
            byday, opens, closes = entry[:3]
            sch = {"id": uid("schedule", f"{slug}:{i}"), "freq": "WEEKLY", "byday": byday,
                   "opens_at": opens, "closes_at": closes}
            if len(entry) > 3:
                sch["description"] = entry[3]
            schedules.append(sch)
        obj["schedules"] = schedules
        obj["service_areas"] = [
            {"id": uid("service_area", f"{slug}:{ags}"), "name": src.AREAS[ags], "x_ags": ags}
            for ags in s["areas"]
        ]
        obj["languages"] = [
            {"id": uid("language", f"{slug}:{c}"), "name": src.LANGUAGE_NAMES[c], "code": c} for c in langs
        ]
        costs = []
        for i, entry in enumerate(s.get("cost") or [("Teilnahme", 0)]):
            co = {"id": uid("cost_option", f"{slug}:{i}"), "option": entry[0], "amount": entry[1], "currency": "EUR"}
            if len(entry) > 2:
                co["amount_description"] = entry[2]
            costs.append(co)
        obj["cost_options"] = costs
        obj["required_documents"] = [
            {"id": uid("required_document", f"{slug}:{i}"), "document": d} for i, d in enumerate(s.get("docs", []))
        ]
        attrs = []
        for taxonomy, codes in ((TAXONOMY_HF, hf), (TAXONOMY_ZG, zg)):
            for code in codes:
                term = self.terms[code]
                attrs.append({"id": uid("attribute", f"{slug}:{taxonomy}:{code}"),
                              "taxonomy_term_id": term["id"], "taxonomy_term": dict(term)})
        obj["attributes"] = attrs
        if s.get("vfrom"):
            obj["x_valid_from"] = s["vfrom"]
        if s.get("vto"):
            obj["x_valid_to"] = s["vto"]
        if s.get("tr"):
            obj["x_translations"] = {lang: {"name": n, "description": d} for lang, (n, d) in s["tr"].items()}
        return obj

    # --- networks -----------------------------------------------------------------
    def network(self, n: dict) -> dict:
        coord = src.ORGS[n["coordinator"]]
        assert all(m in src.ORGS for m, _ in n["members"]), n["slug"]
        assert all(f in self.hf_codes for f in n["fields"]), n["slug"]
        obj = {
            "id": uid("network", n["slug"]),
            "name": n["name"],
            "description": n["description"],
            "goals": list(n["goals"]),
            "coordinator_organization_id": uid("organization", n["coordinator"]),
            "members": [{"organization_id": uid("organization", m), "role": r} for m, r in n["members"]],
            "meeting_rhythm": n["rhythm"],
            "fields_of_action": list(n["fields"]),
            "region_ags": n["region"],
        }
        if n.get("mail"):
            obj["email"] = f"{n['mail']}@{coord['domain']}.example.org"
            obj["url"] = f"https://{coord['domain']}.example.org/netzwerke/{n['slug']}"
        return obj

    def page(self) -> dict:
        counters: dict[str, int] = {}
        contents = []
        for s in src.SERVICES:
            counters[s["org"]] = counters.get(s["org"], 0) + 1
            contents.append(self.service(s, counters[s["org"]]))
        with_service = {s["org"] for s in src.SERVICES}
        in_network = {m for n in src.NETWORKS for m, _ in n["members"]} | {n["coordinator"] for n in src.NETWORKS}
        parents = {o["parent"] for o in src.ORGS.values() if o["parent"]}
        x_orgs = []
        for slug in src.ORGS:
            if slug in with_service:
                continue
            assert slug in in_network or slug in parents, f"organisation {slug} is used nowhere"
            x_orgs.append(self.organization(slug))
        n = len(contents)
        return {
            "total_items": n,
            "total_pages": 1,
            "page_number": 1,
            "size": n,
            "first_page": True,
            "last_page": True,
            "empty": n == 0,
            "contents": contents,
            "x_organizations": x_orgs,
            "x_networks": [self.network(nw) for nw in src.NETWORKS],
        }


def print_sources() -> None:
    """Markdown tables of everything that carries brochure line numbers (for README.md)."""
    print("| Anbieter | Zeilen |\n|---|---|")
    for o in src.ORGS.values():
        if o["src"]:
            print(f"| {o['name']} | {o['src']} |")
    print("\n| Angebot / Projekt | Anbieter | gültig bis | Zeilen |\n|---|---|---|---|")
    for s in src.SERVICES:
        if s.get("src"):
            print(f"| {s['name']} | {src.ORGS[s['org']]['name']} | {s.get('vto') or '–'} | {s['src']} |")
    print("\n| Netzwerk | Zeilen |\n|---|---|")
    for n in src.NETWORKS:
        print(f"| {n['name']} | {n['src'] or '–'} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=HERE / "demo.hsds.json")
    ap.add_argument("--sources", action="store_true", help="print brochure source tables and exit")
    args = ap.parse_args()
    if args.sources:
        print_sources()
        return
    page = Builder(load_postcodes(find_shared())).page()
    text = json.dumps(page, ensure_ascii=False, indent=2) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({page['total_items']} services, {len(page['x_organizations'])} extra organisations, "
          f"{len(page['x_networks'])} networks)")


if __name__ == "__main__":
    main()
