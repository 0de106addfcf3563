#!/usr/bin/env python3
"""Writes a JSON Lines file of synthetic OCDS 1.1 releases shaped like Contracts Finder's,
for benchmarking the importer (scripts/bench-import.sh).

Usage: scripts/generate-releases.py N OUT.jsonl [--seed S]

Each process (ocid) has one to three releases in the order a portal publishes them
(planning, then tender, then award, with a tender amendment now and then), so a file holds
several releases per ocid. Buyers come from a pool of NHS bodies with ODS codes
(GB-NHS) and suppliers from a pool of companies (GB-COH), so the importer's matching sees
the same parties again and again, as in real data. Values, CPV codes, delivery postcodes,
tender periods and contract periods vary. The same N and seed give the same file.
"""
import argparse
import json
import random
import uuid
from datetime import date, timedelta

BUYER_KINDS = ["NHS Foundation Trust", "NHS Trust", "Integrated Care Board", "Community Health NHS Trust",
               "Mental Health NHS Foundation Trust", "Hospitals NHS Foundation Trust"]
PLACES = ["Leeds", "Bristol", "Norfolk", "Kent", "Surrey", "Cumbria", "Dorset", "Essex", "Sussex", "Devon",
          "Birmingham", "Sheffield", "Nottingham", "Leicester", "Manchester", "Liverpool", "Newcastle", "York",
          "Derby", "Coventry", "Oxford", "Cambridge", "Plymouth", "Hull", "Bradford", "Wakefield", "Dudley",
          "Stafford", "Shropshire", "Cornwall", "Suffolk", "Lincoln", "Wirral", "Bolton", "Wigan", "Oldham"]
POSTCODES = ["LS1 3EX", "BS2 8HW", "NR4 7UY", "ME16 9QQ", "GU2 7XX", "CA2 7HY", "DT1 2JY", "CM1 7ET",
             "BN2 5BE", "EX2 5DW", "B15 2TH", "S10 2JF", "NG5 1PB", "LE1 5WW", "M13 9WL", "L7 8XP",
             "NE1 4LP", "YO31 8HE", "DE22 3NE", "CV2 2DX", "OX3 9DU", "CB2 0QQ", "PL6 8DH", "HU3 2JZ"]
CPV = [("85100000", "Health services"), ("85121000", "Medical practice services"),
       ("85140000", "Miscellaneous health services"), ("85141000", "Services provided by medical personnel"),
       ("85311000", "Social work services with accommodation"), ("33100000", "Medical equipments"),
       ("33600000", "Pharmaceutical products"), ("33140000", "Medical consumables"),
       ("79625000", "Supply of medical personnel"), ("72000000", "IT services"),
       ("45215140", "Hospital facilities construction work"), ("50421000", "Repair and maintenance of medical equipment"),
       ("85323000", "Community health services"), ("85312300", "Guidance and counselling services"),
       ("90524400", "Collection, transport and disposal of hospital waste"), ("55320000", "Meal-serving services")]
SERVICES = ["community nursing", "patient transport", "diagnostic imaging", "pathology", "audiology",
            "musculoskeletal services", "mental health crisis support", "cancer care", "end of life care",
            "wheelchair services", "clinical waste", "catering", "cleaning", "electronic patient record",
            "medical devices", "pharmacy supplies", "agency staff", "estates maintenance", "dermatology",
            "sexual health", "stop smoking", "weight management", "urgent care", "physiotherapy"]
SUPPLIER_WORDS = ["Care", "Health", "Medical", "Clinical", "Services", "Solutions", "Partners", "Group",
                  "Diagnostics", "Logistics", "Systems", "Support", "Community", "Allied", "Northern", "Southern"]


def buyers(rng, count):
    pool = []
    for i in range(count):
        kind = rng.choice(BUYER_KINDS)
        place = rng.choice(PLACES)
        name = f"{place} {kind}" if i < len(PLACES) * len(BUYER_KINDS) else f"{place} {kind} {i}"
        pool.append({"id": f"GB-NHS-R{i:04d}", "name": name, "postcode": rng.choice(POSTCODES)})
    # Names repeat between kinds and places: keep them unique, as the register does.
    seen = set()
    unique = []
    for buyer in pool:
        if buyer["name"] not in seen:
            seen.add(buyer["name"])
            unique.append(buyer)
    return unique


def suppliers(rng, count):
    pool = []
    for i in range(count):
        words = rng.sample(SUPPLIER_WORDS, 2)
        pool.append({"id": f"GB-COH-{10000000 + i}", "name": f"{rng.choice(PLACES)} {words[0]} {words[1]} {i} Ltd"})
    return pool


def iso(day, hour="12:00:00"):
    return f"{day.isoformat()}T{hour}Z"


def party(entity, role, postcode=None):
    out = {"id": entity["id"], "name": entity["name"],
           "identifier": {"scheme": entity["id"].rsplit("-", 1)[0], "id": entity["id"].rsplit("-", 1)[1],
                          "legalName": entity["name"]},
           "roles": [role]}
    if postcode:
        out["address"] = {"postalCode": postcode, "countryName": "United Kingdom"}
    return out


def process(rng, n, buyer_pool, supplier_pool, start):
    ocid = f"ocds-b5fd17-{uuid.UUID(int=rng.getrandbits(128))}"
    buyer = rng.choice(buyer_pool)
    code, label = rng.choice(CPV)
    service = rng.choice(SERVICES)
    title = f"{service.capitalize()} for {buyer['name'].split(' ')[0]} ({n})"
    amount = rng.choice([25_000, 75_000, 150_000, 480_000, 1_200_000, 3_500_000, 12_000_000]) * rng.uniform(0.6, 1.4)
    amount = round(amount, -2)
    published = start + timedelta(days=rng.randrange(0, 3 * 365))
    deadline = published + timedelta(days=rng.randrange(21, 60))
    award_day = deadline + timedelta(days=rng.randrange(20, 120))
    contract_start = award_day + timedelta(days=rng.randrange(10, 90))
    contract_end = contract_start + timedelta(days=365 * rng.choice([1, 2, 3, 5]) - 1)
    base_tender = {
        "id": f"T{n}", "title": title,
        "description": f"The {buyer['name']} seeks a provider of {service}. Lots are not used.",
        "classification": {"scheme": "CPV", "id": code, "description": label},
        "items": [{"id": "1", "deliveryAddresses": [{"postalCode": buyer["postcode"]}]}],
        "value": {"amount": amount, "currency": "GBP"},
        "procurementMethod": rng.choice(["open", "selective", "limited"]),
        "procurementMethodDetails": rng.choice(["Open procedure", "Restricted procedure", "Competitive flexible"]),
        "tenderPeriod": {"endDate": iso(deadline)},
        "contractPeriod": {"startDate": iso(contract_start, "00:00:00"), "endDate": iso(contract_end, "23:59:59")},
        "suitability": {"sme": rng.random() < 0.6, "vcse": rng.random() < 0.3},
        "mainProcurementCategory": "services",
    }
    stages = []
    if rng.random() < 0.25:
        stages.append("planning")
    stages.append("tender")
    if rng.random() < 0.15:
        stages.append("tenderAmendment")
    if rng.random() < 0.7:
        stages.append("award")
    releases = []
    for index, tag in enumerate(stages):
        day = {"planning": published - timedelta(days=40), "tender": published,
               "tenderAmendment": published + timedelta(days=7), "award": award_day}[tag]
        tender = dict(base_tender)
        tender["status"] = {"planning": "planning", "award": "complete"}.get(tag, "active")
        parties = [party(buyer, "buyer", buyer["postcode"])]
        release = {"ocid": ocid, "id": f"{ocid}-{index + 1}", "language": "en", "date": iso(day, "09:30:00"),
                   "tag": [tag], "initiationType": "tender", "tender": tender, "parties": parties,
                   "buyer": {"id": buyer["id"], "name": buyer["name"]}}
        if tag == "award":
            chosen = rng.sample(supplier_pool, rng.choice([1, 1, 1, 2, 3]))
            for supplier in chosen:
                parties.append(party(supplier, "supplier"))
            release["awards"] = [{
                "id": f"{ocid}-award-1", "status": "active", "date": iso(award_day, "00:00:00"),
                "value": {"amount": round(amount * rng.uniform(0.85, 1.05), -2), "currency": "GBP"},
                "suppliers": [{"id": s["id"], "name": s["name"]} for s in chosen],
                "contractPeriod": base_tender["contractPeriod"],
                "documents": [{"id": "1", "documentType": "awardNotice",
                               "url": f"https://www.contractsfinder.service.gov.uk/Notice/{uuid.UUID(int=rng.getrandbits(128))}"}],
            }]
        releases.append(release)
    return releases


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="releases to write")
    parser.add_argument("out", help="the JSON Lines file to write")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    buyer_pool = buyers(rng, 1500)
    supplier_pool = suppliers(rng, 20000)
    written = 0
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < args.count:
            for release in process(rng, n, buyer_pool, supplier_pool, date(2022, 1, 1)):
                if written == args.count:
                    break
                out.write(json.dumps(release, ensure_ascii=False, separators=(",", ":")))
                out.write("\n")
                written += 1
            n += 1
    print(f"wrote {written} releases of {n} processes to {args.out}")


if __name__ == "__main__":
    main()
