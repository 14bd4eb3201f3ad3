"""Reading opvangmonitor's publish tables for the notebooks: delta-rs and pandas, no Spark.

Only the publish layer is read: it is disclosure-controlled (suppressed cells are empty, NaN here).
"""
import os
from pathlib import Path

import pandas as pd
from deltalake import DeltaTable

ALL = "ALL"


LAKE_VARIABLE = "OPVANGMONITOR_LAKE"
# The folder the README's commands run in; a notebook's kernel runs in notebooks/ instead.
REPOSITORY = Path(__file__).resolve().parent.parent


def lake_root(lake: str) -> Path:
    """The lake folder: a relative OPVANGMONITOR_LAKE means the same folder as for the command line, which runs
    from the repository root (a kernel's working directory is notebooks/); other paths are taken as they are."""
    path = Path(lake)
    if not path.is_absolute() and lake == os.environ.get(LAKE_VARIABLE):
        path = REPOSITORY / path
    return path.resolve()


def publish(lake: str, table: str) -> pd.DataFrame:
    """The publish table `publish.<table>` of the lake as a DataFrame; a missing lake or table is an error naming it."""
    root = lake_root(lake)
    if not root.is_dir():
        raise FileNotFoundError(f"no lake at {root} (set {LAKE_VARIABLE} to the lake folder)")
    path = root / "publish" / table
    if not (path / "_delta_log").exists():
        raise FileNotFoundError(f"{path} is not a Delta table: run the pipeline first (see README.md)")
    return DeltaTable(str(path)).to_pandas()


def cells(df: pd.DataFrame, dims: list[str], by: str | None = None, **fixed: str) -> pd.DataFrame:
    """Rows where every dimension in `dims` is ALL, except `by` (any value but ALL) and the `fixed` ones."""
    mask = pd.Series(True, index=df.index)
    for dim in dims:
        if dim == by:
            mask &= df[dim] != ALL
        else:
            mask &= df[dim] == fixed.get(dim, ALL)
    return df[mask]


def by_month(df: pd.DataFrame, time: str, value: str, by: str | None = None) -> pd.DataFrame:
    """A month x series table of `value` (one column per value of `by`, or one column), sorted by time.

    Suppressed cells stay as NaN (gaps in a line), so a series whose every cell is suppressed still has
    its column and a chart of it still draws; `note_suppressed` then says why it is empty.
    """
    frame = df.assign(**{time: pd.to_datetime(df[time])})
    if by is None:
        return frame.set_index(time)[[value]].sort_index().astype(float)
    return frame.pivot_table(index=time, columns=by, values=value, aggfunc="first",
                             dropna=False).sort_index().astype(float)


def note_suppressed(ax, frame: pd.DataFrame) -> None:
    """Writes on the chart that its cells are suppressed when none of them holds a value (small data)."""
    if frame.isna().all().all():
        ax.text(0.5, 0.5, "every cell suppressed (fewer than k persons)", transform=ax.transAxes,
                ha="center", va="center", color="grey")
