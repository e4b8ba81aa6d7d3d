import CLibical

/// Sole owner of one libical component tree (a calendar, an event, a time zone).
///
/// `deinit` frees the whole tree with `icalcomponent_free`; ``adopt(into:)`` hands a child
/// to its parent instead, after which the parent frees it. Being `~Copyable`, an owner can
/// neither be duplicated (double free) nor forgotten silently (leak).
struct ICalComponent: ~Copyable {
    /// The libical `icalcomponent *`.
    let pointer: OpaquePointer

    /// A new, empty component of the given kind.
    init(kind: icalcomponent_kind) {
        guard let pointer = icalcomponent_new(kind) else { preconditionFailure("libical could not create a component") }
        self.pointer = pointer
    }

    /// Takes ownership of a component libical handed out (a parse result, a clone).
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// A deep copy, owned separately.
    func clone() -> ICalComponent {
        guard let copy = icalcomponent_new_clone(pointer) else {
            preconditionFailure("libical could not clone a component")
        }
        return ICalComponent(owning: copy)
    }

    /// Adds a property; the component takes ownership of it.
    func add(_ property: consuming ICalProperty) {
        property.adopt(into: self)
    }

    /// Hands this component to `parent`, which frees it from now on.
    consuming func adopt(into parent: borrowing ICalComponent) {
        icalcomponent_add_component(parent.pointer, pointer)
        discard self
    }

    /// The component as iCalendar text: libical escapes and writes the values, and
    /// ``ICalFolding`` folds every content line at 75 octets, each line ending in CRLF
    /// (libical 3.0.16's own folding can break a line between CR and LF).
    func serialized() -> String {
        ICalFolding.refolded(Libical.takeString(icalcomponent_as_ical_string_r(pointer)))
    }

    /// A non-owning view of this component, valid while the owner lives.
    var view: ICalComponentView { ICalComponentView(pointer: pointer) }

    deinit {
        icalcomponent_free(pointer)
    }
}
