"""The built site in a real browser: Debian's headless Chromium (/usr/bin/chromium, driven
through /usr/bin/chromedriver by Selenium; nothing is downloaded) loads it from a local web
server. The title, the figures and their captions, the JSON-LD, the feeds' links, and that
no script from a story's body runs. A screenshot of the story is saved in the test's folder.

`.ci/run` installs the two packages where apt can; the test is skipped, with the reason,
only where they are not installed.
"""

from __future__ import annotations

import json
import threading
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from newsroom.site.single import server
from tests.helpers import Clone
from tests.site.conftest import SLUG, publish_story

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HOSTILE = "hostile-story"
# What a body's script would do if it ever ran: change the sentinel the test sets.
PAYLOAD = (
    "<script>localStorage.setItem('sentinel', 'script ran')</script> "
    "<img src=\"x\" onerror=\"localStorage.setItem('sentinel', 'onerror ran')\"> "
    "<svg onload=\"localStorage.setItem('sentinel', 'onload ran')\"></svg> "
    "[a link](javascript:localStorage.setItem('sentinel','link ran'))"
)


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.is_file()]
    if missing:
        pytest.skip(f"no browser to test in: {', '.join(missing)} not installed (Debian: "
                    "apt-get install chromium chromium-driver; .ci/run does it where it can)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager: never download a browser

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1200,1600", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def served(site_room: Clone) -> Iterator[str]:
    """The site built and served on 127.0.0.1; its address."""
    body = (site_room.story_dir(SLUG) / "story.md").read_text().split("---\n", 2)[2]
    publish_story(site_room, HOSTILE,
                  front={"headline": "Council </script><script>localStorage.setItem("
                                     "'sentinel','headline ran')</script> votes"},
                  body=body.lstrip("\n") + "\n" + PAYLOAD + "\n")
    result = site_room.run("build")
    assert result.code == 0, result.text
    with server(site_room.path / "public") as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}/"
        finally:
            httpd.shutdown()


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, url
        data: bytes = response.read()
        return data


def test_the_site_in_a_browser(browser: Any, served: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served)
    assert browser.title == "Coastal Daily Press"
    browser.execute_script("localStorage.setItem('sentinel', 'untouched')")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".index a")]
    assert links == [served + HOSTILE + "/", served + SLUG + "/"]

    browser.get(served + SLUG + "/")
    assert browser.title == "Harbor City Council approves $42 million seawall | Coastal Daily Press"
    (figure,) = browser.find_elements(By.TAG_NAME, "figure")
    image = figure.find_element(By.TAG_NAME, "img")
    assert image.get_attribute("alt").startswith("Two workers in hard hats")
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth",
                                  image) > 0
    caption = figure.find_element(By.TAG_NAME, "figcaption").text
    assert caption.startswith("Crews survey the eastern waterfront")
    assert "Samir Khan/Coastal Daily Press" in caption
    article = browser.execute_script(
        "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
        ".textContent)")
    assert article["@type"] == "NewsArticle" and article["headline"] in browser.title
    browser.save_screenshot(str(tmp_path / "story.png"))
    assert (tmp_path / "story.png").stat().st_size > 10_000

    # the feeds the page links to, and every entry's link in them, resolve
    feeds = [x.get_attribute("href")
             for x in browser.find_elements(By.CSS_SELECTOR, "link[rel=alternate]")]
    assert feeds == [served + "feed.xml", served + "feed.json"]
    atom = ET.fromstring(fetch(feeds[0]))
    hrefs = [x.get("href") or "" for x in atom.iter("{http://www.w3.org/2005/Atom}link")
             if x.get("rel") == "alternate"]
    items = json.loads(fetch(feeds[1]))["items"]
    targets = {urljoin(feeds[0], h) for h in hrefs[1:]} | {urljoin(feeds[1], i["url"])
                                                            for i in items}
    assert targets == {served + HOSTILE + "/", served + SLUG + "/"}
    for target in targets:
        browser.get(target)
        assert browser.title.endswith("| Coastal Daily Press")

    # the story whose headline and body hold scripts: shown as text, never run
    browser.get(served + HOSTILE + "/")
    for link in browser.find_elements(By.CSS_SELECTOR, ".body a"):
        link.click()  # a javascript: link would run here, if it had survived
    browser.save_screenshot(str(tmp_path / "hostile.png"))
    assert browser.execute_script("return localStorage.getItem('sentinel')") == "untouched"
    assert "localStorage.setItem('sentinel', 'script ran')" in browser.find_element(
        By.CLASS_NAME, "body").text
    assert browser.title.startswith("Council </script><script>")
    assert not browser.find_elements(By.CSS_SELECTOR, ".body script, .body svg, .body img")


def test_the_driver_is_the_system_s(browser: Any) -> None:
    """Selenium drives Debian's chromedriver named here, not one it fetched."""
    import subprocess

    said = subprocess.run([str(CHROMEDRIVER), "--version"], capture_output=True, text=True)
    driving = browser.capabilities["chrome"]["chromedriverVersion"]
    assert said.stdout.split()[1] == driving.split()[0]
