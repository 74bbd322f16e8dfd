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
from typing import Any

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
    "This is a vote this council cannot afford to get wrong",
    "Nobody asked the people who actually live here what they wanted",
    "The numbers keep changing, and each time they go up",
    "I want this to work, but I want to see the plan before I pay for it",
    "We have studied this for a long time, and the answer has not changed",
    "Families on my street have been waiting since before my children were born",
    "If we do nothing, the cost of doing nothing will be far higher",
    "I have lived here all my life, and I have never seen a meeting this full",
    "The state has been a partner, but it will not write us a blank check",
    "We owe the people of this town a straight answer on the cost",
    "There is no version of this plan that pleases everyone",
]
# Each pattern: (text, whether it leans on vague or anonymous attribution, which a story
# must fix before it leaves fact-check).
PARAGRAPHS = [
    (
        "The {body} voted {a}-{b} on {day} to approve {topic}, ending a debate that has "
        "divided the town of roughly {pop} people for {years} years.",
        False,
    ),
    ('"{quote}," said {name}, {role}.', False),
    (
        "{name}, {role}, said the plan had been revised {n} times since it was first proposed "
        "in {month} {year}. {last} said the latest estimate was {pct} percent higher than the "
        "first one.",
        False,
    ),
    (
        "According to a report by the city's finance department, {short} would add about "
        "{small} to the average household's annual tax bill. The report was released on {day} "
        "and runs to {pages} pages.",
        False,
    ),
    (
        "Supporters say {short} will serve more than {count} households over the next "
        "{years} years. Critics say the cost will rise before the work is finished, and "
        "several residents asked the council to wait for a second estimate.",
        True,
    ),
    (
        "{name}, {role}, said {short} would serve more than {count} households over the "
        "next {years} years. {last} said several residents had asked the council to wait "
        "for a second estimate.",
        False,
    ),
    ('"{quote}," {last} said in an interview after the meeting. "{quote2}."', False),
    (
        "The state has agreed to cover {share} of the cost, {name}, {role}, said in an email "
        "on {day}. The rest will come from a bond that voters approved in {month} {year}.",
        False,
    ),
    (
        "Residents filled the council chamber for more than {hours} hours of public comment. "
        "Of the {speakers} people who spoke, {for_} supported the measure and {against} "
        "opposed it, according to the meeting minutes.",
        False,
    ),
    (
        "Work is scheduled to begin in {month} {year2} and to take {years} years, according "
        "to the public works department. Officials said the schedule depends on permits "
        "from two state agencies.",
        True,
    ),
    (
        "Work is scheduled to begin in {month} {year2} and to take {years} years, according "
        "to the public works department. {name}, {role}, said the schedule depends on "
        "permits from two state agencies.",
        False,
    ),
    (
        "{name}, who voted against the measure, said the town had not weighed cheaper "
        "options. {last} pointed to a {year} study that recommended a smaller project at "
        "about half the price.",
        False,
    ),
    (
        "The vote came after {weeks} weeks of hearings in which engineers, business owners "
        "and neighbors described what they expected {short} to change. Some said it was long "
        "overdue; others said it would mostly benefit a handful of property owners.",
        True,
    ),
    (
        "In {town}, similar projects have run over budget by an average of {pct} percent, "
        "according to a review of {count2} public works contracts by {name}, {role}.",
        False,
    ),
    (
        '{name}, {role}, said the town\'s credit rating would not be affected. "{quote}," '
        "{last} said.",
        False,
    ),
    (
        "The measure now goes to the planning board, which is expected to take it up in "
        "{month}. A final design is due by the end of {year2}, officials said.",
        True,
    ),
    (
        "The measure now goes to the planning board, which is expected to take it up in "
        "{month} {year2}. A final design is due by the end of that year, {name}, {role}, said.",
        False,
    ),
    (
        "{name}, {role}, said the council had heard from residents on both sides and would "
        "keep listening as the design moves forward.",
        False,
    ),
    (
        "{last} said the town would post the design documents online and hold public "
        'meetings before any work begins. "{quote}," {last} said.',
        False,
    ),
    (
        "{name}, who owns a bakery on Main Street, said she was worried about losing "
        "customers during construction and asked the town to keep the sidewalks open.",
        False,
    ),
    (
        "The town manager's office said it would answer residents' questions at public "
        "meetings and publish the plans on the town's website.",
        False,
    ),
    (
        "{last} described {short} as a matter of public safety rather than politics, and "
        "urged residents to read the plan for themselves.",
        False,
    ),
    (
        "{name}, {role}, said the town had learned from earlier projects and would hire an "
        "outside inspector to review the work as it goes.",
        False,
    ),
    (
        "Outside the chamber, neighbors traded stories about flooded basements and closed "
        "roads. {name}, {role}, said the mood had changed since the hearings began.",
        False,
    ),
    (
        '{name} said the decision would shape the town for a generation. "{quote}," {last} said.',
        False,
    ),
]
# Placeholders that put a checkable figure (a number, an amount, a date) in a paragraph.
FIGURES = (
    "{a}",
    "{pop}",
    "{years}",
    "{n}",
    "{pct}",
    "{small}",
    "{pages}",
    "{count",
    "{share}",
    "{hours}",
    "{speakers}",
    "{weeks}",
    "{year",
    "{month}",
    "{topic}",
)
DESKS = ["metro", "politics", "education", "business", "health"]
# A working newsroom is mostly its archive; the rest is on its way through the stages.
STAGE_WEIGHTS = {
    "draft": 10,
    "contributor-credit": 8,
    "fact-check": 10,
    "publish": 4,
    "published": 68,
}
OUTLET = "Coastal Daily Press"
STAFF_PHOTOGRAPHER = "Samir Khan"


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


def _paragraph(
    rng: random.Random,
    text: str,
    town: str,
    topic: tuple[str, str, str],
    cast: list[tuple[str, str]],
    people: dict[str, str],
) -> str:
    """One paragraph from a pattern; the people it names are added to `people`."""
    name, role = rng.choice(cast)
    if "{name}" in text or "{last}" in text:
        people[name] = role
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
        "last": name.split()[-1],
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
    return text.format(**values)


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def story(rng: random.Random, index: int) -> dict[str, Any]:
    """One story as its files: front matter, body, sources, credits, image names.

    A story is as finished as its stage says: drafts are filed copy with the problems
    editors fix (a doubled word, a TK, vague attribution, photographers not yet credited);
    from contributor-credit on, the draft gate passes; from fact-check on, credits are
    complete; stories past fact-check have every checkable statement covered by a claim a
    fact-checker verified (`write_newsroom` adds those claims, as `claim suggest` lists them).
    """
    stage = rng.choices(list(STAGE_WEIGHTS), weights=list(STAGE_WEIGHTS.values()))[0]
    order = list(STAGE_WEIGHTS).index(stage)
    town = rng.choice(TOWNS)
    topic = rng.choice(TOPICS)
    target = rng.randint(600, 1200)
    paragraphs: list[str] = []
    people: dict[str, str] = {}
    cast: list[tuple[str, str]] = []
    for last in rng.sample(LAST, rng.randint(4, 7)):  # one person per surname
        _, role = rng.choice(ROLES)
        cast.append((f"{rng.choice(FIRST)} {last}", role.format(town=town, n=rng.randint(5, 40))))
    words = figures = 0
    vague = order <= 2  # fixed during fact-check
    most_figures = rng.randint(3, 6)
    while words < target:
        text, leans = rng.choice(PARAGRAPHS)
        numeric = any(f in text for f in FIGURES)
        if (leans and not vague) or (numeric and figures >= most_figures):
            continue
        para = _paragraph(rng, text, town, topic, cast, people)
        so_far = " ".join(paragraphs)
        if any(part in so_far for part in para.split(". ") if len(part.split()) > 5):
            continue  # filed copy does not say the same sentence twice
        paragraphs.append(para)
        figures += numeric
        words += len(para.split())
    byline = rng.sample(REPORTERS, rng.choice([1, 1, 1, 2]))
    photographers = [
        rng.choice([STAFF_PHOTOGRAPHER, f"{rng.choice(FIRST)} {rng.choice(LAST)}"])
        for _ in range(rng.randint(2, 4))
    ]
    images = [
        {
            "file": f"media/photo-{i + 1}.png",
            "caption": f"{rng.choice(FIRST)} {rng.choice(LAST)} speaks during a hearing on "
            f"{topic[2]} in {town} on {rng.choice(DAYS)}, {rng.choice(MONTHS)} "
            f"{i * 7 + rng.randint(1, 7)}.",
            "credit": f"{who}/{OUTLET}",
            "alt": f"People seated in rows in a meeting room, photo {i + 1} of the hearing.",
        }
        for i, who in enumerate(photographers)
    ]
    sources: list[dict[str, Any]] = [
        {"id": _slug(name), "name": name, "kind": "person", "affiliation": role}
        for name, role in people.items()
    ]
    sources.append(
        {"id": "minutes", "name": f"{town} City Council meeting minutes", "kind": "document"}
    )
    sources.append(
        {"id": "finance-report", "name": f"{town} finance department report", "kind": "document"}
    )
    front = {
        "headline": f"{town} {topic[0]} vote splits residents over cost",
        "dek": f"Officials approved {topic[2]} after {rng.randint(2, 6)} hours of debate "
        "and a divided public hearing.",
        "byline": byline,
        "desk": rng.choice(DESKS),
        "stage": stage,
        "type": "news",
        "dateline": f"{town.upper()}",
        "images": images,
    }
    body = "\n\n".join(paragraphs)
    if stage == "draft" and index % 5 == 2:  # filed copy still has problems an editor fixes
        body = body.replace(" the ", " the the ", 1)
    if stage == "draft" and index % 8 == 3:
        body += "\n\nThe total cost was TK, officials said."
    contributors = [
        {"name": next(p[1] for p in ROSTER if p[0] == b), "role": "reporting", "person": b}
        for b in byline
    ]
    if order >= 2 or index % 3:  # photographers are credited at contributor-credit
        contributors += [{"name": p, "role": "photography"} for p in dict.fromkeys(photographers)]
    return {
        "stage": stage,
        "front": front,
        "body": body,
        "sources": {"sources": sources},
        "credits": {"contributors": contributors},
        "images": [i["file"] for i in images],
    }


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)


def _claims(root: Path, config: Any, slug: str, stage: str, rng: random.Random) -> dict[str, Any]:
    """factcheck.yaml for a story: a claim for each checkable sentence `claim suggest` lists,
    from the sources it names, verified by the fact-checker once the story is past fact-check
    (at fact-check, about a third are still to be verified)."""
    from newsroom.checks.factcheck import uncovered
    from newsroom.checks.view import Roster, StoryView
    from newsroom.store import stories as store

    story = store.read_story(root, slug)
    view = StoryView(story, config.checks, Roster(config.people), config.credit_roles)
    people = {s.name.split()[-1]: s.id for s in story.sources if s.kind == "person"}
    claims: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _, _, sentence in uncovered(view):
        text = sentence.text.strip().strip('"').strip()
        if text in seen or len(text) < 12:
            continue
        seen.add(text)
        named = [sid for last, sid in people.items() if last in text]
        source = named[0] if named else rng.choice(["minutes", "finance-report"])
        claim: dict[str, Any] = {"id": f"claim-{len(claims) + 1}", "text": text}
        claim["sources"] = [source]
        if stage != "fact-check" or rng.random() < 0.66:
            claim.update(status="verified", checked_by="lpark")
            claim["verified_hash"] = view.claim_pin(text)
        else:
            claim["status"] = "unverified"
        claims.append(claim)
    return {"claims": claims}


def write_newsroom(root: Path, n: int, seed: int = 2026) -> int:
    """Write a newsroom of `n` stories under `root`; return the bytes of story.md written."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "newsroom.yaml").write_text(
        _dump(
            {
                "name": OUTLET,
                "people": [{"id": i, "name": nm, "email": e, "roles": r} for i, nm, e, r in ROSTER],
                "checks": {},
            }
        )
    )
    (root / ".gitignore").write_text(".newsroom-cache/\n")
    from newsroom.store.config import load_config

    config = load_config(root)
    total = 0
    for index in range(n):
        s = story(rng, index)
        slug = f"story-{index:05d}"
        folder = root / "stories" / slug
        (folder / "media").mkdir(parents=True)
        text = f"---\n{_dump(s['front'])}---\n\n{s['body']}\n"
        (folder / "story.md").write_text(text, encoding="utf-8")
        total += len(text.encode())
        (folder / "sources.yaml").write_text(_dump(s["sources"]), encoding="utf-8")
        (folder / "credits.yaml").write_text(_dump(s["credits"]), encoding="utf-8")
        (folder / "factcheck.yaml").write_text(_dump({"claims": []}), encoding="utf-8")
        if s["stage"] not in ("draft", "contributor-credit"):
            claims = _claims(root, config, slug, s["stage"], rng)
            (folder / "factcheck.yaml").write_text(_dump(claims), encoding="utf-8")
        for name in s["images"]:
            (folder / name).write_bytes(png(64, 48, rng.randint(0, 255)))
        if s["stage"] in ("publish", "published"):  # the pin its fact-check sign-off wrote
            total += _pin_fact_check(root, slug)
    return total


def _pin_fact_check(root: Path, slug: str) -> int:
    """Write the fact-check pin into story.md; return the bytes it added."""
    from newsroom.store import stories
    from newsroom.store.content import content_hash

    story = stories.read_story(root, slug)
    text = stories.with_fact_check_pin(story.raw, content_hash(story))
    (story.folder / "story.md").write_text(text, encoding="utf-8")
    return len(text.encode()) - len(story.raw.encode())
