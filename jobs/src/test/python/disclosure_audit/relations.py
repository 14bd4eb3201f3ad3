"""Every linear relation between published cells an outsider who read metrics.md can write down.

A relation is sum(coef * cell) == 0 ("=") or <= 0 ("<="); a cell is (table, row, column); a row missing from
a table is a known zero and simply has no term. The same code builds the relations on gold, where
verify_on_gold checks that each one holds exactly.
"""
from dataclasses import dataclass

import numpy as np

from .publication import month_start
from .tables import ALL, MINOR_BANDS, EMERGENCY


@dataclass
class Relation:
    terms: list  # [((table, row, column), coef)]
    sense: str  # "=" or "<="
    kind: str  # what it is, for the verification report


def _cell(table, row, column):
    return (table.name, row, column)


def margins(table):
    """Along every dimension: ALL row = sum of the rows with a real value, other dimensions and time fixed;
    for a distinct-person column only total <= sum(parts) and part <= total."""
    decl = table.decl
    frame = table.dims.assign(_time=table.times)
    for dim in decl.dims:
        others = ["_time"] + [d for d in decl.dims if d != dim]
        is_all = (table.dims[dim] == ALL).to_numpy()
        for rows in frame.groupby(others, sort=False).indices.values():
            totals = [r for r in rows if is_all[r]]
            parts = [r for r in rows if not is_all[r]]
            if not parts and not totals:
                continue
            for column in decl.counts:
                kind = f"{decl.name}.{column} along {dim}"
                total_terms = [(_cell(table, r, column), 1.0) for r in totals]
                part_terms = [(_cell(table, r, column), -1.0) for r in parts]
                if dim in decl.total_at_most_sum_along.get(column, ()):
                    yield Relation(total_terms + part_terms, "<=", kind + " (total <= sum)")
                elif dim in decl.distinct_along.get(column, ()):
                    yield Relation(total_terms + part_terms, "<=", kind + " (distinct: total <= sum)")
                    for r in parts:
                        yield Relation([(_cell(table, r, column), 1.0)] + [(c, -1.0) for c, _ in total_terms],
                                       "<=", kind + " (distinct: part <= total)")
                else:
                    yield Relation(total_terms + part_terms, "=", kind)


def row_relations(table):
    """Row totals, sub-counts and linear shares within each row."""
    decl = table.decl
    n = len(table.times)
    for total, parts in decl.row_totals.items():
        for r in range(n):
            yield Relation([(_cell(table, r, total), 1.0)] + [(_cell(table, r, p), -1.0) for p in parts], "=",
                           f"{decl.name}.{total} = sum of {'+'.join(parts)}")
    for small, large in decl.sub_counts:
        for r in range(n):
            yield Relation([(_cell(table, r, small), 1.0)] + [(_cell(table, r, c), -1.0) for c in large], "<=",
                           f"{decl.name}.{small} <= {'+'.join(large)}")
    for share in decl.shares:
        stat = table.values[share.stat]
        for r in np.flatnonzero(~np.isnan(stat)):
            yield Relation([(_cell(table, r, c), share.scale) for c in share.numerator]
                           + [(_cell(table, r, c), -stat[r]) for c in share.denominator], "=",
                           f"{decl.name}.{share.stat} * ({'+'.join(share.denominator)}) = "
                           f"{share.scale:g} * {'+'.join(share.numerator)}")


def _sum_terms(table, column, time, rows_dims, coef=1.0):
    terms = []
    for dims in rows_dims:
        r = table.row(time, **dims)
        if r is not None:
            terms.append((_cell(table, r, column), coef))
    return terms


def _month_ends(table):
    """month start -> month_end value of a month_end-keyed table."""
    return {month_start(t): t for t in set(table.times)}


def links(tables):
    """The same quantity published in two tables (metrics.md), as equations between their cells."""
    occ = tables.get("occupancy_monthly")
    rate = tables.get("relocation_rate_monthly")
    emergency = tables.get("emergency_stay_monthly")
    moves = tables.get("relocations_monthly")
    headline = tables.get("headline")
    if occ is not None and rate is not None:
        ends = _month_ends(occ)
        for r in range(len(rate.times)):
            end = ends.get(rate.times[r])
            if end is None:
                continue
            d = rate.dims.iloc[r]
            bands = MINOR_BANDS if d["age_band"] == ALL else (d["age_band"],)
            occ_rows = [dict(category=d["category"], amv=d["amv"], age_band=b) for b in bands]
            yield Relation([(_cell(rate, r, "children_at_month_end"), 1.0)]
                           + _sum_terms(occ, "persons", end, occ_rows, -1.0), "=",
                           "relocation_rate_monthly.children_at_month_end = occupancy_monthly.persons (minors, "
                           "opvangvorm and provincie ALL)")
    if occ is not None and emergency is not None:
        for r in range(len(emergency.times)):
            d = emergency.dims.iloc[r]
            cats = EMERGENCY if d["category"] == ALL else (d["category"],)
            occ_rows = [dict(category=c, provincie=d["provincie"], amv=d["amv"], age_band=b)
                        for c in cats for b in MINOR_BANDS]
            yield Relation([(_cell(emergency, r, "ongoing_spells"), 1.0)]
                           + _sum_terms(occ, "persons", emergency.times[r], occ_rows, -1.0), "=",
                           "emergency_stay_monthly.ongoing_spells = occupancy_monthly.persons (minors in NOODOPVANG "
                           "and CRISISNOODOPVANG, opvangvorm ALL)")
    if moves is not None and rate is not None:
        for r in range(len(rate.times)):
            d = rate.dims.iloc[r]
            if d["age_band"] != ALL:
                continue
            yield Relation([(_cell(rate, r, "moves_out"), 1.0)]
                           + _sum_terms(moves, "moves", rate.times[r],
                                        [dict(from_category=d["category"], amv=d["amv"])], -1.0), "=",
                           "relocation_rate_monthly.moves_out (age_band ALL) = relocations_monthly.moves "
                           "(from_category, to_category and reden ALL)")
    if headline is not None:
        yield from _headline_links(tables, headline)


def _headline_links(tables, headline):
    """The current headline slice (latest as_of) against the month-end cells it comes from."""
    as_of = max(headline.times)
    h = headline.row(as_of)
    occ = tables.get("occupancy_monthly")
    emergency = tables.get("emergency_stay_monthly")
    school = tables.get("school_access")
    minors = [dict(age_band=b) for b in MINOR_BANDS]
    if occ is not None and as_of in set(occ.times):
        from_occ = {
            "minors_in_reception": minors,
            "in_noodopvang": [dict(m, category="NOODOPVANG") for m in minors],
            "in_crisisnoodopvang": [dict(m, category="CRISISNOODOPVANG") for m in minors],
            "amv_minors": [dict(m, amv="J") for m in minors],
            "amv_18plus_in_amv_reception": [dict(opvangvorm="AMV", amv="J", age_band="18+")],
        }
        for column, rows in from_occ.items():
            yield Relation([(_cell(headline, h, column), 1.0)] + _sum_terms(occ, "persons", as_of, rows, -1.0), "=",
                           f"headline.{column} = occupancy_monthly.persons on as_of")
    if emergency is not None and as_of in set(emergency.times):
        for column, source in (("ongoing_emergency_spells", "ongoing_spells"),
                               ("ongoing_emergency_over_183_days", "ongoing_over_183_days")):
            yield Relation([(_cell(headline, h, column), 1.0)] + _sum_terms(emergency, source, as_of, [{}], -1.0),
                           "=", f"headline.{column} = emergency_stay_monthly.{source} on as_of")
    if school is not None:
        national = [r for r in range(len(school.times)) if (school.dims.iloc[r] == ALL).all()]
        yield Relation([(_cell(headline, h, "overdue_school"), 1.0)]
                       + [(_cell(school, r, "overdue"), -1.0) for r in national], "<=",
                       "headline.overdue_school <= sum over cohorts of school_access.overdue (national rows)")


def all_relations(tables):
    for table in tables.values():
        yield from margins(table)
        yield from row_relations(table)
    yield from links(tables)


def verify_on_gold(gold_tables, tolerance=1e-6):
    """Relations (built on gold) that do not hold on gold, as (kind, violation) with the first failing example."""
    failures = {}
    checked = {}
    for rel in all_relations(gold_tables):
        value = sum(coef * gold_tables[t].values[c][r] for (t, r, c), coef in rel.terms)
        scale = 1.0 + sum(abs(coef * gold_tables[t].values[c][r]) for (t, r, c), coef in rel.terms)
        bad = abs(value) > tolerance * scale if rel.sense == "=" else value > tolerance * scale
        checked[rel.kind] = checked.get(rel.kind, 0) + 1
        if bad and rel.kind not in failures:
            failures[rel.kind] = (value, rel.terms)
    return checked, failures
