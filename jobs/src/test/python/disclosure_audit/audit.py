"""The audit: one linear system for the whole publication, every hidden count's feasible interval, and the leaks."""
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .intervals import Row, components, integer_count, solve_component
from .publication import PRIMARY, SECONDARY, read_layer
from .relations import all_relations


@dataclass
class Cell:
    table: str
    time: str
    dims: dict
    column: str


@dataclass
class Result:
    k: int
    hidden: dict = field(default_factory=lambda: defaultdict(int))  # table -> hidden count cells
    narrow: list = field(default_factory=list)  # [(Cell, lo, hi, integers)]
    stat_leaks: list = field(default_factory=list)  # [(Cell, why)]
    small_published: list = field(default_factory=list)  # [(Cell, value)]: published counts of 1..k-1
    seconds: float = 0.0
    variables: int = 0
    relations: int = 0
    components: int = 0
    solved: int = 0  # cells whose min and max were solved (the rest: proven wide by other solutions, or bounds)

    @property
    def passed(self):
        return not self.narrow and not self.stat_leaks and not self.small_published


class System:
    """Hidden (and null) count cells as variables, the relations with published values substituted."""

    def __init__(self, tables, k):
        self.tables = tables
        self.cells = []
        self.var_of = {}
        lb, ub, secondary, audited = [], [], [], []
        for table in tables.values():
            for column in table.decl.counts:
                values = table.values.get(column)
                if values is None:
                    continue
                for r in np.flatnonzero(np.isnan(values)):
                    knowledge = table.knowledge[column][r]
                    self.var_of[(table.name, r, column)] = len(self.cells)
                    self.cells.append((table.name, r, column))
                    lb.append(1.0 if knowledge == PRIMARY else 0.0)
                    ub.append(float(k - 1) if knowledge == PRIMARY else np.inf)
                    secondary.append(knowledge == SECONDARY)
                    audited.append(bool(table.hidden[column][r]))
        self.lb, self.ub = np.array(lb), np.array(ub)
        self.secondary, self.audited = np.array(secondary, dtype=bool), np.array(audited, dtype=bool)
        self.rows = []
        for rel in all_relations(tables):
            row = self._substitute(rel)
            if row is not None:
                self.rows.append(row)

    def _substitute(self, rel):
        coefs = defaultdict(float)
        constant = 0.0
        for key, coef in rel.terms:
            v = self.var_of.get(key)
            if v is None:
                table, r, column = key
                constant += coef * self.tables[table].values[column][r]
            else:
                coefs[v] += coef
        coefs = {v: c for v, c in coefs.items() if c != 0.0}
        if not coefs:
            return None
        return Row(np.fromiter(coefs, dtype=np.int64), np.fromiter(coefs.values(), dtype=float), rel.sense,
                   -constant)

    def describe(self, v):
        table, r, column = self.cells[v]
        t = self.tables[table]
        return Cell(table, str(t.times[r]), {d: t.dims[d].iloc[r] for d in t.decl.dims}, column)


def statistic_leaks(tables, k):
    """Published statistics whose base or input count is hidden, or whose base counts fewer than k persons."""
    leaks = []
    for table in tables.values():
        for stat, decl in table.decl.stats.items():
            values = table.values.get(stat)
            if values is None:
                continue
            persons_base = all(c in table.decl.counts for c in decl.base)
            for r in np.flatnonzero(~np.isnan(values)):
                hidden = [c for c in decl.base + decl.inputs if np.isnan(table.values[c][r])]
                cell = Cell(table.name, str(table.times[r]), {d: table.dims[d].iloc[r] for d in table.decl.dims}, stat)
                if hidden:
                    leaks.append((cell, f"statistic over a hidden base ({', '.join(hidden)})"))
                elif persons_base and 0 < sum(table.values[c][r] for c in decl.base) < k:
                    leaks.append((cell, f"statistic over fewer than {k} persons"))
    return leaks


def small_published(tables, k):
    """Published counts of persons (or their events and days) of 1..k-1: primary suppression failed."""
    found = []
    for table in tables.values():
        for column in table.decl.counts:
            values = table.values[column]
            for r in np.flatnonzero((values > 0) & (values < k)):
                found.append((Cell(table.name, str(table.times[r]),
                                   {d: table.dims[d].iloc[r] for d in table.decl.dims}, column), float(values[r])))
    return found


def run(lake, k=10, tables=None, solve_narrow_bounds=False, jobs=1):
    """Audits the publication of a lake (or given publish Tables); solve_narrow_bounds also solves the cells a
    primary reason already pins to 1..k-1 (slower; only to count the cells recovered exactly); jobs > 1 solves
    the components in that many processes."""
    start = time.time()
    tables = tables if tables is not None else read_layer(lake, "publish")
    system = System(tables, k)
    result = Result(k=k, variables=len(system.cells), relations=len(system.rows))
    for v in np.flatnonzero(system.audited):
        result.hidden[system.cells[v][0]] += 1
    result.stat_leaks = statistic_leaks(tables, k)
    result.small_published = small_published(tables, k)
    comps = [(vs, rows) for vs, rows in components(len(system.cells), system.rows) if system.audited[vs].any()]
    result.components = len(comps)
    comps.sort(key=lambda comp: -len(comp[0]))  # largest first: the processes finish together
    tasks = [(vs, [system.rows[i] for i in rows], system.lb[vs], system.ub[vs], k, system.secondary[vs],
              solve_narrow_bounds) for vs, rows in comps]
    if jobs > 1:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            solved = list(pool.map(_solve, tasks))
    else:
        solved = [_solve(task) for task in tasks]
    for (variables, _), (lo, hi, exact) in zip(comps, solved):
        result.solved += int(exact.sum())
        for v, low, high in zip(variables, lo, hi):
            n = integer_count(low, high)
            if system.audited[v] and n < k:
                result.narrow.append((system.describe(v), float(low), float(high), int(n)))
    result.seconds = time.time() - start
    return result


def _solve(task):
    variables, rows, lb, ub, k, secondary, solve_narrow_bounds = task
    if not rows:
        return lb, ub, np.zeros(len(variables), dtype=bool)
    return solve_component(variables, rows, lb, ub, k, secondary, solve_narrow_bounds)


def gold_value(gold_tables, cell):
    """The true value of a cell in the gold Tables of the lake."""
    table = gold_tables[cell.table]
    r = table.row(cell.time, **cell.dims)
    return None if r is None else float(table.values[cell.column][r])
