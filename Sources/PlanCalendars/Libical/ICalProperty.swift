import CLibical

/// Sole owner of one libical property until it is handed to a component.
///
/// A property that is never adopted is freed when its owner goes out of scope, so no path
/// (an early return, a thrown error) can leak it.
struct ICalProperty: ~Copyable {
    /// The libical `icalproperty *`.
    let pointer: OpaquePointer

    /// Takes ownership of a freshly created property.
    ///
    /// - Precondition: `pointer` is not nil (libical returns nil only when out of memory or
    ///   for a kind that does not exist, both programmer errors here).
    init(_ pointer: OpaquePointer?) {
        guard let pointer else { preconditionFailure("libical could not create a property") }
        self.pointer = pointer
    }

    /// An `X-` property. libical 3.0.16 writes `X-` values verbatim (no escaping), so
    /// commas, semicolons and line breaks are replaced here to keep the line well formed.
    static func x(_ name: String, _ value: String) -> ICalProperty {
        let property = ICalProperty(icalproperty_new_x(ICalText.xSafe(value)))
        icalproperty_set_x_name(property.pointer, name)
        return property
    }

    /// Adds a parameter; the property takes ownership of it.
    func add(parameter: OpaquePointer?) {
        guard let parameter else { preconditionFailure("libical could not create a parameter") }
        icalproperty_add_parameter(pointer, parameter)
    }

    /// Hands the property to `component`, which frees it from now on.
    consuming func adopt(into component: borrowing ICalComponent) {
        icalcomponent_add_property(component.pointer, pointer)
        discard self
    }

    deinit {
        icalproperty_free(pointer)
    }
}
