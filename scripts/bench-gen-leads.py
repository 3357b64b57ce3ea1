#!/usr/bin/env python3
"""Writes a deterministic, realistic leads CSV for the import benchmark and the crash test.

usage: bench-gen-leads.py ROWS OUT.csv [SEED]

What is in it (fixed by the seed, the same file on every machine):
- HubSpot-style headers; names in Latin, German, Polish, Bulgarian/Russian Cyrillic and Greek
  scripts, in random case ("ANNA", "anna", "Anna");
- corporate addresses at ~40,000 company domains, ~25 % free-mail (gmail, googlemail, yahoo,
  abv.bg, wp.pl, gmx.de, mail.ru) with dots and +tags;
- ~3 % repeats of an earlier person (other case, a +tag, googlemail for gmail, a second
  address at the same company), which dedup must merge;
- ~2 % junk: test addresses, no @ sign, disposable domains, empty emails;
- phones in national, international and broken formats; UTM fields; ISO and M/D/YYYY dates.
"""
import csv
import random
import sys

FIRST = {
    "latin": ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Sarah",
              "Daniel", "Emily", "Thomas", "Laura", "Kevin", "Sofia", "Jake", "Olivia", "Noah", "Emma"],
    "de": ["Jörg", "Jürgen", "Hans", "Lena", "Käthe", "Uwe", "Björn", "Grete", "Dörte", "Lukas", "Anja", "Stefan"],
    "pl": ["Łukasz", "Małgorzata", "Agnieszka", "Paweł", "Grzegorz", "Zofia", "Wojciech", "Jan", "Anna", "Bożena"],
    "cyr": ["иван", "мария", "георги", "елена", "димитър", "пётр", "наталья", "сергей", "ольга", "алексей"],
    "el": ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα"],
}
LAST = {
    "latin": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark",
              "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Lopez", "Hill", "Scott", "Green"],
    "de": ["Müller", "Schäfer", "Becker", "Weiß", "Groß", "Vogel", "Krüger", "Hoffmann", "Schröder", "Köhler"],
    "pl": ["Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymański", "Dąbrowski"],
    "cyr": ["петров", "иванова", "георгиев", "смирнов", "кузнецова", "попов", "димитрова", "соколов"],
    "el": ["Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Νικολάου"],
}
TRANSLIT = {"latin": None, "de": None, "pl": None, "cyr": "bg", "el": "gr"}
COUNTRY = {"latin": ["US", "CA", "GB", "IE"], "de": ["DE", "AT", "CH"], "pl": ["PL"], "cyr": ["BG", "RU"],
           "el": ["GR", "CY"]}
FREE = ["gmail.com", "googlemail.com", "yahoo.com", "abv.bg", "wp.pl", "gmx.de", "mail.ru", "outlook.com"]
DISPOSABLE = ["mailinator.com", "10minutemail.com", "guerrillamail.com", "yopmail.com"]
TITLES = ["CEO", "CTO", "Head of Sales", "Marketing Manager", "VP Engineering", "Founder", "Intern",
          "Procurement", "Operations Lead", "", ""]
SUFFIX = {"latin": ["Inc.", "LLC", "Ltd."], "de": ["GmbH", "AG"], "pl": ["sp. z o.o.", "S.A."], "cyr": ["ЕООД", "ООД"],
          "el": ["Α.Ε."]}
WORDS = ["nova", "blue", "data", "soft", "logic", "green", "alpha", "metro", "stone", "bright", "north", "vista",
         "prime", "core", "cloud", "river", "peak", "solid", "smart", "urban"]
TLD = {"latin": ["com", "io", "co.uk"], "de": ["de", "at", "ch"], "pl": ["pl", "com.pl"], "cyr": ["bg", "ru"],
       "el": ["gr"]}
UTM = [("linkedin", "paid_social", "q4-abm"), ("google", "cpc", "brand"), ("newsletter", "email", "nov-digest"),
       ("", "", ""), ("facebook", "paid_social", "retarget"), ("event", "offline", "websummit")]
ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ą": "a", "ę": "e", "ś": "s", "ć": "c",
                       "ń": "n", "ó": "o", "ź": "z", "ż": "z"})
CYR = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюяёы", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
                                                      "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh",
                                                      "sht", "a", "", "yu", "ya", "yo", "y"]))
GR = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                                                   "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a",
                                                   "e", "i", "i", "o", "y", "o"]))


def ascii_of(word):
    w = word.lower().translate(ASCII)
    return "".join(CYR.get(c, GR.get(c, c)) for c in w)


def random_case(rng, word):
    r = rng.random()
    if r < 0.1:
        return word.upper()
    if r < 0.25:
        return word.lower()
    return word


def phone(rng, country):
    digits = "".join(rng.choice("0123456789") for _ in range(7))
    r = rng.random()
    if r < 0.3:
        return ""
    if r < 0.33:
        return "123"  # impossible
    if country == "PL":
        return f"{rng.choice('5678')}{digits[:2]} {digits[2:5]} {digits[5:]}0"
    if country == "DE":
        return f"+49 30 {digits}"
    if country == "BG":
        return f"+359 88 {digits}"
    if country in ("US", "CA"):
        return f"(212) 55{digits[0]}-{digits[1:5]}"
    return f"+44 20 7{digits[:3]} {digits[3:7]}"


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261123)
    companies = []
    for i in range(40000):
        script = rng.choice(["latin", "latin", "de", "pl", "cyr", "el"])
        stem = rng.choice(WORDS) + rng.choice(WORDS) + (str(i) if i % 3 else "")
        companies.append((script, stem.capitalize() + " " + rng.choice(SUFFIX[script]),
                          f"{stem}.{rng.choice(TLD[script])}"))
    people = []  # earlier persons, for repeats
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["First Name", "Last Name", "Email", "Company Name", "Website", "Phone Number", "Country/Region",
                    "Job Title", "UTM Source", "UTM Medium", "UTM Campaign", "Create Date"])
        for n in range(rows):
            r = rng.random()
            if r < 0.03 and people:
                first, last, email, company, site, country = rng.choice(people)
                local, _, domain = email.partition("@")
                k = rng.random()
                if k < 0.3:
                    email = email.upper() if rng.random() < 0.5 else email.capitalize()
                elif k < 0.6:
                    email = f"{local}+{rng.choice(['promo', 'webinar', 'x'])}@{domain}"
                elif domain == "gmail.com":
                    email = f"{local.replace('.', '')}@googlemail.com"
                elif site:
                    email = f"{ascii_of(first)[0]}.{ascii_of(last)}@{domain}"  # second address, same company
                first, last = random_case(rng, first), random_case(rng, last)
            else:
                company_script, company, site = rng.choice(companies)
                script = company_script if rng.random() < 0.8 else rng.choice(list(FIRST))
                first = rng.choice(FIRST[script])
                last = rng.choice(LAST[script])
                country = rng.choice(COUNTRY[script])
                local = f"{ascii_of(first)}.{ascii_of(last)}{rng.randrange(1000) if rng.random() < 0.5 else ''}"
                if rng.random() < 0.25:
                    domain, company, site = rng.choice(FREE), "", ""
                else:
                    domain = site
                email = random_case(rng, local) + "@" + domain
                if rng.random() < 0.02:
                    email = rng.choice([f"test@test.com", f"{local}{domain}", f"{local}@{rng.choice(DISPOSABLE)}",
                                        "", "asdf@asdf.com", f"{local}@@{domain}"])
                first, last = random_case(rng, first), random_case(rng, last)
                if len(people) < 200000:
                    people.append((first, last, email, company, site, country))
            utm = rng.choice(UTM)
            day = 1 + rng.randrange(28)
            date = f"2026-10-{day:02d}" if rng.random() < 0.5 else f"10/{day}/2026"
            w.writerow([first, last, email, company, ("https://www." + site) if site and rng.random() < 0.3 else "",
                        phone(rng, country), country, rng.choice(TITLES), utm[0], utm[1], utm[2], date])


if __name__ == "__main__":
    main()
