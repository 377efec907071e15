"""Benchmark: seconds to render each worksheet's PDFs and each session packet, cold and cached.

Run with `make benchmark`. Renders into a temporary cache, so the project's own cache is untouched.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from iopc import load, packets, pdfs  # noqa: E402


def timed(label: str, jobs) -> float:
    start = time.perf_counter()
    rendered = pdfs.ensure(jobs)
    seconds = time.perf_counter() - start
    print(f"{label}: {rendered} PDF(s) rendered in {seconds:.2f} s")
    return seconds


def main() -> int:
    project, _ = load.load_project(ROOT)
    project.pdfs = True
    with tempfile.TemporaryDirectory() as cache_root:
        project.root = Path(cache_root)
        sheets = pdfs.worksheet_jobs(project)
        per_sheet = {}
        for sheet_id in project.worksheets:
            jobs = [job for job in sheets if job[0].split("/")[1] == sheet_id]
            start = time.perf_counter()
            for job in jobs:          # one at a time, to measure a single worksheet
                pdfs._render_job((job[1], str(job[2]), job[3]))
            per_sheet[sheet_id] = (time.perf_counter() - start, len(jobs))
        for sheet_id, (seconds, count) in sorted(per_sheet.items(), key=lambda item: -item[1][0]):
            print(f"  {sheet_id}: {seconds:.2f} s for {count} PDFs ({seconds / count:.2f} s each)")
        total = sum(seconds for seconds, _ in per_sheet.values())
        print(f"worksheets: {total / max(len(per_sheet), 1):.2f} s per worksheet (all sizes and kinds), one core")
        timed("worksheets again, cached", sheets)
        packet_jobs = packets.session_jobs(project)
        seconds = timed("session packets, cold, all cores", packet_jobs)
        print(f"session packets: {seconds / max(len(packet_jobs), 1):.2f} s per packet")
        timed("session packets again, cached", packet_jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
