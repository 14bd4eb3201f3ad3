"""Reading opvangmonitor's publish tables for the notebooks: delta-rs and pandas, no Spark.

Only the publish layer is read: it is disclosure-controlled (suppressed cells are empty, NaN here).
"""
import os
from pathlib import Path

import matplotlib.transforms
import pandas as pd
from deltalake import DeltaTable

ALL = "ALL"
# What a suppressed cell shows, in the notebooks as in the exports and the report.
SUPPRESSED = "x"


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


def _pivot(df: pd.DataFrame, time: str, value: str, by: str | None) -> pd.DataFrame:
    """A month x series table of column `value` (one column per value of `by`, or one column)."""
    frame = df.assign(**{time: pd.to_datetime(df[time])})
    if by is None:
        return frame.set_index(time)[[value]].sort_index()
    return frame.pivot_table(index=time, columns=by, values=value, aggfunc="first", dropna=False).sort_index()


def by_month(df: pd.DataFrame, time: str, value: str, by: str | None = None) -> pd.DataFrame:
    """A month x series table of `value` (one column per value of `by`, or one column), sorted by time.

    Suppressed cells stay as NaN (gaps in a line), so a series whose every cell is suppressed still has
    its column and a chart of it still draws; `note_suppressed` then says why it is empty.
    """
    return _pivot(df, time, value, by).astype(float)


def marks(df: pd.DataFrame, time: str, value: str, by: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two frames shaped like `by_month`: True where the cell is hidden (named in `hidden_columns`),
    and True where the row is provisional (later deliveries can still change it)."""
    hidden = df["hidden_columns"].map(lambda names: names is not None and value in list(names))
    provisional = df["provisional"].astype(bool) if "provisional" in df else pd.Series(False, index=df.index)
    frame = df.assign(**{value + "__hidden": hidden, value + "__provisional": provisional})
    h = _pivot(frame, time, value + "__hidden", by).fillna(False).astype(bool)
    p = _pivot(frame, time, value + "__provisional", by).fillna(False).astype(bool)
    if by is None:
        h.columns, p.columns = [value], [value]
    return h, p


def draw(values: pd.DataFrame, hidden: pd.DataFrame, provisional: pd.DataFrame, title: str, ylabel: str,
         percent: bool = False, ax=None):
    """A line chart that tells the truth: a marker on every published point (an isolated one shows),
    a grey x at the top of the chart on each date where a series is suppressed (never a 0), a hollow
    point with * where a value is provisional, a 0-100 axis for a percentage, and a note when nothing
    is published. Refuses a hidden cell that holds a number: suppressed values are never drawn."""
    if (values.notna() & hidden.reindex_like(values).fillna(False).astype(bool)).any().any():
        raise ValueError(f"{title}: a suppressed cell holds a value")
    ax = values.plot(marker="o", markersize=4, title=title, ylabel=ylabel, ax=ax)
    top = matplotlib.transforms.blended_transform_factory(ax.transData, ax.transAxes)
    for date in hidden.index[hidden.any(axis=1)]:
        ax.text(date, 0.98, SUPPRESSED, transform=top, ha="center", va="top", color="grey", fontweight="bold")
    for line, column in zip(ax.get_lines(), values.columns):
        flagged = provisional.reindex_like(values)[column].fillna(False).astype(bool) & values[column].notna()
        if flagged.any():
            ax.scatter(values.index[flagged], values[column][flagged], facecolors="white",
                       edgecolors=line.get_color(), zorder=3)
            for date, y in values[column][flagged].items():
                ax.annotate("*", (date, y), textcoords="offset points", xytext=(0, 4), ha="center")
    if percent:
        ax.set_ylim(0, 100)
    ax.set_xlabel(f"{SUPPRESSED} = suppressed (fewer than k persons), * = provisional")
    note_suppressed(ax, values)
    return ax


def self_check() -> None:
    """What run_all.py checks before the notebooks: a suppressed value is not drawn (no 0, a gap and
    an x), an isolated published value has a marker, a provisional value is marked."""
    import matplotlib.pyplot as plt
    import numpy
    dates = pd.to_datetime(["2026-01-31", "2026-02-28", "2026-03-31"])
    df = pd.DataFrame({"month_end": dates, "persons": [None, 12.0, None],
                       "hidden_columns": [["persons"], [], ["persons"]], "provisional": [False, False, True]})
    values = by_month(df, "month_end", "persons")
    hidden, provisional = marks(df, "month_end", "persons")
    ax = draw(values, hidden, provisional, "check", "persons")
    drawn = ax.get_lines()[0]
    ys = numpy.ma.filled(numpy.ma.asarray(drawn.get_ydata(), dtype=float), numpy.nan)
    assert numpy.isnan(ys[0]) and numpy.isnan(ys[2]) and ys[1] == 12.0, f"suppressed drawn as a value: {ys}"
    assert drawn.get_marker() == "o", "an isolated published point needs a marker"
    assert sum(t.get_text() == SUPPRESSED for t in ax.texts) == 2, "each suppressed date is marked x"
    plt.close(ax.figure)


def note_suppressed(ax, frame: pd.DataFrame) -> None:
    """Writes on the chart that its cells are suppressed when none of them holds a value (small data)."""
    if frame.isna().all().all():
        ax.text(0.5, 0.5, "every cell suppressed (fewer than k persons)", transform=ax.transAxes,
                ha="center", va="center", color="grey")
