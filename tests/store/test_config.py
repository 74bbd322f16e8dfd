"""newsroom.yaml is read totally: a mistake anywhere in it stops every command with exit 2,
one line naming the file, line and column, what is wrong and the closest valid name; the
repository is left as it was. A file that uses every setting rightly is taken as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsroom.models import Stage
from newsroom.repo import Author
from newsroom.services.setup import config_text
from newsroom.store.check_settings import OPTIONS
from newsroom.store.config import load_config
from tests.helpers import FIXTURES, ROOT, Clone, snapshot

ROSTER = (FIXTURES / "newsroom.yaml").read_text()


def replaced(old: str, new: str) -> str:
    assert old in ROSTER
    return ROSTER.replace(old, new, 1)


# (id, the whole newsroom.yaml, the text the error points at, what the message says)
CASES = [
    (
        "unknown-check-id",
        replaced("checks: {}\n", "checks:\n  headline.case: warning\n  headline.lenght: off\n"),
        "headline.lenght",
        "'headline.lenght' under 'checks' is not a check id or group; "
        "did you mean 'headline.length'?",
    ),
    (
        "unknown-group",
        replaced("checks: {}\n", "checks:\n  captoins: off\n"),
        "captoins",
        "'captoins' under 'checks' is not a check id or group; did you mean 'captions'?",
    ),
    (
        "unknown-check-in-desks",
        ROSTER + "desks:\n  sports:\n    checks:\n      headline.lenght: off\n",
        "headline.lenght",
        "'headline.lenght' under 'desks.sports.checks' is not a check id or group; "
        "did you mean 'headline.length'?",
    ),
    (
        "unknown-check-in-types",
        ROSTER + "types:\n  opinion:\n    checks: {headline: error, dek.presnt: off}\n",
        "dek.presnt",
        "'dek.presnt' under 'types.opinion.checks' is not a check id or group; "
        "did you mean 'dek.present'?",
    ),
    (
        "desk-without-checks",
        ROSTER + "desks:\n  sports:\n    headline.length: off\n",
        "headline.length",
        "'desks.sports.headline.length' is not a setting of a desk; severities go under "
        "'checks', e.g. 'sports: {checks: {headline.length: off}}'",
    ),
    (
        "unknown-role-on-a-person",
        replaced("roles: [fact-checker]", "roles: [fact-cheker]"),
        "fact-cheker",
        "person 'lpark': 'fact-cheker' is not a role; did you mean 'fact-checker'?",
    ),
    (
        "unknown-person-field",
        replaced("    roles: [photo-editor]", "    role: [photo-editor]"),
        "role:",
        "person 'skhan': 'role' is not a field of a person; did you mean 'roles'?",
    ),
    (
        "unknown-role-in-stage-rules",
        ROSTER + "stages:\n  draft: [byline:reporter, editor]\n  publish: [editr]\n",
        "editr",
        "'stages.publish': 'editr' is not a role; did you mean 'editor'?",
    ),
    (
        "unknown-byline-role-in-stage-rules",
        ROSTER + "stages:\n  draft: [byline:reportr, editor]\n",
        "byline:reportr",
        "'stages.draft': 'reportr' is not a role; did you mean 'reporter'?",
    ),
    (
        "unknown-stage",
        ROSTER + "stages:\n  factcheck: [fact-checker]\n",
        "factcheck",
        "'stages.factcheck' is not a stage with a sign-off; did you mean 'fact-check'?",
    ),
    (
        "unknown-setting",
        ROSTER + "require_signd: true\n",
        "require_signd",
        "'require_signd' is not a setting of newsroom.yaml; did you mean 'require_signed'?",
    ),
    (
        "wrong-type-for-an-option",
        ROSTER + "options: {body: {min_words: lots}}\n",
        "lots",
        "'options.body.min_words' must be a whole number, e.g. 150, not 'lots'",
    ),
    (
        "quoted-number-for-an-option",
        ROSTER + "options:\n  body:\n    min_words: '300'\n",
        "'300'",
        "'options.body.min_words' must be a whole number, e.g. 150, not '300'; "
        "write it without quotes",
    ),
    (
        "unknown-option",
        ROSTER + "options:\n  headline:\n    max_length: 90\n    min_lenght: 30\n",
        "min_lenght",
        "'options.headline.min_lenght' is not an option of the headline checks; "
        "did you mean 'min_length'?",
    ),
    (
        "unknown-option-group",
        ROSTER + "options:\n  headlines: {min_length: 30}\n",
        "headlines",
        "'options.headlines' is not a check group with options; did you mean 'headline'?",
    ),
    (
        "unknown-word-for-an-option",
        ROSTER + "options:\n  headline: {case: titel}\n",
        "titel",
        "'options.headline.case' must be one of: sentence, title, not 'titel'; "
        "did you mean 'title'?",
    ),
    (
        "wrong-type-for-a-severity",
        replaced("checks: {}\n", "checks:\n  headline.case: 3\n"),
        "3",
        "'checks.headline.case' is 3; use one of: error, warning, suggestion, off",
    ),
    (
        "misspelt-severity",
        ROSTER + "types:\n  opinion:\n    checks: {headline: eror}\n",
        "eror",
        "'types.opinion.checks.headline' is 'eror'; use one of: error, warning, suggestion, "
        "off; did you mean 'error'?",
    ),
    (
        "wrong-type-for-require-signed",
        replaced("require_signed: false", "require_signed: 'yes'"),
        "'yes'",
        "'require_signed' must be true or false, not 'yes'",
    ),
    (
        "negative-number",
        ROSTER + "options:\n  body: {min_words: -5}\n",
        "-5",
        "'options.body.min_words' must be a whole number from 0 to 100000, not -5",
    ),
    (
        "number-beyond-floats",
        ROSTER + "options:\n  body: {min_words: 1.0e+999}\n",
        "1.0e+999",
        "'options.body.min_words' must be a whole number, e.g. 150, not inf",
    ),
    (
        "1e999",
        ROSTER + "options:\n  headline: {max_length: 1e999}\n",
        "1e999",
        "'options.headline.max_length' must be a whole number, e.g. 100, not '1e999'",
    ),
    (
        "4300-digit-number",
        ROSTER + "options:\n  body: {min_words: " + "9" * 4300 + "}\n",
        "9999",
        "'options.body.min_words' must be a whole number from 0 to 100000, "
        "not a number of 4300 digits",
    ),
    (
        "4301-digit-number",
        ROSTER + "options:\n  body: {min_words: " + "9" * 4301 + "}\n",
        "9999",
        "cannot read '99999",
    ),
    (
        "lengths-out-of-order",
        ROSTER + "options:\n  headline: {max_length: 15}\n",
        "15",
        "'options.headline.min_length' (20) is more than max_length (15); "
        "no headline could pass",
    ),
    (
        "path-for-a-signing-key",
        replaced("    roles: [photo-editor]",
                 "    roles: [photo-editor]\n    signing_key: ~/.ssh/id_ed25519.pub"),
        "~/.ssh",
        "person 'skhan': 'signing_key' must be an SSH public key",
    ),
]


def where(text: str, needle: str) -> str:
    """'newsroom.yaml:LINE:COL' of the first place `needle` stands in `text`."""
    before = text[: text.index(needle)]
    return f"newsroom.yaml:{before.count(chr(10)) + 1}:{len(before.rsplit(chr(10), 1)[-1]) + 1}"


def configured(room: Clone, text: str) -> Clone:
    (room.path / "newsroom.yaml").write_text(text)
    room.write_story("harbor-seawall")
    room.commit_all("configure the newsroom")
    return room


def refused(room: Clone, *args: str) -> str:
    """The one error line of a command refused for bad input; the repository unchanged."""
    before = snapshot(room.path)
    result = room.run(*args)
    assert snapshot(room.path) == before, "the command changed the repository"
    assert result.code == 2, result.text
    assert "Traceback" not in result.text and "internal error" not in result.text
    errors = [line for line in result.text.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.text
    return errors[0]


@pytest.mark.parametrize(
    ("text", "needle", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_mistake_names_its_line_and_the_closest_name(
    room: Clone, text: str, needle: str, message: str
) -> None:
    configured(room, text)
    for args in (("check", "--all"), ("status",)):
        line = refused(room, *args)
        assert line.startswith(f"error: {where(text, needle)}: {message}"), line


def test_every_command_refuses_the_file(room: Clone) -> None:
    configured(room, ROSTER + "options: {body: {min_words: lots}}\n")
    for args in (("check", "harbor-seawall"), ("show", "harbor-seawall"),
                 ("new", "tide-gauges", "--headline", "Tide gauges fail in storm")):
        assert "'options.body.min_words' must be a whole number" in refused(room, *args)


FULL = ROSTER.replace("roles: [photo-editor]", "roles: [photo-editor, copy-editor]").replace(
    "checks: {}\n",
    """\
four_eyes: true
roles: [copy-editor]
stages:
  contributor-credit: [copy-editor, editor]
  publish: editor
credit_roles: [reporting, writing, editing, photography]
checks:
  headline.case: warning
  dek: off
desks:
  sports: {checks: {headline.length: off}}
types:
  opinion:
    checks: {headline: error}
options:
  headline: {min_length: 10, max_length: 80, case: sentence}
  body: {min_words: 2000}
""",
)


def test_a_file_using_every_setting_is_taken_as_written(room: Clone) -> None:
    configured(room, FULL)
    result = room.run("check", "harbor-seawall", "--stage", "draft", "--format", "json")
    assert result.code == 1, result.text  # the clean story is short of 2,000 words
    found = {f["check"]: f for f in json.loads(result.out)["findings"]}
    assert re.search(r"write at least 2000$", found["body.length"]["message"])
    assert room.run("status").code == 0
    config = load_config(room.path)
    photo_editor = config.person("skhan")
    assert photo_editor is not None and photo_editor.roles == ("photo-editor", "copy-editor")
    assert config.four_eyes and config.credit_roles == ("reporting", "writing", "editing",
                                                        "photography")
    assert config.stage_owners[Stage.CONTRIBUTOR_CREDIT] == ("copy-editor", "editor")
    assert config.stage_owners[Stage.PUBLISH] == ("editor",)
    assert config.checks.option("headline", "max_length") == 80
    assert config.checks.option("headline", "case") == "sentence"
    assert config.checks.severity_for("dek.present", "metro", "news") == "off"
    assert config.checks.severity_for("headline.length", "sports", "news") == "off"
    assert config.checks.severity_for("headline.case", "sports", "opinion") == "error"


def test_options_left_out_keep_their_defaults(tmp_path: Path) -> None:
    (tmp_path / "newsroom.yaml").write_text(ROSTER + "options: {headline: {max_length: 90}}\n")
    settings = load_config(tmp_path).checks
    assert settings.option("headline", "max_length") == 90
    assert settings.option("headline", "min_length") == 20
    assert settings.option("body", "min_words") == 150


def test_the_readme_example_is_a_valid_file(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "newsroom.yaml").write_text(example)
    config = load_config(tmp_path)
    assert config.checks.option("headline", "case") == "sentence"


def test_the_init_file_shows_every_option_with_its_default() -> None:
    text = config_text("Coastal Daily Press", Author("Rosa Torres", "rosa@coastal.example"))
    for group, options in OPTIONS.items():
        shown = re.search(rf"(?m)^#\s+{group}: \{{(.*)\}}", text)
        assert shown, f"newsroom init does not show the options of {group}"
        for key, option in options.items():
            assert f"{key}: {option.default}" in shown[1], f"{group}.{key}"
