"""Feasible interval of every hidden count under a linear system, by LP (HiGHS), one model per connected component.

Each LP solution is a feasible point for every variable of its component, so the widest values seen so far
prove a variable wide without its own LPs: only variables whose seen range is still narrower than k get
their min and max solved (warm-started: only the objective changes).
"""
from dataclasses import dataclass

import highspy
import numpy as np

EPS = 1e-6
# random-sign objectives over the unproven variables, solved first per component while they prove more than 5%
# of the rest wide: their vertices prove most variables wide for one LP each
MAX_SPREAD = 40


@dataclass
class Row:
    """sum(coefs * x[vars]) sense rhs, sense '=' or '<='."""
    vars: np.ndarray
    coefs: np.ndarray
    sense: str
    rhs: float


def components(n_vars, rows):
    """Connected components of variables linked by rows: list of (variable ids, row ids)."""
    parent = np.arange(n_vars)

    def find(v):
        root = v
        while parent[root] != root:
            root = parent[root]
        while parent[v] != root:
            parent[v], v = root, parent[v]
        return root

    for row in rows:
        first = find(row.vars[0])
        for v in row.vars[1:]:
            other = find(v)
            if other != first:
                parent[other] = first
    roots = np.array([find(v) for v in range(n_vars)], dtype=np.int64)
    members = {}
    for v, r in enumerate(roots):
        members.setdefault(r, []).append(v)
    row_sets = {}
    for i, row in enumerate(rows):
        row_sets.setdefault(roots[row.vars[0]], []).append(i)
    return [(np.array(vs), row_sets.get(r, [])) for r, vs in members.items()]


def integer_count(lo, hi):
    """How many integers lie in [lo, hi] (inf when unbounded)."""
    if np.isinf(hi):
        return np.inf
    return max(0, int(np.floor(hi + EPS)) - int(np.ceil(lo - EPS)) + 1)


_ANSWERS = (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kUnbounded,
            highspy.HighsModelStatus.kUnboundedOrInfeasible)


class ComponentLP:
    """One HiGHS model of a component; bounds can be tightened and every variable minimised/maximised."""

    def __init__(self, variables, rows, lb, ub):
        self.local = {v: i for i, v in enumerate(variables)}
        self.n = len(variables)
        self.h = highspy.Highs()
        self.h.setOptionValue("output_flag", False)
        # only the objective changes between solves: primal simplex from the last basis, no presolve
        self.h.setOptionValue("presolve", "off")
        self.h.setOptionValue("simplex_strategy", 4)
        self.h.setOptionValue("simplex_scale_strategy", 0)
        self.h.addVars(self.n, lb, ub)
        for row in rows:
            idx = np.array([self.local[v] for v in row.vars], dtype=np.int32)
            lower = row.rhs if row.sense == "=" else -highspy.kHighsInf
            self.h.addRow(lower, row.rhs, len(idx), idx, row.coefs.astype(float))
        self.costed = None

    def set_bounds(self, i, lo, hi):
        self.h.changeColBounds(i, lo, hi)

    def optimise(self, i, sense):
        """min (sense +1) or max (sense -1) of variable i: (value or +-inf, solution or None)."""
        if self.costed is not None:
            self.h.changeColCost(self.costed, 0.0)
        self.h.changeColCost(i, float(sense))
        self.costed = i
        return self._run()

    def optimise_all(self, costs):
        """min of costs . x over all variables (e.g. random signs), to spread the first seen ranges."""
        self.h.changeColsCost(self.n, np.arange(self.n, dtype=np.int32), costs.astype(float))
        self.costed = None
        value, solution = self._run()
        self.h.changeColsCost(self.n, np.arange(self.n, dtype=np.int32), np.zeros(self.n))
        return value, solution

    def _run(self):
        self.h.run()
        status = self.h.getModelStatus()
        if status not in _ANSWERS:
            # warm-started from the last basis, the simplex can declare a feasible model infeasible: the demo
            # lake's largest school_access component (+-1 coefficients, integer right-hand sides, the gold values
            # satisfy every row exactly) ended "Infeasible" in its 1,381st solve with 3 rows off by at most 1.4e-7
            # (tolerance 1e-7); the same model solved from scratch is feasible. Only a solve from scratch may say so.
            self.h.clearSolver()
            self.h.run()
            status = self.h.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return self.h.getInfo().objective_function_value, np.array(self.h.getSolution().col_value)
        if status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
            return -np.inf, None
        raise RuntimeError(f"LP of a component ended {self.h.modelStatusToString(status)}: the publication "
                           "contradicts the relations (or a relation is wrong)")


def solve_component(variables, rows, lb, ub, k, secondary, solve_narrow_bounds=False):
    """Feasible [lo, hi] of each variable of one component; exact=False where it was not solved: proven wide by
    the seen range, or narrow by its own bounds (a primary reason: 1..k-1), reported as those bounds unless
    solve_narrow_bounds.

    secondary: variables a reason calls secondary (0 or at least k), tightened until nothing changes.
    """
    lb, ub = lb.copy(), ub.copy()
    lp = ComponentLP(variables, rows, lb, ub)
    n = len(variables)
    while True:
        seen_lo = np.full(n, np.inf)
        seen_hi = np.full(n, -np.inf)
        lo, hi = np.full(n, np.nan), np.full(n, np.nan)
        exact = np.zeros(n, dtype=bool)
        unbounded = np.zeros(n, dtype=bool)

        def see(solution):
            if solution is not None:
                np.minimum(seen_lo, solution, out=seen_lo)
                np.maximum(seen_hi, solution, out=seen_hi)

        see(lp.optimise_all(np.ones(n))[1])
        see(lp.optimise_all(-np.ones(n))[1])
        rng = np.random.default_rng(0)
        for _ in range(MAX_SPREAD):
            unproven = ~np.array([_proven_wide(a, b, k, c) for a, b, c in zip(seen_lo, seen_hi, secondary)])
            if unproven.sum() < 2:
                break
            see(lp.optimise_all(np.where(unproven, rng.choice([-1.0, 1.0], n), 0.0))[1])
            still = ~np.array([_proven_wide(a, b, k, c) for a, b, c in zip(seen_lo, seen_hi, secondary)])
            if still.sum() > 0.95 * unproven.sum():
                break
        by_bounds = np.array([integer_count(a, b) < k for a, b in zip(lb, ub)]) & (not solve_narrow_bounds)
        for i in range(n):
            if by_bounds[i] or _proven_wide(seen_lo[i], seen_hi[i], k, secondary[i]):
                continue
            value, solution = lp.optimise(i, +1)
            lo[i] = value
            see(solution)
            value, solution = lp.optimise(i, -1)
            hi[i] = -value
            unbounded[i] = value == -np.inf
            see(solution)
            exact[i] = True
        lo = np.where(exact, lo, np.where(by_bounds, lb, seen_lo))
        hi = np.where(exact, np.where(unbounded, np.inf, hi), np.where(by_bounds, ub, seen_hi))
        changed = False
        for i in np.flatnonzero(secondary):
            if hi[i] < k - EPS and ub[i] > 0:
                lb[i], ub[i] = 0.0, 0.0
            elif lo[i] > EPS and lb[i] < k:
                lb[i] = float(k)
            else:
                continue
            lp.set_bounds(i, lb[i], ub[i])
            changed = True
        if not changed:
            return lo, hi, exact


def _proven_wide(seen_lo, seen_hi, k, is_secondary):
    if not np.isfinite(seen_lo) or not np.isfinite(seen_hi):
        return False
    wide = integer_count(seen_lo, seen_hi) >= k
    if is_secondary:
        # a secondary cell can only be tightened when 0 or any value >= k is excluded
        return wide and seen_lo <= EPS and seen_hi >= k - EPS
    return wide
