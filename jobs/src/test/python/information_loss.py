"""Information loss of a publication (issue 17, privacy.md "Information loss"): per publish table and
hierarchy level (how many dimensions a row totals over), the share of person-count cells hidden, and the
share of cells with a gold value of at least k that are published, read from the lake's gold and publish
tables with delta-rs (no JVM). Prints a Markdown table for docs/publish.md.

    python information_loss.py --lake DIR [--k 10]
"""
import argparse
import json
import os
import sys

from deltalake import DeltaTable

DIMENSIONS = {
    "occupancy_monthly": ["category", "opvangvorm", "provincie", "amv", "age_band"],
    "school_access": ["category", "provincie", "amv", "age_band"],
    "missed_school_monthly": ["category", "provincie", "amv", "age_band"],
    "school_wait_monthly": ["gemeentecode", "onderwijssoort"],
    "relocations_monthly": ["from_category", "to_category", "reden", "amv"],
    "relocation_rate_monthly": ["category", "amv", "age_band"],
    "emergency_stay_monthly": ["category", "provincie", "amv"],
    "care_continuity_monthly": ["soort", "from_category", "amv"],
    "amv_transition_monthly": ["category", "provincie"],
    "location_compliance": ["category"],
    "municipality_monthly": ["gemeentecode"],
    "headline": [],
}
NOT_COUNTS = {"suppressed", "hidden_columns", "final", "run_id", "locations", "locations_with_minors",
              "locations_all_hard_met", "inventoried_locations", "provisional"}


def count_columns(frame, table):
    """Person counts: integer columns that are not record counts or dimensions."""
    dims = set(DIMENSIONS[table])
    return [c for c in frame.columns if c not in dims and c not in NOT_COUNTS
            and str(frame[c].dtype).lower().startswith(("int", "uint"))]


def level_name(level, dims):
    if not dims:
        return "national (no dimensions)"
    if level == len(dims):
        return "national row (all ALL)"
    return f"{len(dims) - level} dimension(s) fixed"


def measure(lake, k):
    rows = []
    for table, dims in DIMENSIONS.items():
        gold_path, publish_path = os.path.join(lake, "gold", table), os.path.join(lake, "publish", table)
        if not os.path.isdir(publish_path):
            continue
        gold = DeltaTable(gold_path).to_pandas()
        pub = DeltaTable(publish_path).to_pandas()
        keys = [c for c in gold.columns if c not in pub.columns or c in dims or gold[c].dtype.kind == "M"
                or c in ("month", "month_end", "cohort_month", "as_of", "delivery_date")]
        keys = [c for c in ("month", "month_end", "cohort_month", "as_of") if c in gold.columns] + dims
        merged = gold.merge(pub[keys + ["hidden_columns"]], on=keys, how="inner")
        counts = count_columns(gold, table)
        merged["level"] = sum((merged[d] == "ALL").astype(int) for d in dims) if dims else 0
        for level, group in merged.groupby("level"):
            cells = hidden = big = big_published = 0
            for c in counts:
                hid = group["hidden_columns"].apply(lambda h, c=c: c in list(h))
                cells += len(group)
                hidden += int(hid.sum())
                large = group[c].fillna(0) >= k
                big += int(large.sum())
                big_published += int((large & ~hid).sum())
            rows.append({"table": table, "level": level_name(int(level), dims), "count cells": cells,
                         "hidden": hidden, "hidden %": round(100 * hidden / cells, 1) if cells else 0.0,
                         f"cells >= k": big,
                         "of those published %": round(100 * big_published / big, 1) if big else 100.0})
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lake", required=True)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--json")
    args = parser.parse_args()
    rows = measure(os.path.abspath(args.lake), args.k)
    if not rows:
        sys.exit(f"no publish tables in {args.lake}")
    header = list(rows[0].keys())
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(f"{r[h]:,}" if isinstance(r[h], int) else str(r[h]) for h in header) + " |")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=1)


if __name__ == "__main__":
    main()
