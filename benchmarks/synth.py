"""A synthetic newsroom: N realistic stories with images, sources and claims, reproducibly.

The prose is built from paragraph patterns a metro desk writes every day (votes, budgets,
quotes with attribution, figures, schedules), filled from pools of places, people and
numbers, so that no two stories are alike and every story reads like filed copy.
"""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

import yaml

ROSTER = [
    ("rtorres", "Rosa Torres", "rosa.torres@coastal.example", ["reporter"]),
    ("mchen", "Maria Chen", "maria.chen@coastal.example", ["reporter"]),
    ("dpatel", "Dev Patel", "dev.patel@coastal.example", ["reporter"]),
    ("eokafor", "Emeka Okafor", "emeka.okafor@coastal.example", ["editor"]),
    ("gbell", "Grace Bell", "grace.bell@coastal.example", ["editor"]),
    ("lpark", "Lena Park", "lena.park@coastal.example", ["fact-checker"]),
    ("skhan", "Samir Khan", "samir.khan@coastal.example", ["photo-editor"]),
]
REPORTERS = ["rtorres", "mchen", "dpatel"]
TOWNS = [
    "Harbor City",
    "Port Alden",
    "Cedar Falls",
    "Millbrook",
    "Riverside",
    "Lakeview",
    "Greenhaven",
    "Bayport",
    "Fairmont",
    "Ashford",
    "Kingsbridge",
    "Westover",
]
FIRST = [
    "Dana",
    "Ruth",
    "Luis",
    "Teresa",
    "Marcus",
    "Aisha",
    "Paul",
    "Helen",
    "Omar",
    "Grace",
    "Victor",
    "Nadia",
    "Samuel",
    "Irene",
    "Tomas",
    "Leah",
    "Kwame",
    "Priya",
    "Janet",
    "Hugo",
]
LAST = [
    "Whitfield",
    "Ocampo",
    "Ortega",
    "Malone",
    "Reyes",
    "Nakamura",
    "Brennan",
    "Adeyemi",
    "Kowalski",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Castillo",
    "Sato",
    "Murphy",
    "Okonkwo",
]
ROLES = [
    ("mayor", "the mayor of {town}"),
    ("council member", "a member of the {town} City Council"),
    ("superintendent", "the superintendent of {town} Public Schools"),
    ("spokesperson", "a spokesperson for the {town} Public Works Department"),
    ("professor", "a professor of public policy at {town} State University"),
    ("resident", "a resident of {town} for {n} years"),
    ("director", "the director of the {town} Housing Authority"),
    ("economist", "an economist at the {town} Chamber of Commerce"),
]
TOPICS = [
    ("seawall", "a {money} seawall along the eastern waterfront", "the seawall"),
    ("school budget", "a {money} school budget for the coming year", "the budget"),
    ("bus line", "a {money} plan to extend the Route {num} bus line", "the bus plan"),
    ("clinic", "a {money} plan to reopen the county health clinic", "the clinic plan"),
    ("housing", "a {money} affordable housing project on Mill Street", "the housing project"),
    ("bridge", "a {money} repair of the Elm Street bridge", "the bridge repair"),
    ("library", "a {money} renovation of the main public library", "the renovation"),
    ("park", "a {money} plan to restore Riverside Park", "the park plan"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October"]
QUOTES = [
    "We cannot keep waiting for the next emergency to make this decision for us",
    "This is the most important vote this council will take in a decade",
    "Nobody asked the people who actually live here what they wanted",
    "The numbers have changed three times, and each time they went up",
    "I want this to work, but I want to see the plan before I pay for it",
    "We have studied this for two years, and the answer has not changed",
    "Families on my street have been waiting since before my children were born",
    "If we do nothing, the cost of doing nothing will be far higher",
    "I have lived here all my life, and I have never seen a meeting this full",
    "The state has been a partner, but it will not write us a blank check",
    "We owe the people of this town a straight answer on the cost",
    "There is no version of this plan that pleases everyone",
]
PARAGRAPHS = [
    "The {body} voted {a}-{b} on {day} to approve {topic}, ending a debate that has "
    "divided the town of roughly {pop} people for {years} years.",
    '"{quote}," said {name}, {role}.',
    "{name}, {role}, said the plan had been revised {n} times since it was first proposed "
    "in {month} {year}. {last} said the latest estimate was {pct} percent higher than the "
    "first one.",
    "According to a report by the city's finance department, {short} would add about "
    "{small} to the average household's annual tax bill. The report was released on {day} "
    "and runs to {pages} pages.",
    "Supporters say {short} will serve more than {count} households over the next "
    "{years} years. Critics say the cost will rise before the work is finished, and "
    "several residents asked the council to wait for a second estimate.",
    '"{quote}," {last} said in an interview after the meeting. "{quote2}."',
    "The state has agreed to cover {share} of the cost, {name}, {role}, said in an email "
    "on {day}. The rest will come from a bond that voters approved in {month} {year}.",
    "Residents filled the council chamber for more than {hours} hours of public comment. "
    "Of the {speakers} people who spoke, {for_} supported the measure and {against} "
    "opposed it, according to the meeting minutes.",
    "Work is scheduled to begin in {month} {year2} and to take {years} years, according "
    "to the public works department. Officials said the schedule depends on permits "
    "from two state agencies.",
    "{name}, who voted against the measure, said the town had not weighed cheaper "
    "options. {last} pointed to a {year} study that recommended a smaller project at "
    "about half the price.",
    "The vote came after {weeks} weeks of hearings in which engineers, business owners "
    "and neighbors described what they expected {short} to change. Some said it was long "
    "overdue; others said it would mostly benefit a handful of property owners.",
    "In {town}, similar projects have run over budget by an average of {pct} percent, "
    "according to a review of {count2} public works contracts by {name}, {role}.",
    '{name}, {role}, said the town\'s credit rating would not be affected. "{quote}," {last} said.',
    "The measure now goes to the planning board, which is expected to take it up in "
    "{month}. A final design is due by the end of {year2}, officials said.",
]
DESKS = ["metro", "politics", "education", "business", "health"]
STAGES = ["draft", "contributor-credit", "fact-check", "publish", "published"]


def png(width: int, height: int, shade: int) -> bytes:
    """A real grayscale PNG of the given size (a soft gradient), made with the standard library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + bytes((shade + x + y) % 256 for x in range(width)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _money(rng: random.Random) -> str:
    return f"${rng.randint(2, 95)} million"


def _person(rng: random.Random, town: str) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    _, role = rng.choice(ROLES)
    return f"{first} {last}", last, role.format(town=town, n=rng.randint(5, 40))


def _paragraph(rng: random.Random, town: str, topic: tuple[str, str, str]) -> str:
    name, last, role = _person(rng, town)
    year = rng.randint(2015, 2025)
    a = rng.randint(3, 7)
    values = {
        "body": rng.choice([f"{town} City Council", "school board", "county commission"]),
        "a": a,
        "b": rng.randint(0, a - 1),
        "day": rng.choice(DAYS),
        "topic": topic[1].format(money=_money(rng), num=rng.randint(2, 60)),
        "short": topic[2],
        "pop": f"{rng.randint(8, 90)},{rng.randint(100, 999)}",
        "years": rng.randint(2, 9),
        "quote": rng.choice(QUOTES),
        "quote2": rng.choice(QUOTES),
        "name": name,
        "last": last,
        "role": role,
        "n": rng.randint(2, 6),
        "month": rng.choice(MONTHS),
        "year": year,
        "year2": year + rng.randint(2, 4),
        "pct": rng.randint(8, 60),
        "small": f"${rng.randint(40, 400)}",
        "pages": rng.randint(20, 300),
        "count": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        "count2": rng.randint(12, 80),
        "share": f"${rng.randint(2, 30)} million",
        "hours": rng.choice(["two", "three", "four", "five"]),
        "speakers": (speakers := rng.randint(20, 90)),
        "for_": (for_ := rng.randint(5, speakers - 5)),
        "against": speakers - for_,
        "weeks": rng.randint(3, 12),
        "town": town,
    }
    return rng.choice(PARAGRAPHS).format(**values)


def story(rng: random.Random, index: int) -> dict[str, object]:
    """One story as its files: front matter, body, sources, claims, credits, image names."""
    town = rng.choice(TOWNS)
    topic = rng.choice(TOPICS)
    target = rng.randint(600, 1200)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        para = _paragraph(rng, town, topic)
        if para in paragraphs:
            continue
        paragraphs.append(para)
        words += len(para.split())
    byline = rng.sample(REPORTERS, rng.choice([1, 1, 1, 2]))
    images = [
        {
            "file": f"media/photo-{i + 1}.png",
            "caption": f"{rng.choice(FIRST)} {rng.choice(LAST)} speaks during a hearing on "
            f"{topic[2]} in {town} on {rng.choice(DAYS)}, {rng.choice(MONTHS)} "
            f"{rng.randint(1, 28)}.",
            "credit": f"{rng.choice(FIRST)} {rng.choice(LAST)}/Coastal Daily Press",
            "alt": f"People seated in rows in a meeting room, photo {i + 1} of the hearing.",
        }
        for i in range(rng.randint(2, 4))
    ]
    sentences = [s.strip() for p in paragraphs for s in p.split(". ") if len(s.split()) > 6]
    claims = rng.sample(sentences, min(len(sentences), rng.randint(5, 10)))
    n_sources = rng.randint(5, 10)
    sources = [
        {
            "id": f"src-{i + 1}",
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "kind": rng.choice(["person", "person", "document", "organization"]),
            "affiliation": f"{town} City Council",
        }
        for i in range(n_sources)
    ]
    front = {
        "headline": f"{town} {topic[0]} vote splits residents over cost",
        "dek": f"Officials approved {topic[2]} after {rng.randint(2, 6)} hours of debate "
        "and a divided public hearing.",
        "byline": byline,
        "desk": rng.choice(DESKS),
        "stage": rng.choice(STAGES),
        "type": "news",
        "dateline": f"{town.upper()}",
        "images": images,
    }
    body = "\n\n".join(paragraphs)
    if index % 10 == 7:  # some filed copy still has a problem an editor must fix
        body = body.replace(" the ", " the the ", 1)
    if index % 25 == 3:
        body += "\n\nThe total cost was TK, officials said."
    return {
        "front": front,
        "body": body,
        "sources": {"sources": sources},
        "factcheck": {
            "claims": [
                {
                    "id": f"claim-{i + 1}",
                    "text": text,
                    "sources": [f"src-{rng.randint(1, n_sources)}"],
                    "status": rng.choice(["verified", "verified", "unverified"]),
                }
                for i, text in enumerate(claims)
            ]
        },
        "credits": {
            "contributors": [
                {"name": next(p[1] for p in ROSTER if p[0] == b), "role": "reporting", "person": b}
                for b in byline
            ]
        },
        "images": [i["file"] for i in images],
    }


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)


def write_newsroom(root: Path, n: int, seed: int = 2026) -> int:
    """Write a newsroom of `n` stories under `root`; return the bytes of story.md written."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "newsroom.yaml").write_text(
        _dump(
            {
                "name": "Synthetic Daily",
                "people": [{"id": i, "name": nm, "email": e, "roles": r} for i, nm, e, r in ROSTER],
                "checks": {},
            }
        )
    )
    (root / ".gitignore").write_text(".newsroom-cache/\n")
    total = 0
    for index in range(n):
        s = story(rng, index)
        folder = root / "stories" / f"story-{index:05d}"
        (folder / "media").mkdir(parents=True)
        text = f"---\n{_dump(s['front'])}---\n\n{s['body']}\n"
        (folder / "story.md").write_text(text, encoding="utf-8")
        total += len(text.encode())
        (folder / "sources.yaml").write_text(_dump(s["sources"]), encoding="utf-8")
        (folder / "factcheck.yaml").write_text(_dump(s["factcheck"]), encoding="utf-8")
        (folder / "credits.yaml").write_text(_dump(s["credits"]), encoding="utf-8")
        for name in s["images"]:  # type: ignore[attr-defined]
            (folder / name).write_bytes(png(64, 48, rng.randint(0, 255)))
    return total
