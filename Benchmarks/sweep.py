#!/usr/bin/env python3
"""Robustness sweep for stime-planner (manual tool; not run by CI).

Takes the shared scenarios in Tests/TestSupport/Scenarios/ and scenarios from
`stime-planner generate --municipalities N --seed S`, applies random but valid
variations a real user might make (no public holidays, Saturday workdays,
custom slot times, other supervision/training parameters, unavailable ranges,
one-room or small venues, late readyFrom, odd meeting series, a short
horizon, other weights, YAML instead of JSON), and for every variant runs

    validate   -> exit 0 or 65 with a message, never 70 or a crash
    plan       -> exit 0 or 3, never 70 or a crash (--iterations, --quiet)
    check      -> exit 0 and "The plan's own score agrees with this recomputation."

It also checks that plan.json validates against the package's own plan schema
(Sources/PlanningModel/Resources/plan.schema.json)
and that every unassigned need carries at least one suggestion (PROBLEM.md §6).

Usage (from the package root, after `swift build -c release --product stime-planner`):

    python3 Benchmarks/sweep.py [--variants 200] [--seed 1] [--jobs 2]
                                [--iterations 300] [--keep DIR]

Failing variants are kept under --keep (default stime-sweep/failures in the system's
temporary folder),
each with the scenario, the command outputs and a short summary; the summary
of all failures is printed at the end. Needs Python 3 with PyYAML and jsonschema.
"""

import argparse
import concurrent.futures
import copy
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "stime-planner")
SCENARIOS = os.path.join(ROOT, "Tests", "TestSupport", "Scenarios")
PLAN_SCHEMA = os.path.join(ROOT, "Sources", "PlanningModel", "Resources", "plan.schema.json")
AGREES = "The plan's own score agrees with this recomputation."


def day(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def rand_range(rng, lo, hi, min_len=0, max_len=60):
    """A random inclusive range inside [lo, hi]."""
    span = (hi - lo).days
    if span < 0:
        return {"from": iso(lo), "to": iso(lo)}
    start = lo + dt.timedelta(days=rng.randint(0, span))
    length = rng.randint(min_len, max_len)
    end = min(hi, start + dt.timedelta(days=length))
    return {"from": iso(start), "to": iso(end)}


def horizon(s):
    return day(s["horizon"]["from"]), day(s["horizon"]["to"])


def slot_minutes(s, slot):
    default = {"am": ("09:00", "12:00"), "pm": ("12:30", "15:30")}[slot]
    times = s.get("slots", {}).get(slot, {})
    start = times.get("start", default[0])
    end = times.get("end", default[1])

    def m(t):
        h, mm = t.split(":")
        return int(h) * 60 + int(mm)

    return m(end) - m(start)


def fit_durations(s):
    """Keep every durationMinutes within its slot (a validation rule)."""
    shortest = min(slot_minutes(s, "am"), slot_minutes(s, "pm"))
    for m in s["manuals"]:
        sup = m["supervision"]
        slot = sup.get("slot", "any")
        limit = shortest if slot == "any" else slot_minutes(s, slot)
        if sup.get("durationMinutes", 150) > limit:
            sup["durationMinutes"] = max(15, limit)
    for series in s.get("meetings", []):
        limit = slot_minutes(s, series["slot"])
        if series.get("durationMinutes", 180) > limit:
            series["durationMinutes"] = max(15, limit)


# ---------------------------------------------------------------- mutations


def m_no_holidays(rng, s):
    s.setdefault("calendar", {})["publicHolidays"] = "none"
    return "publicHolidays none"


def m_saturday(rng, s):
    days = ["mon", "tue", "wed", "thu", "fri", "sat"]
    if rng.random() < 0.3:
        days = rng.sample(days, rng.randint(2, 5)) + ["sat"]
    s.setdefault("calendar", {})["workdays"] = sorted(set(days), key=days.index)
    return "workdays " + ",".join(s["calendar"]["workdays"])


def m_slots(rng, s):
    am_start = rng.randint(7 * 4, 10 * 4) * 15
    am_end = am_start + rng.randint(4, 16) * 15
    pm_start = am_end + rng.randint(0, 6) * 15
    pm_end = min(pm_start + rng.randint(4, 16) * 15, 23 * 60 + 45)

    def t(m):
        return "%02d:%02d" % (m // 60, m % 60)

    s["slots"] = {
        "am": {"start": t(am_start), "end": t(am_end)},
        "pm": {"start": t(pm_start), "end": t(pm_end)},
    }
    return "slots %s-%s / %s-%s" % (t(am_start), t(am_end), t(pm_start), t(pm_end))


def m_supervision(rng, s):
    m = rng.choice(s["manuals"])
    sup = m["supervision"]
    changes = []
    for key, gen in [
        ("slot", lambda: rng.choice(["am", "pm", "any"])),
        ("mode", lambda: rng.choice(["virtual", "physical"])),
        ("everyWeeks", lambda: rng.randint(1, 5)),
        ("sessions", lambda: rng.randint(1, 8)),
        ("startWithinWeeks", lambda: rng.randint(1, 8)),
        ("groupMax", lambda: rng.randint(1, 8)),
        ("durationMinutes", lambda: rng.choice([15, 45, 60, 90, 120, 150, 180])),
    ]:
        if rng.random() < 0.45:
            sup[key] = gen()
            changes.append("%s=%s" % (key, sup[key]))
    return "manual %s supervision %s" % (m["id"], " ".join(changes))


def m_training(rng, s):
    m = rng.choice(s["manuals"])
    tr = m["training"]
    if rng.random() < 0.5:
        tr["cohortMax"] = max(1, rng.randint(1, tr["cohortMax"]))
    tr["cohortMin"] = rng.randint(1, tr["cohortMax"])
    if rng.random() < 0.3:
        tr["days"] = rng.randint(1, 5)
    if rng.random() < 0.3:
        tr["minGapDays"] = rng.randint(1, 14)
        tr["maxGapDays"] = tr["minGapDays"] + rng.randint(0, 21)
    if rng.random() < 0.2:
        tr["trainers"] = rng.randint(1, 3)
    return "manual %s training %s" % (m["id"], json.dumps(tr, sort_keys=True))


def m_psych_load(rng, s):
    if not s["psychologists"]:
        return "no psychologists"
    p = rng.choice(s["psychologists"])
    p["maxDaysPerWeek"] = rng.choice([0, 1, 1, 2])
    if rng.random() < 0.3:
        p["maxDaysPerMonth"] = rng.choice([0, 1, 2, 4])
    return "psychologist %s maxDaysPerWeek=%d maxDaysPerMonth=%d" % (
        p["id"], p["maxDaysPerWeek"], p["maxDaysPerMonth"])


def m_psych_away(rng, s):
    if not s["psychologists"]:
        return "no psychologists"
    lo, hi = horizon(s)
    p = rng.choice(s["psychologists"])
    p.setdefault("unavailable", []).append(rand_range(rng, lo, hi, 20, 150))
    return "psychologist %s unavailable %s" % (p["id"], p["unavailable"][-1])


def m_venue(rng, s):
    v = rng.choice(s["venues"])
    lo, hi = horizon(s)
    changes = []
    if rng.random() < 0.5:
        v["rooms"] = 1
        changes.append("rooms=1")
    if rng.random() < 0.5:
        v["capacity"] = rng.randint(1, 12)
        changes.append("capacity=%d" % v["capacity"])
    if rng.random() < 0.5 or not changes:
        v.setdefault("unavailable", []).append(rand_range(rng, lo, hi, 5, 120))
        changes.append("unavailable %s" % v["unavailable"][-1])
    return "venue %s %s" % (v["id"], " ".join(changes))


def m_ready_late(rng, s):
    lo, hi = horizon(s)
    mu = rng.choice(s["municipalities"])
    span = (hi - lo).days
    offset = rng.randint(span // 2, span + 30)
    mu["readyFrom"] = iso(lo + dt.timedelta(days=offset))
    return "municipality %s readyFrom %s" % (mu["id"], mu["readyFrom"])


def m_therapist_away(rng, s):
    lo, hi = horizon(s)
    mus = [m for m in s["municipalities"] if m.get("therapists")]
    if not mus:
        return "no therapists"
    th = rng.choice(rng.choice(mus)["therapists"])
    th.setdefault("unavailable", []).append(rand_range(rng, lo, hi, 3, 100))
    return "therapist %s unavailable %s" % (th["id"], th["unavailable"][-1])


def ensure_meeting(rng, s):
    if s.get("meetings"):
        return rng.choice(s["meetings"])
    lo, hi = horizon(s)
    series = {
        "id": "sweep-series",
        "title": "Sweep series",
        "count": 3,
        "window": {"from": iso(lo), "to": iso(hi)},
        "slot": rng.choice(["am", "pm"]),
        "venues": [v["id"] for v in s["venues"]],
        "attendees": [
            {"name": "Rep %s" % m["id"], "origin": {"municipality": m["id"]}}
            for m in s["municipalities"][:3]
        ],
    }
    s["meetings"] = [series]
    return series


def m_meeting(rng, s):
    series = ensure_meeting(rng, s)
    changes = []
    if rng.random() < 0.4:
        series["count"] = 1
        changes.append("count=1")
    elif rng.random() < 0.4:
        series["count"] = rng.randint(2, 6)
        changes.append("count=%d" % series["count"])
    if rng.random() < 0.4:
        series["minGapWeeks"] = rng.choice([4, 8, 12, 20, 30])
        changes.append("minGapWeeks=%d" % series["minGapWeeks"])
    if rng.random() < 0.4:
        series["venues"] = [rng.choice(s["venues"])["id"]]
        series["rotate"] = True
        changes.append("rotate with one venue %s" % series["venues"][0])
    if rng.random() < 0.5 and s["psychologists"]:
        for p in rng.sample(s["psychologists"], min(len(s["psychologists"]), rng.randint(1, 3))):
            series["attendees"].append({
                "name": p["name"], "role": "BUA", "psychologist": p["id"],
                "origin": {"venue": p["home"]},
            })
            changes.append("attendee psychologist %s" % p["id"])
    if rng.random() < 0.3:
        series["slot"] = rng.choice(["am", "pm"])
        changes.append("slot=%s" % series["slot"])
    return "meeting %s %s" % (series["id"], " ".join(changes))


def m_short_horizon(rng, s):
    lo, hi = horizon(s)
    new_hi = min(hi, lo + dt.timedelta(days=rng.randint(20, 120)))
    s["horizon"]["to"] = iso(new_hi)
    for series in s.get("meetings", []):
        w = series["window"]
        if day(w["to"]) > new_hi:
            w["to"] = iso(new_hi)
        if day(w["from"]) > day(w["to"]):
            w["from"] = iso(lo)
        if rng.random() < 0.6:  # most users would also thin out the meetings
            series["count"] = rng.randint(1, 2)
    return "horizon to %s" % iso(new_hi)


WEIGHT_KEYS = ["unassigned", "travelPerKm", "waitPerDay", "split", "schoolHoliday",
               "peakLoad", "continuity", "meetingSpread", "irregular", "missedSupervision"]


def m_weights(rng, s):
    w = s.setdefault("weights", {})
    for key in rng.sample(WEIGHT_KEYS, rng.randint(1, len(WEIGHT_KEYS))):
        w[key] = rng.choice([0, 0, 1, 3, 10, 100, 1000, 20000])
    return "weights %s" % json.dumps(w, sort_keys=True)


MUTATIONS = [m_no_holidays, m_saturday, m_slots, m_supervision, m_supervision, m_training,
             m_training, m_psych_load, m_psych_away, m_venue, m_venue, m_ready_late,
             m_therapist_away, m_meeting, m_meeting, m_short_horizon, m_weights]


# ---------------------------------------------------------------- running


def run(args, timeout=600):
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def base_scenarios(rng, count):
    bases = []
    for name in sorted(os.listdir(SCENARIOS)):
        if name.endswith(".json"):
            with open(os.path.join(SCENARIOS, name)) as f:
                bases.append((name[:-5], json.load(f)))
    for i in range(count):
        n, seed = rng.randint(2, 8), rng.randint(1, 10000)
        code, out, err = run([BINARY, "generate", "--municipalities", str(n), "--seed", str(seed)])
        if code != 0:
            print("generate %d %d failed: %s %s" % (n, seed, code, err), file=sys.stderr)
            continue
        bases.append(("gen-%d-%d" % (n, seed), json.loads(out)))
    return bases


def check_variant(index, base_name, scenario, notes, iterations, as_yaml, plan_schema, keep):
    work = tempfile.mkdtemp(prefix="stime-sweep-")
    problems = []
    path = os.path.join(work, "scenario." + ("yaml" if as_yaml else "json"))
    with open(path, "w") as f:
        if as_yaml:
            yaml.safe_dump(scenario, f, allow_unicode=True, sort_keys=False)
        else:
            json.dump(scenario, f, indent=2, ensure_ascii=False)
    code, out, err = run([BINARY, "validate", path])
    codes = {"validate": code}
    log = ["$ validate -> %s" % code, out, err]
    if code not in (0, 65):
        problems.append("validate exit %s" % code)
    elif code == 65 and not err.strip() and not out.strip():
        problems.append("validate exit 65 without a message")
    if code == 0:
        out_dir = os.path.join(work, "out")
        code, pout, perr = run([BINARY, "plan", path, "--out", out_dir, "--iterations",
                                str(iterations), "--quiet", "--seed", str(index + 1)])
        codes["plan"] = code
        log += ["$ plan -> %s" % code, pout, perr]
        plan_path = os.path.join(out_dir, "plan.json")
        if code not in (0, 3):
            problems.append("plan exit %s" % code)
        elif not os.path.exists(plan_path):
            problems.append("plan wrote no plan.json")
        else:
            with open(plan_path) as f:
                plan = json.load(f)
            try:
                jsonschema.validate(plan, plan_schema)
            except jsonschema.ValidationError as e:
                problems.append("plan.json schema: %s at %s" % (e.message[:200], list(e.path)))
            for u in plan.get("unassigned", []):
                if not u.get("suggestions"):
                    problems.append("unassigned %s/%s (%s) has no suggestion" % (
                        u["therapist"], u["manual"], u["reason"]))
                    break
            unverified = [u for u in plan.get("unassigned", [])
                          if u.get("suggestions") and not any(x["verified"] for x in u["suggestions"])]
            if unverified:
                codes["unverified-only"] = len(unverified)
            if code == 0 and plan.get("unassigned"):
                problems.append("plan exit 0 with unassigned needs")
            if code == 3 and not plan.get("unassigned"):
                problems.append("plan exit 3 without unassigned needs")
            if plan.get("score", {}).get("hardViolations", 0) != 0:
                problems.append("plan reports hardViolations")
            code, cout, cerr = run([BINARY, "check", path, plan_path])
            log += ["$ check -> %s" % code, cout, cerr]
            if code != 0:
                problems.append("check exit %s" % code)
            if AGREES not in cout:
                problems.append("check does not agree with the plan's score")
    result = {"index": index, "base": base_name, "yaml": as_yaml, "notes": notes,
              "problems": problems, "codes": codes}
    if problems:
        target = os.path.join(keep, "%04d-%s" % (index, base_name))
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(work, target)
        with open(os.path.join(target, "log.txt"), "w") as f:
            f.write("\n".join(str(x) for x in log))
        with open(os.path.join(target, "summary.json"), "w") as f:
            json.dump(result, f, indent=2)
        result["dir"] = target
    shutil.rmtree(work, ignore_errors=True)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--generated", type=int, default=6, help="generated base scenarios")
    ap.add_argument("--skip-large", action="store_true", help="leave out midtjylland-2026")
    ap.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "stime-sweep", "failures"))
    args = ap.parse_args()

    rng = random.Random(args.seed)
    os.makedirs(args.keep, exist_ok=True)
    with open(PLAN_SCHEMA) as f:
        plan_schema = json.load(f)
    bases = base_scenarios(rng, args.generated)
    if args.skip_large:
        bases = [b for b in bases if b[0] != "midtjylland-2026"]

    jobs = []
    for i in range(args.variants):
        base_name, base = rng.choice(bases)
        s = copy.deepcopy(base)
        notes = [f(rng, s) for f in rng.sample(MUTATIONS, rng.randint(1, 4))]
        fit_durations(s)
        jobs.append((i, base_name, s, notes, args.iterations, rng.random() < 0.3))

    failures = []
    outcomes = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(check_variant, *j, plan_schema, args.keep) for j in jobs]
        for done, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            r = fut.result()
            key = " ".join("%s %s" % kv for kv in sorted(r["codes"].items()) if kv[0] != "unverified-only")
            if "unverified-only" in r["codes"]:
                key += " (needs with unverified suggestions only)"
            outcomes[key] = outcomes.get(key, 0) + 1
            if r["problems"]:
                failures.append(r)
                print("FAIL %4d %-22s %s | %s" % (r["index"], r["base"], "; ".join(r["problems"]),
                                                  " / ".join(r["notes"])), flush=True)
            if done % 20 == 0:
                print("... %d/%d done, %d failing" % (done, len(jobs), len(failures)), flush=True)
    for key, n in sorted(outcomes.items()):
        print("  %4d x %s" % (n, key))
    print("%d variants, %d failing (kept under %s)" % (len(jobs), len(failures), args.keep))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
