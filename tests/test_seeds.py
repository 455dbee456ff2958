"""Seed files: headers, fallbacks, page furniture, duplicates and bad files."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from conftest import SEED_000, SEED_001, SEEDS

from monitor.errors import InputError
from monitor.ingest.seeds import parse_seed

UTC = ZoneInfo("UTC")


def test_header_block_gives_section_title_date_author():
    record = parse_seed(SEED_000, (SEEDS / SEED_000).read_bytes(), UTC)
    assert record.section == "World"
    assert record.title == "North Korea Cuts Ties with South: A New Era of Isolation?"
    assert record.published_at == datetime(2024, 10, 10, tzinfo=timezone.utc)
    assert record.author == "Yan"
    # The repeated title and the header are not body text.
    assert record.text.startswith("In a shocking move")
    assert record.title not in record.text
    assert record.guid == SEED_000


def test_date_only_is_midnight_in_the_configured_zone():
    record = parse_seed(SEED_000, (SEEDS / SEED_000).read_bytes(), ZoneInfo("Asia/Seoul"))
    assert record.published_at.astimezone(timezone.utc) == datetime(2024, 10, 9, 15, 0, tzinfo=timezone.utc)


def test_no_header_title_is_first_sentence_and_date_unknown():
    record = parse_seed(SEED_001, (SEEDS / SEED_001).read_bytes(), UTC)
    assert record.title == (
        "In a significant escalation of hostilities, North Korea has taken aggressive steps that threaten "
        "to destabilize the entire Korean Peninsula and beyond."
    )
    assert record.published_at is None and record.author is None and record.section is None


def test_trailing_comments_furniture_is_dropped():
    record = parse_seed(SEED_001, (SEEDS / SEED_001).read_bytes(), UTC)
    assert not record.text.rstrip().endswith("Comments")
    assert record.text.rstrip().endswith("increasingly unstable global landscape.")


def test_crlf_and_bom_are_text():
    content = "\ufeffTitle line here\r\n\r\n2024-01-02\r\n\r\nRussia sent troops to Belarus. More followed.\r\n".encode()
    record = parse_seed("x.txt", content, UTC)
    assert record.title == "Title line here" and "\r" not in record.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("caf\xe9 au lait, troops massed".encode("latin-1"), "not UTF-8"),
        (b"   \n\n", "no article text"),
    ],
)
def test_bad_files_raise_a_message_naming_the_file(content, message):
    with pytest.raises(InputError) as info:
        parse_seed("bad.bin", content, UTC)
    assert str(info.value).startswith("bad.bin: skipped") and message in str(info.value)


def test_bad_file_warns_and_the_others_still_ingest(cli, workdir):
    (workdir / "seeds" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (workdir / "seeds" / "copy_of_001.txt").write_bytes((SEEDS / SEED_001).read_bytes())
    result = cli("run")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "photo.png" in line]
    assert len(warnings) == 1 and "binary" in warnings[0]
    import sqlite3

    with sqlite3.connect(workdir / "monitor.db") as db:
        # The copy has the same text as 001: one article, not two.
        assert db.execute("select count(*) from articles").fetchone()[0] == 2
        assert db.execute("select files_failed from runs").fetchone()[0] == 1
