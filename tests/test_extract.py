"""`monitor extract`: analysis without a database, in the JSON contract other tools rely on."""

from __future__ import annotations

import json

from conftest import SEED_001

FIELDS = {
    "indicator", "sentence", "start", "end", "actor", "target", "quantity", "quantity_text", "unit",
    "negated", "hedged", "hypothetical", "future", "historical", "confidence", "tone", "weight",
}


def test_extract_files_prints_one_hit_per_line(cli, workdir):
    result = cli("extract", f"seeds/{SEED_001}")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) > 10
    for hit in lines:
        assert FIELDS <= hit.keys()
        assert hit["file"] == f"seeds/{SEED_001}"
    assert any(h["indicator"] == "mobilisation" and h["quantity"] == 1_400_000 for h in lines)
    assert not (workdir / "monitor.db").exists(), "extract must not touch the database"


def test_extract_reads_stdin(cli):
    result = cli("extract", "-", input="North Korea did not mobilise its reserves.")
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(h["indicator"], h["negated"], h["actor"], h["file"]) for h in hits] == [("mobilisation", True, "PRK", "-")]


def test_extract_jsonl_scores_a_corpus_in_one_process(cli):
    corpus = "\n".join(
        json.dumps(doc)
        for doc in (
            {"id": "a", "text": "Russia could send more troops."},
            {"id": 7, "text": "The software deployment failed."},
            {"id": "c", "text": "In 1950 North Korean troops crossed the border."},
        )
    )
    result = cli("extract", "--jsonl", "-", input=corpus + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    assert out[0]["hits"][0]["hypothetical"] is True
    assert out[1]["hits"] == []
    assert out[2]["hits"][0]["historical"] is True


def test_extract_jsonl_bad_line_is_one_clear_error(cli):
    result = cli("extract", "--jsonl", "-", input='{"id": 1, "text": "ok"}\nnot json\n')
    assert result.returncode == 65
    assert "-:2: expected a JSON object with id and text" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_missing_file(cli):
    result = cli("extract", "nope.txt")
    assert result.returncode != 0
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr
