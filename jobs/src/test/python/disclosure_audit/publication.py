"""Reads the publish (or gold) tables of a lake as an outsider sees them: values, hidden cells, and what a reason tells."""
import os
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from deltalake import DeltaTable

from .tables import TABLES, ALL

PRIMARY, SECONDARY, HIDDEN = "primary", "secondary", "hidden"


@dataclass
class Table:
    """One table's rows: keys as strings, each count and statistic column as float (NaN = null), hidden cells per column."""
    decl: object
    times: np.ndarray
    dims: pd.DataFrame
    values: dict
    hidden: dict
    # column -> array of PRIMARY / SECONDARY / HIDDEN / None: what the publication says about each hidden cell
    knowledge: dict
    index: dict

    @property
    def name(self):
        return self.decl.name

    def row(self, time, **dims):
        """Row number of (time, dims), dims not given being ALL; None when the row is absent (a known zero)."""
        return self.index.get((time,) + tuple(dims.get(d, ALL) for d in self.decl.dims))


def read_delta(path):
    """A Delta table as pandas, read with delta-rs."""
    return DeltaTable(path).to_pandas()


def _reason_entries(reason):
    """'col: why; col: why' -> {col: why}."""
    entries = {}
    if isinstance(reason, str):
        for part in reason.split("; "):
            column, _, why = part.partition(": ")
            entries[column.strip()] = why.strip()
    return entries


def _knowledge_of(why):
    if why.startswith("primary"):
        return PRIMARY
    if why.startswith("secondary"):
        return SECONDARY
    return HIDDEN


def to_table(decl, df, marks_hidden):
    """Builds a Table; marks_hidden False (gold) treats every cell as published."""
    n = len(df)
    times = df[decl.time].astype(str).to_numpy()
    dims = pd.DataFrame({d: df[d].astype(str).to_numpy() for d in decl.dims}, index=range(n))
    columns = decl.counts + decl.record_counts + tuple(decl.stats)
    values = {c: np.array(pd.to_numeric(df[c], errors="coerce"), dtype=float) for c in columns if c in df}
    hidden = {c: np.zeros(n, dtype=bool) for c in values}
    knowledge = {c: np.full(n, None, dtype=object) for c in values}
    if marks_hidden:
        listed = df["hidden_columns"] if "hidden_columns" in df else pd.Series([None] * n)
        reasons = df["suppression_reason"] if "suppression_reason" in df else pd.Series([None] * n)
        for i, (cols, reason) in enumerate(zip(listed, reasons)):
            entries = _reason_entries(reason)
            names = set(entries) | (set(cols) if cols is not None and not isinstance(cols, float) else set())
            for c in names:
                if c not in values:
                    continue
                if not np.isnan(values[c][i]):
                    raise ValueError(f"{decl.name} row {i}: {c} is listed hidden but has a value")
                hidden[c][i] = True
                knowledge[c][i] = _knowledge_of(entries[c]) if c in entries else HIDDEN
    keys = zip(times, *(dims[d] for d in decl.dims)) if decl.dims else ((t,) for t in times)
    index = {k: i for i, k in enumerate(keys)}
    if len(index) != n:
        raise ValueError(f"{decl.name}: duplicate keys")
    return Table(decl, times, dims, values, hidden, knowledge, index)


def read_layer(lake, layer):
    """Every declared table present in <lake>/<layer>, as Tables (publish: hidden cells marked)."""
    tables = {}
    for name, decl in TABLES.items():
        path = os.path.join(lake, layer, name)
        if os.path.isdir(path):
            tables[name] = to_table(decl, read_delta(path), marks_hidden=(layer == "publish"))
    unknown = set(os.listdir(os.path.join(lake, layer))) - set(TABLES)
    if unknown:
        raise ValueError(f"{layer} has tables the audit does not know: {sorted(unknown)}")
    return tables


def only(tables, names):
    """The given tables of a layer's Tables; an unknown or absent name is an error."""
    missing = sorted(set(names) - set(tables))
    if missing:
        raise ValueError(f"no such publish tables in the lake: {missing}")
    return {name: table for name, table in tables.items() if name in names}


def month_start(date):
    """'2026-06-30' -> '2026-06-01'."""
    return re.sub(r"-\d\d$", "-01", date)
