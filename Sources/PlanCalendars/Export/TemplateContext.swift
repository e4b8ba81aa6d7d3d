import Mustache

/// The values the event templates see, as small types instead of `[String: Any]`.
///
/// swift-mustache looks every name up through dynamic casts of `Any`; a dictionary of
/// `Any` costs a hash lookup and several casts per name and per level of the context
/// stack, and a `String` value goes through `String(describing:)`. These types answer
/// ``MustacheParent/child(named:)`` with a `switch` and hand text over as
/// ``TemplateContext/Text`` (a ``MustacheCustomRenderable``), which renders without
/// reflection. The names, and which ones are missing when a value is absent, are exactly
/// those the templates in `Templates/calendar/` document, so the output is unchanged.
///
/// People lists (participants by municipality, trainers, attendees) are built once per
/// cohort, group or meeting series and shared by value: the arrays are copy-on-write.
enum TemplateContext {
    /// Text a template prints as is (after the template's own escaping, if any).
    ///
    /// Like a `String`, it has no children: inside `{{#address}}…{{/address}}` every name
    /// is looked up further down the stack (without it, Mirror would be asked each time).
    /// Transforms behave as on the `String` or `Int` it stands for (`{{uppercased(name)}}`,
    /// `{{plusone(index)}}`). It stays within an existential's inline buffer (no boxing).
    struct Text: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
        let renderText: String
        private let isNumber: Bool
        var isNull: Bool { false }

        init(_ text: String) {
            renderText = text
            isNumber = false
        }

        init(_ number: Int) {
            renderText = String(number)
            isNumber = true
        }

        func child(named name: String) -> Any? { nil }

        func transform(_ name: String) -> Any? {
            isNumber ? Int(renderText)?.transform(name) : renderText.transform(name)
        }
    }

    /// `{{id}}`, `{{title}}`, `{{shortTitle}}`.
    struct Manual: MustacheParent, Sendable {
        let id: Text
        let title: Text
        let shortTitle: Text

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "title": title
            case "shortTitle": shortTitle
            default: nil
            }
        }
    }

    /// `{{name}}`, `{{address}}` (missing when the venue has none).
    struct Venue: MustacheParent, Sendable {
        let name: Text
        let address: Text?

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "address": address
            default: nil
            }
        }
    }

    /// A trainer, supervisor, organizer or tovholder: `{{name}}`, `{{email}}` (missing when unknown).
    struct Person: MustacheParent, Sendable {
        let name: Text
        let email: Text?

        init(name: String, email: String?) {
            self.name = Text(name)
            self.email = email.map(Text.init)
        }

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "email": email
            default: nil
            }
        }
    }

    /// A meeting attendee: `{{name}}`, `{{role}}`, `{{email}}` (the last two missing when unknown).
    struct Attendee: MustacheParent, Sendable {
        let name: Text
        let role: Text?
        let email: Text?

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "role": role
            case "email": email
            default: nil
            }
        }
    }

    /// A participant: `{{name}}`.
    struct Participant: MustacheParent, Sendable {
        let name: Text

        func child(named name: String) -> Any? {
            name == "name" ? self.name : nil
        }
    }

    /// Participants of one municipality: `{{name}}`, `{{count}}`, `{{#participants}}`,
    /// `{{#tovholder}}` (missing when the municipality has none).
    struct MunicipalityGroup: MustacheParent, Sendable {
        let name: Text
        let count: Text
        let participants: [Participant]
        let tovholder: Person?

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "count": count
            case "participants": participants
            case "tovholder": tovholder
            default: nil
            }
        }
    }

    /// One entry of a list of dates: `{{number}}`, `{{date}}`.
    struct NumberedDate: MustacheParent, Sendable {
        let number: Text
        let date: Text

        func child(named name: String) -> Any? {
            switch name {
            case "number": number
            case "date": date
            default: nil
            }
        }
    }

    /// What every event description sees: `{{date}}`, `{{time}}`, `{{#virtual}}`,
    /// `{{manual.…}}` (missing for meetings), `{{#venue}}` (missing when virtual or unknown).
    struct Common: Sendable {
        let date: Text
        let time: Text
        let virtual: Bool
        let manual: Manual?
        let venue: Venue?

        func child(named name: String) -> Any? {
            switch name {
            case "date": date
            case "time": time
            case "virtual": virtual
            case "manual": manual
            case "venue": venue
            default: nil
            }
        }
    }

    /// A cohort's training description: ``Common`` and `{{cohort}}`, `{{days}}`,
    /// `{{#allDates}}`, `{{#trainers}}`, `{{participantCount}}`, `{{#municipalities}}`,
    /// `{{#organizer}}`.
    struct Training: MustacheParent, Sendable {
        let common: Common
        let cohort: Text
        let days: Text
        let allDates: [NumberedDate]
        let trainers: [Person]
        let participantCount: Text
        let municipalities: [MunicipalityGroup]
        let organizer: Person?

        func child(named name: String) -> Any? {
            switch name {
            case "cohort": cohort
            case "days": days
            case "allDates": allDates
            case "trainers": trainers
            case "participantCount": participantCount
            case "municipalities": municipalities
            case "organizer": organizer
            default: common.child(named: name)
            }
        }
    }

    /// A training day's summary: `{{manual.…}}`, `{{cohort}}`, `{{day}}`, `{{days}}`, `{{date}}`.
    struct TrainingDay: MustacheParent, Sendable {
        let manual: Manual?
        let cohort: Text
        let day: Text
        let days: Text
        let date: Text

        func child(named name: String) -> Any? {
            switch name {
            case "manual": manual
            case "cohort": cohort
            case "day": day
            case "days": days
            case "date": date
            default: nil
            }
        }
    }

    /// A supervision group's summary and description: ``Common`` and `{{group}}`,
    /// `{{cohort}}`, `{{sessions}}`, `{{everyWeeks}}`, `{{#sessionDates}}`, `{{#supervisor}}`,
    /// `{{memberCount}}`, `{{#municipalities}}`, `{{#organizer}}`.
    struct Supervision: MustacheParent, Sendable {
        let common: Common
        let group: Text
        let cohort: Text
        let sessions: Text
        let everyWeeks: Text
        let sessionDates: [NumberedDate]
        let supervisor: Person
        let memberCount: Text
        let municipalities: [MunicipalityGroup]
        let organizer: Person?

        func child(named name: String) -> Any? {
            switch name {
            case "group": group
            case "cohort": cohort
            case "sessions": sessions
            case "everyWeeks": everyWeeks
            case "sessionDates": sessionDates
            case "supervisor": supervisor
            case "memberCount": memberCount
            case "municipalities": municipalities
            case "organizer": organizer
            default: common.child(named: name)
            }
        }
    }

    /// One session's summary: everything of ``Supervision`` and `{{session}}` (its number),
    /// `{{date}}` (its date).
    struct SupervisionSession: MustacheParent, Sendable {
        let group: Supervision
        let session: Text
        let date: Text

        func child(named name: String) -> Any? {
            switch name {
            case "session": session
            case "date": date
            default: group.child(named: name)
            }
        }
    }

    /// A meeting's summary and description: ``Common`` and `{{title}}`, `{{index}}`,
    /// `{{count}}`, `{{attendeeCount}}`, `{{#attendees}}`, `{{#organizer}}`, `{{agenda}}` and
    /// `{{note}}` (missing when the secretariat set none).
    struct Meeting: MustacheParent, Sendable {
        let common: Common
        let title: Text
        let index: Text
        let count: Text
        let attendeeCount: Text
        let attendees: [Attendee]
        let organizer: Person?
        let agenda: Text?
        let note: Text?

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "index": index
            case "count": count
            case "attendeeCount": attendeeCount
            case "attendees": attendees
            case "organizer": organizer
            case "agenda": agenda
            case "note": note
            default: common.child(named: name)
            }
        }
    }
}
