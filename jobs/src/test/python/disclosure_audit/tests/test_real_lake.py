"""The audit's relations and teeth on a real generated lake, given by OPVANGMONITOR_AUDIT_LAKE."""
import os

import numpy as np
import pytest

from disclosure_audit.audit import gold_value, run
from disclosure_audit.publication import PRIMARY, SECONDARY, only, read_delta, read_layer
from disclosure_audit.relations import verify_on_gold
from disclosure_audit.tables import TABLES

LAKE = os.environ.get("OPVANGMONITOR_AUDIT_LAKE")
needs_lake = pytest.mark.skipif(not LAKE, reason="OPVANGMONITOR_AUDIT_LAKE is not set: no generated lake to check "
                                                 "the relations on and to mutate")
LOG = os.path.join(LAKE or "", "ops", "disclosure_log")
K = int(os.environ.get("OPVANGMONITOR_AUDIT_K", "10"))
# CI audits the tables whose LPs take seconds (all but school_access and missed_school_monthly, about 15 minutes)
ONLY = [t for t in os.environ.get("OPVANGMONITOR_AUDIT_TABLES", "").split(",") if t]


def publish_tables():
    """The publish tables the audit covers here: all, or those OPVANGMONITOR_AUDIT_TABLES names."""
    tables = read_layer(LAKE, "publish")
    return only(tables, ONLY) if ONLY else tables


@needs_lake
def test_every_relation_the_audit_uses_holds_exactly_on_gold():
    checked, failures = verify_on_gold(read_layer(LAKE, "gold"))

    assert not failures, {kind: value for kind, (value, _) in failures.items()}
    assert sum(checked.values()) > 0


@needs_lake
def test_every_declared_count_column_is_in_gold():
    gold = read_layer(LAKE, "gold")
    for name, table in gold.items():
        assert set(TABLES[name].counts) <= set(table.values), name


@pytest.fixture(scope="module")
def log():
    if not os.path.isdir(LOG):
        pytest.skip(f"{LOG} is not in the lake yet: no per-cell reasons to mutate the publication with")
    return read_delta(LOG)


def logged_cells(tables, log, reasons):
    """(table, row, column) of the log's cells with one of the reasons."""
    cells = []
    for entry in log[log["reason"].isin(reasons) & log["table_name"].isin(list(tables))].itertuples():
        table = tables[entry.table_name]
        dims = dict(part.split("=", 1) for part in entry.dimensions.split(";") if part)
        r = table.row(str(entry.time_value), **dims)
        assert r is not None, f"log names a row missing from publish: {entry}"
        cells.append((table, r, entry.column_name))
    return cells


def narrow_set(result):
    return {(c.table, c.time, tuple(c.dims.items()), c.column) for c, *_ in result.narrow}


@pytest.fixture(scope="module")
def audit():
    return run(LAKE, K, tables=publish_tables(), jobs=os.cpu_count())


@pytest.fixture(scope="module")
def baseline(log, audit):
    return narrow_set(audit)


@needs_lake
def test_the_publication_leaves_every_hidden_count_at_least_k_values(audit):
    assert not audit.narrow, [(c.table, c.time, c.dims, c.column, lo, hi) for c, lo, hi, _ in audit.narrow[:5]]
    assert not audit.stat_leaks and not audit.small_published


@needs_lake
def test_every_interval_the_audit_finds_holds_the_true_value(audit):
    gold = read_layer(LAKE, "gold")
    for cell, lo, hi, _ in audit.narrow:
        assert lo - 1e-6 <= gold_value(gold, cell) <= hi + 1e-6, cell


@needs_lake
def test_the_per_cell_reasons_break_the_publication(log, baseline):
    tables = publish_tables()
    for table, r, column in logged_cells(tables, log, ["primary"]):
        table.knowledge[column][r] = PRIMARY
    # a complement is 0 or at least k; a 'linked' cell shares its twin's value, which may be 1..k-1
    for table, r, column in logged_cells(tables, log, ["complement"]):
        table.knowledge[column][r] = SECONDARY

    mutated = run(LAKE, K, tables=tables, jobs=os.cpu_count())

    assert not mutated.passed
    assert narrow_set(mutated) > baseline


@needs_lake
def test_publishing_the_linked_cells_breaks_the_publication(log, baseline):
    tables = publish_tables()
    gold = read_layer(LAKE, "gold")
    restored = logged_cells(tables, log, ["linked"])
    if not restored:
        pytest.skip("the disclosure log has no cell hidden only for a link")
    for table, r, column in restored:
        g = gold[table.name]
        table.values[column][r] = g.values[column][g.row(table.times[r], **table.dims.iloc[r].to_dict())]
        table.hidden[column][r] = False
        table.knowledge[column][r] = None
    assert all(not np.isnan(t.values[c][r]) for t, r, c in restored)

    mutated = run(LAKE, K, tables=tables, jobs=os.cpu_count())

    assert not mutated.passed
    assert narrow_set(mutated) - baseline
