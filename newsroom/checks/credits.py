"""Contributor-credit gate: everyone who worked on the story is credited, images included."""

from __future__ import annotations

import functools
import re
import shlex
from collections.abc import Iterator
from typing import Any, Final

from newsroom.checks.contributors import may_name_contributors, named_in
from newsroom.checks.engine import Check, Example, Hit, check, hit_at
from newsroom.checks.text import NAME_PARTICLES, word_set
from newsroom.checks.view import StoryView
from newsroom.models import Severity, Stage

C, E = Stage.CONTRIBUTOR_CREDIT, Severity.ERROR
FILE: Final = "credits.yaml"
TRUST_AUTHOR: Final = "Trust Project indicator 'Author/reporter'"
IPTC: Final = "IPTC Photo Metadata Standard"
VISUAL_ROLES: Final = ("photography", "graphics", "video")


def credited_names(view: StoryView) -> set[str]:
    """Lowercased names of everyone in credits.yaml with a role (roster names included)."""
    out = set()
    for c in view.story.credits:
        if not c.role.strip():
            continue
        out.add(c.name.lower())
        person = view.person(c.person) if c.person else None
        if person is not None:
            out |= {person.name.lower(), person.id.lower()}
    return out


@check(
    "credits.contributor-line-uncredited",
    C,
    E,
    "credit everyone the contributor line names in credits.yaml "
    "('newsroom credit SLUG add NAME --role additional-reporting')",
    TRUST_AUTHOR,
    passing=[
        Example(),
        Example(
            body="The council voted on Tuesday.\n\nAdditional reporting by Maria Chen.\n",
            credits={
                "contributors": [
                    {"name": "Rosa Torres", "role": "reporting", "person": "rtorres"},
                    {"name": "Maria Chen", "role": "additional-reporting"},
                ]
            },
        ),
        Example(
            body="The council voted.\n\nMaria Chen contributed from Harbor City, Florida.\n",
            credits={"contributors": [{"name": "Maria Chen", "role": "additional-reporting"}]},
        ),
    ],
    failing=[
        Example(body="The council voted.\n\nAdditional reporting by Maria Chen in Harbor City.\n"),
        Example(body="The council voted.\n\nReporting by Ana Ruiz; editing by Li Wei\n"),
        Example(body="The council voted.\n\n*Ana Ruiz in Miami contributed reporting.*\n"),
        Example(body="The council voted.\n\nReporting was contributed by Ana Ruiz.\n"),
    ],
)
def contributor_line_uncredited(view: StoryView) -> Iterator[Hit]:
    if not may_name_contributors(view.prose_text[0]):  # the whole prose, before each paragraph
        return
    credited = credited_names(view)
    for para in view.prose:
        for at, line, name in named_in(para.text):
            if name.lower() in credited:
                continue
            yield hit_at(
                para,
                at,
                line,
                f"'{name}' is named in a contributor line but not credited; run "
                f"'newsroom credit SLUG add \"{name}\" --role additional-reporting'",
            )


@check(
    "credits.byline-uncredited",
    C,
    E,
    "credit every byline person in credits.yaml ('newsroom credit SLUG add NAME --role "
    "reporting --person ID')",
    TRUST_AUTHOR,
    passing=[Example()],
    failing=[Example(front={"byline": ["rtorres", "mchen"]})],
)
def byline_uncredited(view: StoryView) -> Iterator[Hit]:
    credited = credited_names(view)
    for i, entry in enumerate(view.meta.byline):
        person = view.person(entry)
        names = {entry.lower()} | ({person.id.lower(), person.name.lower()} if person else set())
        if entry.strip() and not names & credited:
            line, col = view.field("byline", i)
            name = shlex.quote(person.name if person else entry)
            roster = f" --person {person.id}" if person else ""
            yield Hit(
                line,
                col,
                excerpt=entry,
                detail=f"'{entry}' is on the byline but not in credits.yaml; credit them "
                f"with a role (newsroom credit SLUG add {name} --role reporting{roster})",
            )


@check(
    "credits.role-unknown",
    C,
    E,
    "give each contributor a role from the configured list (credit_roles in newsroom.yaml) "
    "and, for roster people, their roster id",
    "house style: credits",
    passing=[Example()],
    failing=[
        Example(credits={"contributors": [{"name": "Rosa Torres", "role": "sidekick"}]}),
        Example(credits={"contributors": [{"name": "Rosa Torres"}]}),
        Example(
            credits={
                "contributors": [{"name": "Rosa Torres", "role": "reporting", "person": "rosa"}]
            }
        ),
    ],
)
def role_unknown(view: StoryView) -> Iterator[Hit]:
    for i, c in enumerate(view.story.credits):
        if c.person and view.person(c.person) is None:
            line, col = view.side(FILE, "contributors", i, "person")
            yield Hit(
                line,
                col,
                excerpt=c.person,
                detail=f"'{c.person}' is not a roster id; fix it or leave out 'person' for "
                "someone outside the newsroom",
                file=FILE,
            )
        if c.role not in view.credit_roles:
            line, col = view.side(FILE, "contributors", i, "role" if c.role else "name")
            yield Hit(
                line,
                col,
                excerpt=c.name,
                detail=f"'{c.name}' has role '{c.role}'; use one of: "
                f"{', '.join(view.credit_roles)}",
                file=FILE,
            )


def _image(credit: str, **extra: str) -> dict[str, Any]:
    return {
        "images": [
            {
                "file": "media/crews.png",
                "caption": "Crews survey the eastern waterfront in Harbor City on Tuesday.",
                "credit": credit,
                "alt": "Two workers in hard hats beside a concrete wall.",
                **extra,
            }
        ]
    }


_BARE: Final = word_set(
    "getty getty images ap associated press reuters afp epa upi bloomberg facebook twitter x "
    "instagram tiktok youtube google social media internet a news site news site the web web "
    "file handout courtesy staff shutterstock istock wikimedia unsplash pool"
) | {"getty images", "associated press", "social media", "a news site", "news site", "the web"}
_LABEL: Final = re.compile(
    r"^\(?\s*(?:photo|photograph|image|picture|credit|photo credit)\b\s*(?:by)?:?", re.I
)
_COURTESY: Final = re.compile(r"^courtesy of\s+(?:the\s+)?(?P<who>\S.*)$", re.I)


@functools.lru_cache(maxsize=4096)  # three checks ask of each credit; credits recur
def credit_problem(credit: str) -> str:
    """Why an image credit is not 'Creator Name/Supplier' (or 'Courtesy of ...'), or ''."""
    text = credit.strip()
    courtesy = _COURTESY.match(text)
    if courtesy:
        who = courtesy.group("who")
        return "" if who.lower() not in _BARE else f"'{who}' is a platform, not who provided it"
    if _LABEL.match(text):
        return f"'{text}': drop the label and write 'Creator Name/Supplier', e.g. Jane Roe/Reuters"
    if text.lower() in _BARE:
        return (
            f"'{text}' is a bare outlet, agency or platform; name the creator and the "
            "supplier, e.g. Jane Roe/Reuters"
        )
    parts = [p.strip() for p in text.split("/")]
    if len(parts) != 2 or not all(parts):
        return (
            f"'{text}' does not name both the creator and the supplier; write "
            "'Creator Name/Supplier', e.g. Jane Roe/Reuters"
        )
    creator = parts[0]
    words = creator.split()
    if creator.lower() in _BARE or any(w.lower() in ("photo", "photos", "staff") for w in words):
        return f"'{creator}' is an outlet or a label, not the creator; name the person who made it"
    if len(words) < 2 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return f"'{creator}' is not a person's full name; name the creator, e.g. Jane Roe/Reuters"
    return ""


@check(
    "credits.image-creator",
    C,
    E,
    "credit the person who made the image and the supplier, 'Creator Name/Supplier' (e.g. "
    "Jane Roe/Reuters), or 'Courtesy of ...' for a handout; a bare outlet, agency or "
    "platform is not a credit",
    IPTC + " 'Creator' and 'Credit Line'; AP Stylebook, 'photo credits'",
    passing=[
        Example(),
        Example(front=_image("Ana de la Cruz/Reuters", rights="Reuters licence")),
        Example(front=_image("Courtesy of the Malone family", rights="Given for this story")),
    ],
    failing=[
        Example(front=_image("Getty")),
        Example(front=_image("Facebook")),
        Example(front=_image("Photo: AP")),
        Example(front=_image("a news site")),
        Example(front=_image("AP Photo/Reuters")),
    ],
)
def image_creator(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        problem = credit_problem(image.credit) if image.credit.strip() else ""
        if problem:
            line, col = view.field_text_column("images", i, "credit")
            yield Hit(line, col, excerpt=image.credit, detail=problem)


def _visual_credits(view: StoryView) -> tuple[set[str], set[str]]:
    """(names with a photography/graphics/video credit, every credited name), lowercased."""
    visual, everyone = set(), set()
    for c in view.story.credits:
        person = view.person(c.person) if c.person else None
        names = {c.name.lower()} | ({person.name.lower()} if person else set())
        everyone |= names
        if c.role in VISUAL_ROLES:
            visual |= names
    return visual, everyone


def _bare(credit: str) -> str:
    """The credit when it is only an outlet, agency or platform ('AP', 'Getty'), else ''."""
    text = credit.strip()
    return text if text.lower() in _BARE else ""


def _own_supplier(view: StoryView, credit: str) -> bool:
    """Whether the credit names the newsroom itself as supplier ('Jana Ruiz/Coastal Daily
    Press' in the Coastal Daily Press): the work of its own staff, not a third party's."""
    outlet = view.roster.outlet.strip().lower()
    supplier = credit.rpartition("/")[2].strip().lower()
    return bool(outlet) and "/" in credit and supplier == outlet


def _creator(credit: str) -> str:
    """Who made (or handed out) the image, when the credit says so properly."""
    if credit_problem(credit):
        return ""
    courtesy = _COURTESY.match(credit.strip())
    return courtesy.group("who") if courtesy else credit.split("/")[0].strip()


@check(
    "credits.photo-uncredited",
    C,
    E,
    "credit the staff photographer or artist in credits.yaml with role photography, "
    "graphics or video",
    IPTC + " 'Creator'; " + TRUST_AUTHOR,
    passing=[Example()],
    failing=[
        Example(
            credits={
                "contributors": [{"name": "Rosa Torres", "role": "reporting", "person": "rtorres"}]
            }
        ),
        Example(front=_image("Maria Chen/Coastal Daily Press")),
        Example(front=_image("Jana Ruiz/Coastal Daily Press")),  # staff, not on the roster
    ],
)
def photo_uncredited(view: StoryView) -> Iterator[Hit]:
    visual, everyone = _visual_credits(view)
    for i, image in enumerate(view.meta.images):
        creator = _creator(image.credit)
        staff = (
            view.person(creator) is not None
            or creator.lower() in everyone
            or _own_supplier(view, image.credit)
        )
        if creator and staff and creator.lower() not in visual:
            line, col = view.field_text_column("images", i, "credit")
            yield Hit(
                line,
                col,
                excerpt=image.credit,
                detail=f"'{creator}' made this image but has no photography, graphics or "
                f"video credit; run 'newsroom credit SLUG add \"{creator}\" --role photography'",
            )


@check(
    "captions.rights-missing",
    C,
    E,
    "a third-party image needs a rights note: licence, agreement or permission ('newsroom "
    'image SLUG edit ID --rights "..."\')',
    IPTC + " 'Copyright Notice' and 'Web Statement of Rights'",
    passing=[
        Example(),
        Example(front=_image("Jane Roe/Reuters", rights="Reuters subscription")),
        Example(front=_image("AP", rights="AP member agreement")),
        Example(front=_image("Jana Ruiz/Coastal Daily Press")),  # the newsroom's own
    ],
    failing=[
        Example(front=_image("Jane Roe/Reuters")),
        Example(front=_image("Courtesy of the Malone family")),
        Example(front=_image("Reuters")),
    ],
)
def rights_missing(view: StoryView) -> Iterator[Hit]:
    everyone = _visual_credits(view)[1]
    for i, image in enumerate(view.meta.images):
        # a bare outlet or agency ('AP') is third-party too, however it is credited
        creator = _creator(image.credit) or _bare(image.credit)
        if not creator or view.person(creator) is not None or creator.lower() in everyone:
            continue
        if _own_supplier(view, image.credit):
            continue  # a staff photo: credits.photo-uncredited asks for the credit
        if not image.rights.strip():
            line, col = view.field_text_column("images", i, "credit")
            yield Hit(line, col, excerpt=image.credit, fill=(("ID", image.file),))


CHECKS: Final[tuple[Check, ...]] = (
    contributor_line_uncredited,
    byline_uncredited,
    role_unknown,
    image_creator,
    photo_uncredited,
    rights_missing,
)
