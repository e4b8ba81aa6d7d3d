import PlanningModel

/// Changes to a scenario document as written (JSON), so that what the store keeps stays the
/// document people wrote, plus the change. Indexes are those of the scenario's values, which
/// keep the document's order.
struct ScenarioDocumentEdit {
    private(set) var document: JSONValue

    init(_ document: JSONValue) {
        self.document = document
    }

    /// Adds `range` to the therapist's `unavailable`.
    mutating func addUnavailable(municipality: Int, therapist: Int, range: JSONValue) {
        editTherapists(of: municipality) { therapists in
            guard therapists.indices.contains(therapist), case .object(var fields) = therapists[therapist] else {
                return
            }
            var ranges: [JSONValue] = []
            if case .array(let existing)? = fields["unavailable"] { ranges = existing }
            ranges.append(range)
            fields["unavailable"] = .array(ranges)
            therapists[therapist] = .object(fields)
        }
    }

    /// Adds a therapist at the end of the municipality's `therapists`.
    mutating func addTherapist(_ therapist: JSONValue, municipality: Int) {
        editTherapists(of: municipality) { $0.append(therapist) }
    }

    /// Removes the therapist.
    mutating func removeTherapist(municipality: Int, therapist: Int) {
        editTherapists(of: municipality) { therapists in
            if therapists.indices.contains(therapist) { therapists.remove(at: therapist) }
        }
    }

    private mutating func editTherapists(of municipality: Int, _ change: (inout [JSONValue]) -> Void) {
        guard case .object(var root) = document, case .array(var municipalities)? = root["municipalities"],
            municipalities.indices.contains(municipality), case .object(var fields) = municipalities[municipality]
        else { return }
        var therapists: [JSONValue] = []
        if case .array(let existing)? = fields["therapists"] { therapists = existing }
        change(&therapists)
        fields["therapists"] = .array(therapists)
        municipalities[municipality] = .object(fields)
        root["municipalities"] = .array(municipalities)
        document = .object(root)
    }
}
