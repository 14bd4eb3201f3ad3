"""Writes tiny hand-built publish tables (Delta, with delta-rs) for the audit's tests."""
import itertools
import os

import pandas as pd
import pyarrow as pa
from deltalake import write_deltalake

from disclosure_audit.tables import TABLES


def write_publish(lake, name, rows, reasons=False):
    """rows: dicts of time, dims and values; a value None is hidden. Columns not given are 0 (counts) or null.

    reasons=True writes the old format (suppression_reason 'col: primary (<10)' per hidden cell, or the reason
    given in a row's '_why' dict); otherwise hidden_columns.
    """
    decl = TABLES[name]
    records = []
    for row in rows:
        row = dict(row)
        why = row.pop("_why", {})
        record = {decl.time: pd.Timestamp(row.pop("time")).date()}
        record.update({d: row.pop(d, "ALL") for d in decl.dims})
        for c in decl.counts + decl.record_counts:
            record[c] = row.pop(c, 0)
        for c in decl.stats:
            record[c] = row.pop(c, None)
        assert not row, f"unknown columns {row}"
        hidden = [c for c in decl.counts if record[c] is None]
        record["suppressed"] = bool(hidden)
        if reasons:
            record["suppression_reason"] = "; ".join(f"{c}: {why.get(c, 'primary (<10)')}" for c in hidden) or None
        else:
            record["hidden_columns"] = hidden
        records.append(record)
    fields = [pa.field(decl.time, pa.date32())] + [pa.field(d, pa.string()) for d in decl.dims]
    fields += [pa.field(c, pa.int64()) for c in decl.counts + decl.record_counts]
    fields += [pa.field(c, pa.float64()) for c in decl.stats]
    fields += [pa.field("suppressed", pa.bool_())]
    fields += [pa.field("suppression_reason", pa.string())] if reasons else [
        pa.field("hidden_columns", pa.list_(pa.string()))]
    schema = pa.schema(fields)
    table = pa.Table.from_pylist(records, schema=schema)
    write_deltalake(os.path.join(lake, "publish", name), table)


def grid(name, time, part, **values):
    """One row per combination of ALL or the given part value of every dimension of a table, all with the same
    values: a publication whose lines each hold one part (every relation holds)."""
    dims = TABLES[name].dims
    return [dict(zip(dims, combo), time=time, **values)
            for combo in itertools.product(*[("ALL", part[d]) for d in dims])]
