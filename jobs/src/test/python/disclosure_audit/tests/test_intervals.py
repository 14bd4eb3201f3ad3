"""The LP of one component: a warm-started solve that ends infeasible is not taken for a contradiction."""
import highspy
import numpy as np
import pytest

from disclosure_audit.intervals import ComponentLP, Row, solve_component


def rows(*equations):
    """(vars, rhs) -> x[v0] + x[v1] + ... = rhs."""
    return [Row(np.array(vs), np.ones(len(vs)), "=", float(rhs)) for vs, rhs in equations]


class WarmStartDrift:
    """A Highs that ends every warm-started solve "Infeasible" until it is cleared, as HiGHS 1.15 did on the
    demo lake's largest school_access component (1,381st solve: 3 rows off by 1.4e-7, tolerance 1e-7) although
    the gold values satisfy every row exactly and the same model solved from scratch is feasible."""

    def __init__(self, highs):
        self.highs = highs
        self.drifted = True

    def clearSolver(self):
        self.drifted = False
        return self.highs.clearSolver()

    def getModelStatus(self):
        return highspy.HighsModelStatus.kInfeasible if self.drifted else self.highs.getModelStatus()

    def __getattr__(self, name):
        return getattr(self.highs, name)


def test_a_warm_start_that_ends_infeasible_is_solved_again_from_scratch():
    # x0 + x1 = 10, x1 + x2 = 4: x1 is 0..4, x0 is 6..10
    lp = ComponentLP([0, 1, 2], rows(([0, 1], 10), ([1, 2], 4)), np.zeros(3), np.full(3, np.inf))
    lp.optimise(1, +1)
    lp.h = WarmStartDrift(lp.h)

    value, solution = lp.optimise(1, -1)

    assert -value == pytest.approx(4.0)
    assert solution[0] + solution[1] == pytest.approx(10.0)
    assert lp.optimise(0, +1)[0] == pytest.approx(6.0)


def test_a_system_the_publication_contradicts_is_still_reported():
    # x0 + x1 = 10 and x0 + x1 = 11: infeasible also from scratch
    with pytest.raises(RuntimeError, match="Infeasible"):
        solve_component(np.array([0, 1]), rows(([0, 1], 10), ([0, 1], 11)), np.zeros(2), np.full(2, np.inf), 10,
                        np.zeros(2, dtype=bool))
