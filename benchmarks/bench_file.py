"""How long `newsroom file` takes on a 1 MB web page.

    python benchmarks/bench_file.py [--size 1000000] [--runs 5] [--page site|text|word|both|all]

Makes a saved news page of about --size bytes and times the real command (`python -m
newsroom file`, a new process each run, as a reporter runs it) filing it into a temporary
newsroom, each run under a new slug. Two pages (`both`), and a Word file (`word`; `all`
times the three):

- `site`: a page as news sites serve one, whose bytes are mostly what readers never see: a
  masthead and a long menu, inline scripts and styles, the app's state as JSON (which
  repeats the article), icons as inline SVG, then an article of 40 paragraphs with six
  figures, share buttons, ad slots, 30 related teasers and a footer;
- `text`: the worst case, a page that is nearly all article text, made of realistic article
  HTML (paragraphs, figures with captions and credits, share buttons, ad slots) in some 800
  sections, each paragraph, caption and heading worded apart: an article of about 4,000
  paragraphs;
- `word`: a correspondent's Word file whose document part is about --size bytes: the
  text-heavy page's sections as Word paragraphs, with what a correspondent's file carries
  (a bold title, captions with their credits in italics, a grey note to the desk in square
  brackets in every section, a highlighted line), which is what the Word reader scans
  before it converts the file.

Prints each run and the median of each page; the target is 1 s.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.0
PERSON = ("Rosa Torres", "rosa.torres@coastal.example")
CONFIG = f"""name: Coastal Daily Press
people:
  - id: rtorres
    name: {PERSON[0]}
    email: {PERSON[1]}
    roles: [reporter]
require_signed: false
checks: {{}}
"""
HEAD = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbor City approves $42 million seawall | Coastal Daily Press</title>
<meta property="og:title" content="Harbor City approves $42 million seawall">
<meta name="description" content="The council voted 5-2 after four hours of testimony.">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbor City approves $42 million seawall",
"author": [{"@type": "Person", "name": "Rosa Torres"}]}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'article'});</script>
<style>body { font-family: Georgia, serif; } .share a { margin: 0 4px; }</style>
</head><body>
<header class="site-header"><a class="logo" href="/">Coastal Daily Press</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/metro">Metro</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<main><article>
<h1>Harbor City approves $42 million seawall</h1>
<p class="dek">The council voted 5-2 after four hours of testimony.</p>
<p class="byline">By Rosa Torres</p><time datetime="2026-03-03">March 3, 2026</time>
"""
SECTION = """<p>HARBOR CITY, Fla. — The Harbor City Council voted 5-2 on Tuesday night to approve a
$42 million seawall along the eastern waterfront, ending a two-year debate that has divided
the coastal town of roughly 31,000 people, section {n}.</p>
<p>Supporters say the wall will protect more than {homes} homes from storm surge. Critics say
the price tag will double before construction is finished, and experts warn that seawalls
often push erosion onto neighboring beaches.</p>
<div class="ad-slot"><span>Advertisement</span><iframe src="https://ads.example/{n}"></iframe></div>
<figure><img src="/images/seawall-{n}.jpg" alt="Workers in hard hats beside a concrete wall"
width="1200" height="800"><figcaption>Crews survey the eastern waterfront on Tuesday, at
site {n}. <span class="credit">Jane Roe/Reuters</span></figcaption></figure>
<p>"We cannot keep waiting for the next hurricane to make this decision for us," said Mayor
Dana Whitfield, who cast the deciding vote at meeting {n}.</p>
<h2>What comes next, part {n}</h2>
<p>Residents packed the council chamber for more than {hours} hours at hearing {n}. Many
said they were never consulted. "Nobody asked the people who actually live on the water," said
one resident.</p>
<div class="share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
"""
TAIL = """<p><em>Additional reporting by Maria Chen in Harbor City.</em></p></article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ten beaches to see</a></li>
<li><a href="/b">The bridge that cost too much</a></li></ul></aside></main>
<footer><p>© 2026 Coastal Daily Press. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer></body></html>
"""


def _section(n: int) -> str:
    """The article's n-th section: each paragraph, caption and heading its own text, as in a
    real article (no line repeats the one 40 lines above, which no cache could pass over)."""
    return SECTION.format(n=n, homes=f"{3 + n // 1000},{n % 1000:03d}", hours=4 + n % 7)


def page(size: int) -> str:
    """The text-heavy page: the article's sections repeated to `size` bytes."""
    sections, n = [], 0
    while len(HEAD) + sum(map(len, sections)) + len(TAIL) < size:
        n += 1
        sections.append(_section(n))
    return HEAD + "".join(sections) + TAIL


def site_page(size: int) -> str:
    """A page as a news site serves it: scripts, styles, state and icons padding out an
    article of 40 paragraphs (made from the text-heavy page's sections, each distinct)."""
    article = "".join(_section(n) for n in range(1, 9))  # 40 paragraphs, 8 figures
    menu = "".join(f'<li><a href="/section-{n}">Section {n}</a></li>' for n in range(200))
    teasers = "".join(
        f'<li><a href="/story-{n}">Council weighs plan number {n} for the east side</a></li>'
        for n in range(30)
    )
    icon = '<svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>'
    body = (
        f'<nav class="mega-menu"><ul>{menu}</ul></nav>{icon * 40}'
        + article
        + f'<aside class="related"><h3>More news</h3><ul>{teasers}</ul></aside>'
    )
    head, tail = HEAD.replace("<main><article>", "<main><article>"), TAIL
    state = json.dumps({"props": {"article": {"html": article}, "ads": [], "user": None}})
    filler = size - len(head) - len(body) - len(tail) - len(state)
    styles = ".c{color:#333}" * max(0, filler // 3 // 13)
    script = "window.__a=function(n){return n+1};" * max(0, (filler - len(styles)) // 35)
    scripts = (
        f"<style>{styles}</style><script>{script}</script>"
        f'<script id="__NEXT_DATA__" type="application/json">{state}</script>'
    )
    return head.replace("</head>", f"{scripts}</head>") + body + tail


WORD_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}


def _run(text: str, props: str = "") -> str:
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def word_file(size: int) -> bytes:
    """The Word file: the text-heavy page's sections as a correspondent's paragraphs, its
    document part grown to `size` bytes."""
    head = [
        _paragraph(_run("Harbor City approves $42 million seawall", "<w:b/><w:sz w:val=\"36\"/>")),
        _paragraph(_run("The council voted 5-2 after four hours of testimony.", "<w:i/>")),
        _paragraph(_run("By Rosa Torres")),
    ]
    grey = '<w:color w:val="808080"/>'
    parts, n, length = [], 0, sum(map(len, head))
    while length < size:
        n += 1
        section = _section(n)
        texts = [" ".join(p.split()) for p in section.split("<p>")[1:]]
        plain = [t.split("</p>")[0] for t in texts]
        parts.append(
            _paragraph(_run(plain[0]), _run(f" [RT: check the vote count, meeting {n}]", grey))
            + _paragraph(_run(plain[1]))
            + _paragraph(
                _run(f"Crews survey the eastern waterfront on Tuesday, at site {n}. ", "<w:i/>"),
                _run("Photo: Jane Roe/Reuters", "<w:i/>"),
            )
            + _paragraph(_run(plain[2]))
            + _paragraph(_run(f"What comes next, part {n}", "<w:b/>"))
            + _paragraph(_run(plain[3], '<w:highlight w:val="yellow"/>' if n % 5 == 0 else ""))
        )
        length += len(parts[-1])
    tail = _paragraph(_run("Additional reporting by Maria Chen in Harbor City.", "<w:i/>"))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
        '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(head + parts)
        + tail
        + "</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in {**WORD_PARTS, "word/document.xml": document}.items():
            entry = zipfile.ZipInfo(name, (2026, 3, 3, 9, 0, 0))
            archive.writestr(entry, text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def newsroom(folder: Path) -> None:
    folder.mkdir()
    for args in (["init", "-q"], ["config", "user.name", PERSON[0]],
                 ["config", "user.email", PERSON[1]]):
        subprocess.run(["git", *args], cwd=folder, check=True)
    (folder / "newsroom.yaml").write_text(CONFIG)
    (folder / "stories").mkdir()
    (folder / "stories" / ".gitkeep").write_text("")
    subprocess.run(["git", "add", "-A"], cwd=folder, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "newsroom: init"], cwd=folder, check=True)


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes, git's included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--page", choices=("site", "text", "word", "both", "all"), default="both"
    )
    args = parser.parse_args()
    pages = {"site": site_page, "text": page, "word": word_file}
    chosen = {"both": ("site", "text"), "all": tuple(pages)}.get(args.page, (args.page,))
    with tempfile.TemporaryDirectory() as tmp:
        room = Path(tmp) / "room"
        newsroom(room)
        env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": tmp, "NO_COLOR": "1"}
        for kind, make in pages.items():
            if kind not in chosen:
                continue
            made = make(args.size)
            html = Path(tmp) / (f"{kind}.docx" if kind == "word" else f"{kind}.html")
            if isinstance(made, bytes):
                html.write_bytes(made)
            else:
                html.write_text(made, encoding="utf-8")
            times: list[float] = []
            cpus: list[float] = []
            for run in range(args.runs):
                began, cpu = time.perf_counter(), _children_cpu()
                done = subprocess.run(
                    [sys.executable, "-m", "newsroom", "file", str(html), "--slug",
                     f"seawall-{kind}-{run}"],
                    cwd=room, env=env, capture_output=True, text=True,
                )
                took, used = time.perf_counter() - began, _children_cpu() - cpu
                if done.returncode != 0:
                    print(done.stdout[-2000:], done.stderr[-2000:])
                    return 1
                times.append(took)
                cpus.append(used)
                print(f"{kind} page, run {run + 1}: {took:.2f} s wall, {used:.2f} s CPU")
            print(f"{kind} page, {html.stat().st_size / 1e6:.2f} MB, {args.runs} runs: median "
                  f"{statistics.median(times):.2f} s wall (best {min(times):.2f} s), median "
                  f"{statistics.median(cpus):.2f} s CPU; target {TARGET} s; load average "
                  f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
