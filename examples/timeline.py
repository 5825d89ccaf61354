#!/usr/bin/python3
"""Load articles into nato_news from Python and print a timeline (psycopg 3).

    python3 examples/timeline.py "dbname=news" sample/            # every *.txt of a folder
    python3 examples/timeline.py "dbname=news" sample/ "person:Jens Stoltenberg"

Publication dates the text lacks are read from the folder's manifest.tsv (file, date).
The connection needs the extension created in that database.
"""
import csv
import sys
from pathlib import Path

import psycopg


def manifest_dates(folder: Path) -> dict:
    manifest = folder / "manifest.tsv"
    if not manifest.exists():
        return {}
    with manifest.open(newline="", encoding="utf-8") as f:
        return {row["file"]: row["published"] or None for row in csv.DictReader(f, delimiter="\t")}


def main(dsn: str, folder: str, who: str = "person:Jens Stoltenberg") -> int:
    folder_path = Path(folder)
    dates = manifest_dates(folder_path)
    with psycopg.connect(dsn) as conn:
        for path in sorted(folder_path.glob("*.txt")):
            article_id = conn.execute(
                "SELECT nato_news.ingest(%s, %s, %s)",
                (path.read_text(encoding="utf-8"), dates.get(path.name), path.resolve().as_uri()),
            ).fetchone()[0]
            print(f"ingested {path.name} as article {article_id}")
        conn.commit()
        conn.autocommit = True          # refresh() commits after each batch
        conn.execute("CALL nato_news.refresh()")
        rows = conn.execute(
            "SELECT date_value, event_type, mode, status, summary, sources, article_ids "
            "FROM nato_news.timeline(%s::nato_news.entity)", (who,)).fetchall()
    for date_value, event_type, mode, status, summary, sources, article_ids in rows:
        print(f"{date_value:<22} {event_type:<8} {mode:<12} {status:<9} {summary}  "
              f"[{sources} source(s): {article_ids}]")
    return 0 if rows else 1


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:4]))
