from __future__ import annotations

import json

from tests.helpers import Clone


def test_clean_story_passes_every_draft_check(room: Clone) -> None:
    room.write_story("harbor-seawall")
    room.commit_all("file story")
    result = room.run("check", "harbor-seawall", "--stage", "draft", "--format", "json")
    assert result.code == 0, result.text
    assert json.loads(result.out)["findings"] == []
