# ruff: noqa: E501  (documents as reporters file them, a line a paragraph)
"""Shapes the sixteenth filing round reads right (found on held-out-12's second half, measured
unseen at the end of the fifteenth round and then made development material): an Asian
agency's English page (its messengers in the share bar, an agency's letters after each
caption, a usage note for its clients, the tags run into one line, the writer's address and
'(END)' under the story), a Japanese daily's page pasted as text (credits after a bar, a
gallery's label, an appeal set in the story, a cookie box and the latest stories under it), a
portal's syndicated copy (credits after '©'), a story posted in a chat channel with the
thread folded under it, and an e-mail whose reply quotes the first draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.chrome import chrome_line, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.filing.captions import plain_alt, split_credit
from newsroom.filing.draft import Draft
from newsroom.filing.furniture import furniture
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


AGENCY = """<!doctype html><html><head><meta charset=utf-8><title>Ferry crews end strike</title></head>
<body><header><h1 class=logo><a href=/><img src=/img/logo_mna.svg alt="Mirae News Agency"></a></h1></header>
<div class=article-wrap><h1 class=tit>Ferry crews end two-day strike after pay deal</h1>
<div class=util-box><ul class=sns><li><a href=#>KakaoTalk</a></li><li><a href=#>Facebook</a></li>
<li><a href=#>X</a></li></ul></div>
<div class=story-news><p class=writer>By Yoon Seo-jin</p>
<figure><img src=https://img.example/ferry1.jpg alt="Crew members cheer on a ferry deck">
<figcaption><p>Crew members of the Mokpo ferry union cheer after the vote on Dec. 3, 2026. (MNA)</p></figcaption></figure>
<p>MOKPO, Dec. 3 (MNA) -- Ferry crews serving the islands off Mokpo ended a two-day strike on Thursday after their union accepted a pay deal, the operators said.</p>
<p>The union said 211 of its 240 members voted for the agreement, which raises base pay by 5.1 percent next year.</p>
<figure><img src=https://img.example/ferry2.jpg alt="Ferries tied up at a pier">
<figcaption><p>This photo, provided by the port office, shows ferries tied up at Mokpo on Dec. 2, 2026. (PHOTO NOT FOR SALE) (MNA)</p></figcaption></figure>
<p>Services to the 14 islands will resume on Friday morning, the port office said.</p>
<div class=keyword-zone><strong>Keywords</strong> <a href=#>#Mokpo ferry</a> <a href=#>#strike</a></div>
<p>Choi Min-ho in Seoul contributed to this report.</p>
<p>seojin@mna.example</p>
<p class=end>(END)</p></div></div></body></html>
"""


def test_an_agency_s_english_page(tmp_path: Path) -> None:
    draft = read(tmp_path, "ferry.html", AGENCY)
    assert draft.headline == "Ferry crews end two-day strike after pay deal"
    assert draft.dek == ""  # not 'KakaoTalk', a button of the share bar
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Crew members of the Mokpo ferry union cheer after the vote on Dec. 3, 2026.",
            "MNA",
        ),
        (
            "This photo, provided by the port office, shows ferries tied up at Mokpo on Dec. 2, 2026.",
            "MNA",
        ),
    ]  # and no third picture made of '(END)' and the writer's address
    body = "\n".join(draft.paragraphs)
    for debris in ("#Mokpo", "seojin@", "(END)", "Keywords"):
        assert debris not in body
    assert [c.name for c in draft.contributors] == ["Choi Min-ho"]


JAPANESE_DAILY = """Skip to main content
THE KANSAI LEDGER
Subscribe
Log in

NATIONAL / SOCIETY
Kyoto bathhouses cut hours as fuel bills climb

Six of the city's remaining public baths will close two days a week from January
by Emi Takasugi
Staff Writer
Dec 3, 2026

Share/Save
X
Facebook
Print

PHOTO GALLERY (CLICK TO ENLARGE)
1
2

A customer leaves the Funaoka bathhouse in Kyoto in November. Owners say the cost of heating water has nearly doubled. | Emi Takasugi

KYOTO – Six of Kyoto's public bathhouses will close two days a week from January, the city's bathhouse association said Wednesday, as the cost of heating water has nearly doubled in three years.

"We can raise the price of a bath or we can close, and nobody wants either," said Kenji Oda, the association's chairman.

In a time of rising costs and shrinking newsrooms, quality journalism is more crucial than ever.
By subscribing, you can help us get the story right.
SUBSCRIBE NOW

The association has 38 member baths, down from more than 400 in the 1960s, according to city records.

KEYWORDS
Kyoto, bathhouses, energy prices

YOUR PRIVACY
We value your privacy. We and our partners use cookies to personalize ads.
Accept all
Manage settings

LATEST NATIONAL STORIES
Osaka ward plans night buses for shift workers
Nara deer park to add rangers during holidays
"""


def test_a_japanese_daily_pasted_as_text(tmp_path: Path) -> None:
    draft = read(tmp_path, "baths.txt", JAPANESE_DAILY)
    assert draft.headline == "Kyoto bathhouses cut hours as fuel bills climb"
    assert draft.byline == ("Emi Takasugi",)
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "A customer leaves the Funaoka bathhouse in Kyoto in November. Owners say the cost of heating water has nearly doubled.",
            "Emi Takasugi",
        )
    ]  # (not 'Share/Save', a button read as a credit line)
    assert draft.paragraphs[0].startswith("KYOTO –")
    assert draft.paragraphs[-1].startswith("The association has 38 member baths")
    assert len(draft.paragraphs) == 3


CHAT_POST = """Dana Okafor
Tuesday 6:12 PM
FILED: School bus drivers win raise

HEADLINE: Valley school bus drivers win raise after sickout
By Dana Okafor

SEDRO-WOOLLEY, Wash. — School bus drivers in the Valley district will get a 9 percent raise under a contract the school board approved Tuesday, a week after a sickout canceled routes for two days.

"We were tired of asking," said Lorna Pike, who has driven a route for 22 years.

The raise costs the district about $310,000 a year, according to the board's budget memo.

PHOTO 1 (IMG_4410.jpg): Drivers wait outside the district office before Tuesday's vote. Photo by Jo Varga/Skagit Tide

END

3 replies from Malik, Jo and Priya
Collapse all

Malik Osei
Tuesday 6:20 PM
Thanks Dana. Is the $310,000 for this year or every year?

Jo Varga
Tuesday 6:31 PM
Toned version of the lead photo is in the shared folder.

Reply
"""


def test_a_chat_post_and_the_thread_under_it(tmp_path: Path) -> None:
    draft = read(tmp_path, "buses.txt", CHAT_POST)
    assert draft.headline == "Valley school bus drivers win raise after sickout"
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Drivers wait outside the district office before Tuesday's vote.",
            "Jo Varga/Skagit Tide",
        )
    ]  # without its 'PHOTO 1 (IMG_4410.jpg):' label
    body = "\n".join(draft.paragraphs)
    assert "Malik Osei" not in body and "Thanks Dana" not in body
    assert "Toned version" not in body
    assert draft.paragraphs[-1].startswith("The raise costs the district")


MAIL_REPLY = """From: Rosa Delgadillo <rosa@example.com>
Subject: Re: FILED: harbor crane v2 + 1 pic
Date: December 2, 2026 at 7:41:09 AM AKST
To: Grant Ostrowski <grant@example.com>

HED: Harbor crane back in service after two-month repair

By Rosa Delgadillo

PETERSBURG, Alaska — The harbor's only boat crane is back in service after a two-month repair, the borough said Monday.

<IMG_5120.jpeg>
A fishing skiff is lifted out of the water at the South Harbor crane on Monday. (Photo by Rosa Delgadillo)

The repair cost $61,000, according to the borough's invoice.

Harbor historian Tove Langseth provided archive research for this story.

On Dec 1, 2026, at 9:12 PM, Rosa Delgadillo <rosa@example.com> wrote:

> Grant — first pass at the crane story. Cost TK.
>
> HED: Crane fixed
>
> The harbor crane is fixed, the borough said.
"""


def test_a_reply_that_quotes_the_first_draft(tmp_path: Path) -> None:
    draft = read(tmp_path, "crane.txt", MAIL_REPLY)
    assert draft.headline == "Harbor crane back in service after two-month repair"
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "A fishing skiff is lifted out of the water at the South Harbor crane on Monday.",
            "Rosa Delgadillo",
            "",  # not '<IMG_5120.jpeg>', the mail program's place for the attachment
        )
    ]
    assert [c.name for c in draft.contributors] == ["Tove Langseth"]
    body = "\n".join(draft.paragraphs)
    assert "first pass" not in body and "Crane fixed" not in body
    assert "is fixed, the borough said" not in body
    assert draft.paragraphs[-1] == "The repair cost $61,000, according to the borough's invoice."


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            "A bus leaves the school in September. © Dirk Halvorsen/Clearwater Courier",
            ("A bus leaves the school in September.", "Dirk Halvorsen/Clearwater Courier"),
        ),
        (
            "Parents hold signs at the meeting. © Provided by Clearwater Courier",
            ("Parents hold signs at the meeting.", "Provided by Clearwater Courier"),
        ),
        (
            "A boat passes the warehouses in October. | Naoko Ishiguro",
            ("A boat passes the warehouses in October.", "Naoko Ishiguro"),
        ),
        (
            "Workers rally at the pier on Dec. 2. (EDITORIAL USE ONLY) (HNA)",
            ("Workers rally at the pier on Dec. 2.", "HNA"),
        ),
        # a site's menu is no caption with a credit after its bar
        (
            "Residents | Business | How Do I... | Agenda Center",
            ("Residents | Business | How Do I... | Agenda Center", ""),
        ),
        # an abbreviation in a sentence is no agency's credit
        (
            "Inspectors from the Federal Aviation Administration (FAA)",
            ("Inspectors from the Federal Aviation Administration (FAA)", ""),
        ),
    ],
)
def test_credits_after_a_sign_a_bar_or_an_agency_s_letters(
    caption: str, split: tuple[str, str]
) -> None:
    assert split_credit(caption) == split


@pytest.mark.parametrize(
    "line",
    [
        "Workers rally at the pier on Dec. 2, 2026. (HNA)",
        "Trucks line up at the pier on Dec. 1. (PHOTO NOT FOR SALE) (HNA)",
        "A bus leaves the school in September. © Dirk Halvorsen/Clearwater Courier",
        "A boat passes the warehouses in October. | Naoko Ishiguro",
    ],
)
def test_an_agency_s_letters_after_a_sentence_are_a_pasted_credit(line: str) -> None:
    assert pasted_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the hearing would be held at City Hall | Room 2",
        "Residents | Business | Government | How Do I... | Agenda Center",
        "Officials from the Environmental Protection Agency (EPA) attended.",
        "(END)",
        "(MORE)",
    ],
)
def test_what_is_no_pasted_credit(line: str) -> None:
    assert not pasted_caption(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(END)", "end mark"),
        ("-END-", "end mark"),
        ("minseo@hna.example", "writer's contact"),
        ("By subscribing, you can help us get the story right.", "sign-up or appeal"),
        ("Accept all", "cookie notice"),
        ("We value your privacy. We and our partners use cookies.", "cookie notice"),
        ("Keywords #Busan port #strike", "topic tags"),
        ("LATEST NATIONAL STORIES", "teaser heading"),
        ("KEYWORDS", "teaser heading"),
        ("PHOTO GALLERY (CLICK TO ENLARGE)", "web chrome"),
        ("4 replies from Malik, Jo, and Priya", "comment section"),
    ],
)
def test_furniture_of_the_round(line: str, kind: str) -> None:
    assert furniture(line) == kind


@pytest.mark.parametrize("line", ["KakaoTalk", "Share/Save", "WeChat Weibo"])
def test_share_bars_of_asian_sites(line: str) -> None:
    assert chrome_line(line) == "share buttons"


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Ruiz",  # a byline, read as one
        "Email the writer at ana@example.org to share your story.",  # running text, not alone
        "Journalism is a public good, the professor said.",
    ],
)
def test_lines_the_round_leaves_alone(line: str) -> None:
    assert furniture(line) is None


def test_a_helper_outside_the_newsroom_credited_for_research() -> None:
    line = (
        "Clausen Memorial Museum director Tove Langseth provided archive research for this story."
    )
    assert contributor_names(line) == ["Tove Langseth"]
    assert contributor_names("The museum provided research for this story.") == []


def test_an_attachment_s_placeholder_is_no_alt_text() -> None:
    assert plain_alt("<IMG_4471.jpeg>") == ""
    assert plain_alt("[photo_02.png]") == ""
    assert plain_alt("A crane lifts a skiff") == "A crane lifts a skiff"
