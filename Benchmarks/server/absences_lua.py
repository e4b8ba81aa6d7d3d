"""Writes a wrk script (stdout) that posts one-day absences for random therapists of the
scenario on stdin, as the lead (token in argv[1]). Days are inside the horizon, from today on; a day that
is a training day of the therapist is refused (409 RULE_BROKEN) and counted as non-2xx."""
import datetime
import json
import sys

token = sys.argv[1]
scenario = json.load(sys.stdin)
therapists = [t["id"] for m in scenario["municipalities"] for t in m.get("therapists", [])]
start = max(datetime.date.fromisoformat(scenario["horizon"]["from"]), datetime.date.today())
end = datetime.date.fromisoformat(scenario["horizon"]["to"])
days = [(start + datetime.timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]
print("local therapists = {" + ",".join(json.dumps(t) for t in therapists) + "}")
print("local days = {" + ",".join(json.dumps(d) for d in days) + "}")
print(f'local headers = {{["Authorization"] = "Bearer {token}", ["Content-Type"] = "application/json"}}')
print("""math.randomseed(7)
request = function()
  local t = therapists[math.random(#therapists)]
  local d = days[math.random(#days)]
  local body = string.format('{"therapist":"%s","from":"%s","to":"%s"}', t, d, d)
  return wrk.format("POST", "/api/v1/absences", headers, body)
end""")
