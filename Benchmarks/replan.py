#!/usr/bin/env python3
"""Re-planning benchmark (BENCHMARKS.md, "Re-planning").

Plans the default scenario (the base, --time-limit BASE_S), then for five changes re-plans it
from --today 2026-06-01 with --time-limit S, plans the changed scenario from scratch with the
same limit (scored with S11 against the same base by `check --base`), and re-plans it with a
long budget (LONG_S) for reference. Prints one Markdown table row per change.

Run from the repository root after `swift build -c release`:

    python3 Benchmarks/replan.py [--seconds 10] [--long 120] [--out /tmp/replan-bench]
"""
import argparse
import json
import os
import re
import subprocess
import time

TODAY = "2026-06-01"
SCENARIO = "Sources/PlanningModel/Resources/midtjylland-2026.json"
BINARY = ".build/release/stime-planner"


def run(arguments):
    started = time.monotonic()
    result = subprocess.run([BINARY] + arguments, capture_output=True, text=True)
    return result, time.monotonic() - started


def load(path):
    with open(path) as f:
        return json.load(f)


def save(document, path):
    with open(path, "w") as f:
        json.dump(document, f, indent=1)


def june(day):
    return day.startswith("2026-06")


def changes(scenario, base, small_cohorts=False):
    """The five changed scenarios, as (name, description, document)."""
    out = []
    started = {c["id"] for c in base["cohorts"] if min(c["days"]) < TODAY}
    held = {g["id"] for g in base["supervisionGroups"] if min(g["sessions"]) < TODAY}

    # 1. A psychologist who trains and supervises is away all of June: the one with June
    # activities of which history forces the fewest (ties: most June activities, then id).
    trainers = {t for c in base["cohorts"] for t in c["trainers"]}
    supervisors = {g["supervisor"] for g in base["supervisionGroups"]}
    ranked = []
    for p in sorted(trainers & supervisors):
        forced = sum(1 for c in base["cohorts"] if p in c["trainers"] and c["id"] in started
                     for d in c["days"] if june(d))
        forced += sum(1 for g in base["supervisionGroups"] if g["supervisor"] == p and g["id"] in held
                      for d in g["sessions"] if june(d))
        activities = sum(1 for c in base["cohorts"] if p in c["trainers"] for d in c["days"] if june(d))
        activities += sum(1 for g in base["supervisionGroups"] if g["supervisor"] == p
                          for d in g["sessions"] if june(d))
        if activities:
            ranked.append((forced, -activities, p))
    ranked.sort()
    _, _, away = ranked[0]
    doc = json.loads(json.dumps(scenario))
    for p in doc["psychologists"]:
        if p["id"] == away:
            p.setdefault("unavailable", []).append({"from": "2026-06-01", "to": "2026-06-30", "name": "Sygdom"})
    out.append(("away", f"{away} away all of June (forced by history: {ranked[0][0]})", doc))

    # 2. Two therapists leave: the first participants (by id) of the two cohorts that start
    # last among those above cohortMin (with --small-cohorts: the two that start last, even
    # at cohortMin, so that their cohorts must be dissolved).
    later = sorted((c for c in base["cohorts"] if c["id"] not in started), key=lambda c: (min(c["days"]), c["id"]))
    minimum = {m["id"]: m["training"]["cohortMin"] for m in scenario["manuals"]}
    roomy = [c for c in later if small_cohorts or len(c["participants"]) > minimum[c["manual"]]]
    leaving = [sorted(c["participants"])[0] for c in roomy[-2:]]
    doc = json.loads(json.dumps(scenario))
    for m in doc["municipalities"]:
        m["therapists"] = [t for t in m.get("therapists", []) if t["id"] not in leaving]
    out.append(("leave", "therapists " + ", ".join(leaving) + " leave", doc))

    # 3. Three therapists join, in two municipalities (the first two in STIME with manuals).
    doc = json.loads(json.dumps(scenario))
    joining = [m for m in doc["municipalities"] if m.get("stime") and m.get("manuals")][:2]
    names = []
    for k, (m, count) in enumerate(zip(joining, [2, 1])):
        for j in range(count):
            tid = f"{m['id']}-ny{j + 1}"
            m["therapists"].append({"id": tid, "manuals": [m["manuals"][j % len(m["manuals"])]]})
            names.append(tid)
    out.append(("join", "therapists " + ", ".join(names) + " join", doc))

    # 4. A municipality opts into a manual it did not have: the first STIME municipality
    # missing a manual that some cohort teaches; its first two therapists take it.
    doc = json.loads(json.dumps(scenario))
    taught = sorted({c["manual"] for c in base["cohorts"]})
    for m in doc["municipalities"]:
        missing = [x for x in taught if x not in m.get("manuals", [])]
        if m.get("stime") and missing and len(m.get("therapists", [])) >= 2:
            manual = missing[0]
            m["manuals"].append(manual)
            alternatives = m.get("alternatives", {})
            alternatives.pop(manual, None)
            for t in m["therapists"][:2]:
                t["manuals"].append(manual)
            out.append(("optin", f"{m['id']} opts into {manual} (2 therapists)", doc))
            break

    # 5. The venue of a cohort that has not started closes from August to October.
    doc = json.loads(json.dumps(scenario))
    autumn = [c for c in later if any("2026-08-01" <= d <= "2026-10-31" for d in c["days"])]
    venue = autumn[0]["venue"]
    for v in doc["venues"]:
        if v["id"] == venue:
            v.setdefault("unavailable", []).append({"from": "2026-08-01", "to": "2026-10-31", "name": "Lukket"})
    out.append(("close", f"{venue} (venue of {autumn[0]['id']}) closed August–October", doc))
    return out


def score(scenario_path, plan_path, base_path):
    """Total, S11, hard violations and unassigned of a plan as `check --base` recomputes them."""
    result, _ = run(["check", scenario_path, plan_path, "--base", base_path, "--today", TODAY, "--lang", "en"])
    text = result.stdout

    def term(code):
        match = re.search(rf"^\s*{code}\s.*?(-?\d+)\s*$", text, re.M)
        return int(match.group(1)) if match else None

    total = re.search(r"^\s*total\s.*?(-?\d+)\s*$", text, re.M)
    hard = re.search(r"hard violations\s+(\d+)", text)
    plan = load(plan_path)
    return {
        "total": int(total.group(1)) if total else None,
        "S11": term("S11"),
        "hard": int(hard.group(1)) if hard else None,
        "unassigned": len(plan["unassigned"]),
        "status": result.returncode,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--long", type=float, default=120)
    parser.add_argument("--base-seconds", type=float, default=10)
    parser.add_argument("--out", default="/tmp/replan-bench")
    parser.add_argument("--only", help="run only this change: away, leave, join, optin or close")
    parser.add_argument("--small-cohorts", action="store_true", help="the leavers' cohorts are at cohortMin")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    base_dir = os.path.join(arguments.out, "base")
    if not os.path.exists(os.path.join(base_dir, "plan.json")):
        result, _ = run(["plan", "default", "--time-limit", str(arguments.base_seconds), "--out", base_dir, "--quiet"])
        assert result.returncode in (0, 3), result.stderr
    base_path = os.path.join(base_dir, "plan.json")
    base = load(base_path)
    scenario = load(SCENARIO)
    print(f"base: total {base['score']['total']}, {len(base['cohorts'])} cohorts, today {TODAY}")
    print("| change | re-plan time s | total | S11 | unassigned | hard | from scratch: total (S11) | unassigned "
          f"| {arguments.long:.0f} s re-plan: total (S11) | gap |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, description, document in changes(scenario, base, arguments.small_cohorts):
        if arguments.only and name != arguments.only:
            continue
        path = os.path.join(arguments.out, f"{name}.json")
        save(document, path)
        outputs = {}
        times = {}
        for kind, command in [
            ("replan", ["replan", path, base_path, "--today", TODAY, "--time-limit", str(arguments.seconds)]),
            ("scratch", ["plan", path, "--time-limit", str(arguments.seconds)]),
            ("long", ["replan", path, base_path, "--today", TODAY, "--time-limit", str(arguments.long)]),
        ]:
            directory = os.path.join(arguments.out, f"{name}-{kind}")
            result, elapsed = run(command + ["--out", directory, "--quiet"])
            times[kind] = elapsed
            outputs[kind] = score(path, os.path.join(directory, "plan.json"), base_path)
        r, s, l = outputs["replan"], outputs["scratch"], outputs["long"]
        gap = (r["total"] - l["total"]) / l["total"] * 100 if r["total"] and l["total"] else float("nan")
        print(f"| {description} | {times['replan']:.1f} | {r['total']} | {r['S11']} | {r['unassigned']} | {r['hard']} "
              f"| {s['total']} ({s['S11']}) | {s['unassigned']} | {l['total']} ({l['S11']}) | {gap:+.2f} % |",
              flush=True)


if __name__ == "__main__":
    main()
