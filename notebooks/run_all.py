"""Executes every notebook top to bottom, headless (nbclient), against the lake in OPVANGMONITOR_LAKE.

Exits non-zero when opvang's self-check of the chart helper fails (a suppressed value drawn as a
number), a cell errors, or a cell that plots shows no chart, so CI fails.
Usage: python notebooks/run_all.py
"""
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent


def charts_missing(notebook) -> list[int]:
    """Numbers of the code cells that call a plotting function but displayed no image."""
    missing = []
    for number, cell in enumerate(notebook.cells, start=1):
        plots = cell.cell_type == "code" and (".plot(" in cell.source or "draw(" in cell.source
                                              or "plt." in cell.source and "rcParams" not in cell.source)
        images = any("image/png" in output.get("data", {}) for output in cell.get("outputs", []))
        if plots and not images:
            missing.append(number)
    return missing


def main() -> int:
    if "OPVANGMONITOR_LAKE" not in os.environ:
        print("set OPVANGMONITOR_LAKE to the lake to read", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE))
    import opvang
    opvang.self_check()
    print("ok      opvang.self_check: suppressed values are gaps marked x, never 0")
    failed = 0
    for path in sorted(HERE.glob("[0-9][0-9]_*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        try:
            NotebookClient(notebook, timeout=300, kernel_name="python3",
                           resources={"metadata": {"path": str(HERE)}}).execute()
            blank = charts_missing(notebook)
            if blank:
                failed += 1
                print(f"FAILED  {path.name}: no chart drawn by cell(s) {blank}", file=sys.stderr)
            else:
                print(f"ok      {path.name}")
        except CellExecutionError as error:
            failed += 1
            print(f"FAILED  {path.name}: {str(error).splitlines()[-1] if str(error) else error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
