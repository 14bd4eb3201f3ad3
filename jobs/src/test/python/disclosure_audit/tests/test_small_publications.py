"""The audit on hand-built publications whose answer is known."""
import pytest

from disclosure_audit.__main__ import main
from disclosure_audit.audit import run

from .publications import grid, write_publish

MONTH = "2024-01-01"
MONTH_END = "2024-01-31"


def narrow_cells(result):
    return {(c.table, tuple(sorted(c.dims.items())), c.column): (lo, hi) for c, lo, hi, _ in result.narrow}


def wait(gemeente, enrolments, soort="ALL", **more):
    return dict(time=MONTH, gemeentecode=gemeente, onderwijssoort=soort, enrolments=enrolments, **more)


def present(gemeente, children, **more):
    """A municipality_monthly row with school_age_present = children."""
    return dict(time=MONTH_END, gemeentecode=gemeente, school_age_present=children, **more)


def test_a_cell_is_recovered_along_one_margin(tmp_path):
    write_publish(tmp_path, "municipality_monthly", [present("ALL", 30), present("GM0001", None),
                                                     present("GM0002", 25)])

    result = run(str(tmp_path))

    assert not result.passed
    key = ("municipality_monthly", (("gemeentecode", "GM0001"),), "school_age_present")
    assert narrow_cells(result) == {key: pytest.approx((5.0, 5.0))}


def test_a_primary_reason_pins_four_hidden_cells_to_one(tmp_path):
    # the example: a total of 18 with 14 published leaves 4 for four primaries, each at least 1
    rows = [present("ALL", 18), present("GM0001", 14)] + [present(f"GM000{i}", None) for i in range(2, 6)]
    write_publish(tmp_path, "municipality_monthly", rows, reasons=True)

    result = run(str(tmp_path), solve_narrow_bounds=True)

    assert not result.passed
    assert sorted(narrow_cells(result).values()) == [pytest.approx((1.0, 1.0))] * 4
    assert main(["--lake", str(tmp_path)]) == 1


def test_without_reasons_the_same_pattern_is_safe_when_the_rest_is_wide(tmp_path):
    rows = [present("ALL", 40), present("GM0001", 14)] + [present(f"GM000{i}", None) for i in range(2, 6)]
    write_publish(tmp_path, "municipality_monthly", rows)

    result = run(str(tmp_path))

    assert result.passed, result.narrow
    assert result.hidden["municipality_monthly"] == 4
    assert main(["--lake", str(tmp_path)]) == 0


def test_a_secondary_reason_means_zero_or_at_least_k(tmp_path):
    # hidden 3 (primary) and 4 (secondary) add up to 7: a secondary cell of at least 10 cannot fit, so it is 0... and
    # then the primary is 7; without the reason both lie in 0..7
    rows = [present("ALL", 21), present("GM0001", 14), present("GM0002", None),
            present("GM0003", None, _why={"school_age_present": "secondary (complement along gemeentecode)"})]
    write_publish(tmp_path, "municipality_monthly", rows, reasons=True)

    assert sorted(narrow_cells(run(str(tmp_path), solve_narrow_bounds=True)).values()) == [pytest.approx((0.0, 0.0)), pytest.approx((7.0, 7.0))]


def test_a_protected_hypercube_with_large_complements_passes(tmp_path):
    # 3 (primary) at GM0001 x PO, protected by the other three corners of a 2x2 rectangle
    rows = [wait("ALL", 153), wait("ALL", 53, "PO"), wait("ALL", 100, "VO"),
            wait("GM0001", 43), wait("GM0001", None, "PO"), wait("GM0001", None, "VO"),
            wait("GM0002", 110), wait("GM0002", None, "PO"), wait("GM0002", None, "VO")]
    write_publish(tmp_path, "school_wait_monthly", rows)

    result = run(str(tmp_path))

    assert result.passed, result.narrow
    assert result.hidden["school_wait_monthly"] == 4


RATE_PART = dict(category="REGULIER", amv="J", age_band="0-3")


def rates():
    return grid("relocation_rate_monthly", MONTH, RATE_PART, child_days=300, children_present=12, moves_out=0,
                moves_per_1000_days=0.0, children_at_month_end=None)


def test_the_same_quantity_published_in_another_table_is_found(tmp_path):
    write_publish(tmp_path, "relocation_rate_monthly", rates())
    write_publish(tmp_path, "occupancy_monthly", grid("occupancy_monthly", MONTH_END, dict(
        RATE_PART, opvangvorm="AZC", provincie="Utrecht"), persons=12))

    result = run(str(tmp_path))

    assert len(result.narrow) == 8
    assert list(narrow_cells(result).values()) == [pytest.approx((12.0, 12.0))] * 8


def test_the_cell_alone_is_wide(tmp_path):
    # control for the linked test: without occupancy only children_at_month_end <= children_present (0..12) is known
    write_publish(tmp_path, "relocation_rate_monthly", rates())

    result = run(str(tmp_path))

    assert result.passed, result.narrow
    assert result.hidden["relocation_rate_monthly"] == 8


def test_a_statistic_over_a_hidden_base_is_a_leak(tmp_path):
    # a mean of integer day counts: 12.5652173913 = 289/23 gives the hidden number of spells
    rows = grid("emergency_stay_monthly", MONTH_END, dict(category="NOODOPVANG", provincie="Utrecht", amv="N"),
                ongoing_spells=None)
    rows[0]["mean_ongoing_days"] = 12.5652173913
    write_publish(tmp_path, "emergency_stay_monthly", rows)

    result = run(str(tmp_path))

    assert not result.narrow
    assert [(c.column, why) for c, why in result.stat_leaks] == [
        ("mean_ongoing_days", "statistic over a hidden base (ongoing_spells)")]
    assert main(["--lake", str(tmp_path)]) == 1


def test_a_statistic_over_fewer_than_k_persons_is_a_leak(tmp_path):
    part = dict(gemeentecode="GM0001", onderwijssoort="PO")
    write_publish(tmp_path, "school_wait_monthly", grid("school_wait_monthly", MONTH, part, enrolments=0,
                                                        median_wait_days=4.0))
    # a statistic over 0 enrolments gives nothing away; the same over 3 does
    assert run(str(tmp_path)).passed
    write_publish(tmp_path / "b", "school_wait_monthly", grid("school_wait_monthly", MONTH, part, enrolments=3,
                                                              median_wait_days=4.0))

    assert [why for _, why in run(str(tmp_path / "b")).stat_leaks] == ["statistic over fewer than 10 persons"] * 4


def test_a_published_count_below_k_is_a_leak(tmp_path):
    write_publish(tmp_path, "municipality_monthly", [present("ALL", 30), present("GM0001", 4), present("GM0002", 26)])

    result = run(str(tmp_path))

    assert not result.narrow
    assert [(c.dims, c.column, v) for c, v in result.small_published] == [
        ({"gemeentecode": "GM0001"}, "school_age_present", 4.0)]
    assert main(["--lake", str(tmp_path)]) == 1
