import Foundation
import Testing

@testable import PlanningModel

@Suite struct JSONPatchTests {
    let document: JSONValue = .object([
        "a": .object(["b": .int(1), "c/d": .int(2), "e~f": .int(3)]),
        "list": .array([.string("x"), .string("y")]),
    ])

    @Test func addsReplacesAndRemoves() throws {
        let patched = try document.applying([
            PatchOperation(op: .add, path: "/a/new", value: .bool(true)),
            PatchOperation(op: .replace, path: "/a/b", value: .int(7)),
            PatchOperation(op: .remove, path: "/list/0"),
            PatchOperation(op: .add, path: "/list/-", value: .string("z")),
            PatchOperation(op: .add, path: "/list/0", value: .string("w")),
            PatchOperation(op: .replace, path: "/a/c~1d", value: .int(20)),
            PatchOperation(op: .remove, path: "/a/e~0f"),
        ])
        #expect(patched.value(at: "/a/new") == .bool(true))
        #expect(patched.value(at: "/a/b") == .int(7))
        #expect(patched.value(at: "/list") == .array([.string("w"), .string("y"), .string("z")]))
        #expect(patched.value(at: "/a/c~1d") == .int(20))
        #expect(patched.value(at: "/a/e~0f") == nil)
    }

    @Test func rejectsPathsThatDoNotExist() {
        #expect(throws: JSONPatchError.pathNotFound("/a/zzz")) {
            try document.applying([PatchOperation(op: .replace, path: "/a/zzz", value: .int(1))])
        }
        #expect(throws: JSONPatchError.pathNotFound("/list/5")) {
            try document.applying([PatchOperation(op: .remove, path: "/list/5")])
        }
        #expect(throws: JSONPatchError.invalidPointer("a/b")) {
            try document.applying([PatchOperation(op: .remove, path: "a/b")])
        }
        #expect(throws: JSONPatchError.missingValue("/a/b")) {
            try document.applying([PatchOperation(op: .replace, path: "/a/b")])
        }
    }

    @Test func patchesAScenarioDocumentAndDecodesIt() throws {
        let loaded = try ScenarioLoader().load(nil)
        let patched = try loaded.document.applying([
            PatchOperation(op: .replace, path: "/manuals/4/training/cohortMin", value: .int(4)),
            PatchOperation(op: .add, path: "/psychologists/0/manuals/-", value: .string("uro")),
        ])
        let scenario = try patched.decode(Scenario.self)
        #expect(scenario.manuals[4].training.cohortMin == 4)
        #expect(scenario.psychologists[0].manuals.last == "uro")
        #expect(ScenarioLoader().validate(scenario).filter(\.isError).isEmpty)
    }

    @Test func roundTripsAScenarioThroughJSONValue() throws {
        let scenario = try ScenarioLoader().load(nil).scenario
        let value = try JSONValue(encoding: scenario)
        #expect(try value.decode(Scenario.self) == scenario)
        #expect(value.value(at: "/travel/roadFactor") == .double(1.3))
    }
}
