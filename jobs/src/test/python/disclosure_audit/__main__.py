"""python -m disclosure_audit --lake DIR [--k 10] [--gold] [--json out.json]: exit 1 when the publication leaks."""
import argparse
import json
import os
import sys
from collections import Counter

from .audit import gold_value, run
from .publication import only, read_layer


def main(argv=None):
    parser = argparse.ArgumentParser(prog="disclosure_audit", description=__doc__)
    parser.add_argument("--lake", required=True, help="lake directory with publish/ (and gold/ for --gold)")
    parser.add_argument("--k", type=int, default=10, help="threshold: a hidden count needs k possible values")
    parser.add_argument("--gold", action="store_true", help="show the true gold value of each example")
    parser.add_argument("--json", help="write every finding to this file")
    parser.add_argument("--exact", action="store_true",
                        help="also solve the cells a primary reason pins to 1..k-1, to count those recovered exactly")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="processes solving components")
    parser.add_argument("--examples", type=int, default=3, help="examples printed per table")
    parser.add_argument("--tables", help="audit only these publish tables (comma-separated), with the relations "
                                         "among them: fewer relations, so a narrow cell found is narrow in the "
                                         "whole publication too")
    args = parser.parse_args(argv)

    tables = only(read_layer(args.lake, "publish"), args.tables.split(",")) if args.tables else None
    result = run(args.lake, args.k, tables=tables, solve_narrow_bounds=args.exact, jobs=args.jobs)
    gold = read_layer(args.lake, "gold") if args.gold else None
    narrow = Counter(c.table for c, *_ in result.narrow)
    exact = Counter(c.table for c, lo, hi, n in result.narrow if n == 1)
    leaks = Counter(c.table for c, _ in result.stat_leaks)
    small = Counter(c.table for c, _ in result.small_published)
    print(f"disclosure audit of {args.lake} (k={args.k}): {result.variables} unknown counts, {result.relations} "
          f"relations, {result.components} components, {result.solved} cells solved by LP, "
          f"{result.seconds:.1f} s")
    print(f"{'table':28} {'hidden':>8} {'narrow<k':>9} {'exact':>6} {'stat leaks':>10} {'published<k':>11}")
    for table in sorted(set(result.hidden) | set(leaks) | set(small)):
        print(f"{table:28} {result.hidden[table]:8} {narrow[table]:9} {exact[table]:6} {leaks[table]:10} "
              f"{small[table]:11}")
    print(f"{'total':28} {sum(result.hidden.values()):8} {len(result.narrow):9} {sum(exact.values()):6} "
          f"{len(result.stat_leaks):10} {len(result.small_published):11}")

    def cell_json(cell):
        found = {"table": cell.table, "time": cell.time, "dims": cell.dims, "column": cell.column}
        if gold is not None:
            found["gold"] = gold_value(gold, cell)
        return found

    narrow_json = [dict(cell_json(c), lo=lo, hi=hi, integers=n) for c, lo, hi, n in result.narrow]
    leak_json = [dict(cell_json(c), why=why) for c, why in result.stat_leaks]
    small_json = [dict(cell_json(c), value=value) for c, value in result.small_published]
    for table in sorted(narrow):
        for found in [f for f in narrow_json if f["table"] == table][:args.examples]:
            print(f"  narrow {found}")
    for table in sorted(leaks):
        for found in [f for f in leak_json if f["table"] == table][:args.examples]:
            print(f"  leak   {found}")
    for found in small_json[:args.examples]:
        print(f"  published<k {found}")
    print("PASS: no hidden count narrower than k" if result.passed else "FAIL: the publication leaks")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"k": args.k, "seconds": result.seconds, "hidden": dict(result.hidden),
                       "narrow": narrow_json, "statistic_leaks": leak_json,
                       "published_below_k": small_json}, out, indent=1, default=str)
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
