"""What an outsider knows of each publish table: its columns' roles and how its counts add up (metrics.md).

Roles are transcribed from GoldTables (time, dimensions, counts, record counts, statistics with their base
and input counts). Additivity and sub-counts are read from metrics.md; every relation built from them is
checked on gold by the tests (relations.verify_on_gold).
"""
from dataclasses import dataclass, field

ALL = "ALL"


@dataclass(frozen=True)
class Stat:
    """A published statistic over base counts (its persons) that must not leak them; inputs are other counts it uses."""
    base: tuple
    inputs: tuple = ()


@dataclass(frozen=True)
class Share:
    """A statistic that is a linear share: numerator * scale == stat * sum(denominator) whenever the stat is published."""
    stat: str
    numerator: tuple
    denominator: tuple
    scale: float


@dataclass(frozen=True)
class TableDecl:
    """One publish table: key columns, count columns and the relations metrics.md gives between them."""
    name: str
    time: str
    dims: tuple
    counts: tuple
    record_counts: tuple = ()
    stats: dict = field(default_factory=dict)
    # count column -> dimensions along which it counts distinct persons (total <= sum of parts, part <= total)
    distinct_along: dict = field(default_factory=dict)
    # count column -> dimensions along which only total <= sum of parts holds
    total_at_most_sum_along: dict = field(default_factory=dict)
    # total column -> its part columns (same row)
    row_totals: dict = field(default_factory=dict)
    # (smaller, (larger, ...)): smaller <= sum(larger) in every row
    sub_counts: tuple = ()
    shares: tuple = ()


MINOR_BANDS = ("0-3", "4-11", "12-17")
EMERGENCY = ("NOODOPVANG", "CRISISNOODOPVANG")

_SCHOOL_STATUSES = ("unlinked", "enrolled_in_time", "enrolled_late", "waiting_in_term", "overdue", "left")

TABLES = {t.name: t for t in [
    TableDecl(
        "occupancy_monthly", "month_end", ("category", "opvangvorm", "provincie", "amv", "age_band"),
        counts=("persons",)),
    TableDecl(
        "school_access", "cohort_month", ("category", "provincie", "amv", "age_band"),
        counts=("children",) + _SCHOOL_STATUSES + ("within_42_days",),
        stats={"median_days_to_school": Stat(("enrolled_in_time", "enrolled_late")),
               "p90_days_to_school": Stat(("enrolled_in_time", "enrolled_late")),
               "pct_in_time": Stat(("enrolled_in_time", "enrolled_late", "overdue"))},
        row_totals={"children": _SCHOOL_STATUSES},
        # F <= A + 42 <= D: a school within six weeks is always in time
        sub_counts=(("within_42_days", ("enrolled_in_time",)),),
        shares=(Share("pct_in_time", ("enrolled_in_time",), ("enrolled_in_time", "enrolled_late", "overdue"), 100.0),)),
    TableDecl(
        "missed_school_monthly", "month", ("category", "provincie", "amv", "age_band"),
        counts=("school_age_children", "children_missing", "missed_days_initial", "missed_days_relocation",
                "missed_days_other", "relocation_gaps", "children_with_relocation_gap", "unlinked_children"),
        # persons in a month, placed by the day: one child can be in two categories, provinces or age bands
        distinct_along={c: ("category", "provincie", "age_band") for c in
                        ("school_age_children", "children_missing", "children_with_relocation_gap",
                         "unlinked_children")},
        sub_counts=(("children_missing", ("school_age_children",)),
                    ("children_with_relocation_gap", ("children_missing",)),
                    ("children_with_relocation_gap", ("relocation_gaps",)),
                    ("relocation_gaps", ("missed_days_relocation",)),
                    ("children_missing", ("missed_days_initial", "missed_days_relocation", "missed_days_other")))),
    TableDecl(
        "school_wait_monthly", "month", ("gemeentecode", "onderwijssoort"),
        counts=("enrolments", "over_30_days"),
        stats={"median_wait_days": Stat(("enrolments",)), "p90_wait_days": Stat(("enrolments",))},
        sub_counts=(("over_30_days", ("enrolments",)),)),
    TableDecl(
        "relocations_monthly", "month", ("from_category", "to_category", "reden", "amv"),
        counts=("moves", "children_moved", "intake_placements"),
        distinct_along={"children_moved": ("from_category", "to_category", "reden")},
        sub_counts=(("children_moved", ("moves",)),)),
    TableDecl(
        "relocation_rate_monthly", "month", ("category", "amv", "age_band"),
        counts=("child_days", "children_present", "moves_out", "children_at_month_end", "children_3plus_moves_12m"),
        stats={"moves_per_1000_days": Stat(("children_present",), ("moves_out", "child_days"))},
        distinct_along={"children_present": ("category", "age_band")},
        sub_counts=(("children_3plus_moves_12m", ("children_at_month_end",)),
                    ("children_at_month_end", ("children_present",)),
                    ("children_present", ("child_days",))),
        shares=(Share("moves_per_1000_days", ("moves_out",), ("child_days",), 1000.0),)),
    TableDecl(
        "emergency_stay_monthly", "month_end", ("category", "provincie", "amv"),
        counts=("ongoing_spells", "ongoing_over_183_days", "ongoing_over_365_days", "ended_spells",
                "ended_over_183_days"),
        stats={"mean_ongoing_days": Stat(("ongoing_spells",)), "median_ongoing_days": Stat(("ongoing_spells",)),
               "mean_ended_days": Stat(("ended_spells",)), "median_ended_days": Stat(("ended_spells",))},
        sub_counts=(("ongoing_over_365_days", ("ongoing_over_183_days",)),
                    ("ongoing_over_183_days", ("ongoing_spells",)),
                    ("ended_over_183_days", ("ended_spells",)))),
    TableDecl(
        "care_continuity_monthly", "month", ("soort", "from_category", "amv"),
        counts=("pairs", "continued", "transferred", "interrupted", "pending", "interrupted_external"),
        stats={"median_transfer_gap_days": Stat(("transferred",))},
        row_totals={"pairs": ("continued", "transferred", "interrupted", "pending")},
        sub_counts=(("interrupted_external", ("interrupted",)),)),
    TableDecl(
        "amv_transition_monthly", "month", ("category", "provincie"),
        counts=("turned_18", "in_amv_reception_after_30d", "moved_province_within_90d", "left_school_within_30d"),
        sub_counts=(("in_amv_reception_after_30d", ("turned_18",)),
                    ("moved_province_within_90d", ("turned_18",)),
                    ("left_school_within_30d", ("turned_18",)))),
    TableDecl(
        "location_compliance", "as_of", ("category",),
        counts=("minors_at_locations_failing_hard",),
        record_counts=("locations", "locations_with_minors", "locations_all_hard_met")),
    TableDecl(
        "municipality_monthly", "month_end", ("gemeentecode",),
        counts=("school_age_present", "arrivals", "departures"),
        # the national row counts arrivals into (departures out of) reception, not moves between municipalities
        # (only total <= sum: a part can hold moves the total does not count)
        total_at_most_sum_along={"arrivals": ("gemeentecode",), "departures": ("gemeentecode",)}),
    TableDecl(
        "kso_pipeline", "as_of", ("status", "provincie", "afwijsreden"),
        counts=(), record_counts=("leads", "places", "rejected_since_2024")),
    TableDecl(
        "headline", "as_of", (),
        counts=("minors_in_reception", "in_noodopvang", "in_crisisnoodopvang", "amv_minors",
                "amv_18plus_in_amv_reception", "amv_turning_18_next_365d", "ongoing_emergency_spells",
                "ongoing_emergency_over_183_days", "overdue_school", "school_decided_last_12m", "moves_last_12m",
                "children_present_last_12m", "care_interrupted_last_12m"),
        record_counts=("inventoried_locations",),
        stats={"mean_ongoing_emergency_days": Stat(("ongoing_emergency_spells",)),
               "pct_in_time_last_12m": Stat(("school_decided_last_12m",)),
               "moves_per_1000_days_last_12m": Stat(("children_present_last_12m",), ("moves_last_12m",)),
               "pct_locations_participation": Stat(("inventoried_locations",)),
               "linked_share": Stat(("minors_in_reception",))},
        sub_counts=(("in_noodopvang", ("minors_in_reception",)),
                    ("in_crisisnoodopvang", ("minors_in_reception",)),
                    ("amv_minors", ("minors_in_reception",)),
                    ("ongoing_emergency_over_183_days", ("ongoing_emergency_spells",)))),
    TableDecl(
        "data_quality", "delivery_date", ("source", "item"), counts=(), record_counts=("rows",)),
]}
