import CLibical

/// A borrowed look at a component inside a tree some ``ICalComponent`` owns.
///
/// Never outlives the owner: views are created and dropped inside one libical call site.
struct ICalComponentView {
    let pointer: OpaquePointer

    var kind: icalcomponent_kind { icalcomponent_isa(pointer) }

    /// The direct children of the given kind (`ICAL_ANY_COMPONENT` for all), in order.
    func children(_ kind: icalcomponent_kind = ICAL_ANY_COMPONENT) -> [ICalComponentView] {
        var result: [ICalComponentView] = []
        var child = icalcomponent_get_first_component(pointer, kind)
        while let current = child {
            result.append(ICalComponentView(pointer: current))
            child = icalcomponent_get_next_component(pointer, kind)
        }
        return result
    }

    /// The properties of the given kind (`ICAL_ANY_PROPERTY` for all), in order.
    func properties(_ kind: icalproperty_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(pointer, kind)
        while let current = property {
            result.append(current)
            property = icalcomponent_get_next_property(pointer, kind)
        }
        return result
    }

    /// The first property of the given kind, if any.
    func property(_ kind: icalproperty_kind) -> OpaquePointer? {
        icalcomponent_get_first_property(pointer, kind)
    }

    /// Every component of this tree, this one first, depth first.
    func descendantsAndSelf() -> [ICalComponentView] {
        var result = [self]
        for child in children() {
            result.append(contentsOf: child.descendantsAndSelf())
        }
        return result
    }
}
