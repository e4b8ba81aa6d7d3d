/// Things that are legal but that a BUA project lead would want to hear about before planning.
struct ScenarioWarnings {
    let scenario: Scenario

    init(_ scenario: Scenario) {
        self.scenario = scenario
    }

    func findings() -> [ScenarioFinding] {
        var found: [ScenarioFinding] = []
        let root = SourcePath.root
        let known = Set(scenario.manuals.map(\.id))
        for (index, psychologist) in scenario.psychologists.enumerated() {
            let path = root.key("psychologists").index(index)
            if psychologist.manuals.isEmpty {
                found.append(
                    .warning(
                        path.key("manuals"),
                        "psychologist \(ShortText(psychologist.id)) is certified for no manual and will not be planned")
                )
            } else if psychologist.maxDaysPerWeek == 0 || psychologist.maxDaysPerMonth == 0 {
                let key = psychologist.maxDaysPerWeek == 0 ? "maxDaysPerWeek" : "maxDaysPerMonth"
                found.append(
                    .warning(
                        path.key(key), "psychologist \(ShortText(psychologist.id)) has no days for STIME (\(key) is 0)")
                )
            }
        }
        let needs = scenario.needs
        for (index, manual) in scenario.manuals.enumerated() {
            let path = root.key("manuals").index(index)
            let certified = scenario.psychologists.filter { $0.manuals.contains(manual.id) }.map(\.id)
            if certified.count < manual.training.trainers {
                let who = certified.isEmpty ? "none" : certified.joined(separator: ", ")
                found.append(
                    .warning(
                        path.key("training").key("trainers"),
                        "\(ShortText(manual.id)) needs \(manual.training.trainers) trainers per cohort but only "
                            + "\(certified.count) psychologist\(certified.count == 1 ? " is" : "s are") "
                            + "certified (\(who)): no cohort can be trained"))
            }
            let count = needs.filter { $0.manual == manual.id }.count
            if count > 0 && count < manual.training.cohortMin {
                found.append(
                    .warning(
                        path.key("training").key("cohortMin"),
                        "only \(count) therapist\(count == 1 ? "" : "s") need \(ShortText(manual.id)), fewer than "
                            + "cohortMin \(manual.training.cohortMin): no cohort can be formed"))
            }
        }
        let horizon = scenario.horizon
        for (index, municipality) in scenario.municipalities.enumerated() where municipality.stime {
            let path = root.key("municipalities").index(index)
            if municipality.manuals.isEmpty {
                found.append(
                    .warning(path.key("stime"), "\(ShortText(municipality.id)) is in STIME but has chosen no manual"))
            } else if municipality.therapists.isEmpty {
                found.append(
                    .warning(path, "\(ShortText(municipality.id)) is in STIME but lists no therapists to train"))
            }
            if let ready = municipality.readyFrom, horizon.from <= horizon.to, ready > horizon.to {
                found.append(
                    .warning(
                        path.key("readyFrom"),
                        "readyFrom \(ready) is after the horizon ends (\(horizon.to)): "
                            + "none of its therapists can be trained"))
            }
            for (therapistIndex, therapist) in municipality.therapists.enumerated() where therapist.manuals.isEmpty {
                found.append(
                    .warning(
                        path.key("therapists").index(therapistIndex).key("manuals"),
                        "therapist \(ShortText(therapist.id)) is to be trained in no manual"))
            }
            for manual in municipality.manuals where known.contains(manual) && municipality.alternatives[manual] != nil
            {
                found.append(
                    .warning(
                        path.key("alternatives").key(manual),
                        "\(ShortText(manual)) is both chosen and replaced by an alternative in \(ShortText(municipality.id))"
                    ))
            }
        }
        if scenario.calendar.workdays.isEmpty {
            found.append(
                .warning(root.key("calendar").key("workdays"), "no weekday is a workday: nothing can be planned"))
        }
        return found
    }
}
