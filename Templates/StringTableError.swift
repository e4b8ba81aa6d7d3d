/// Why a string table could not be read.
public struct StringTableError: Error, CustomStringConvertible, Equatable {
    /// The table's file.
    public let file: String
    /// What is wrong with it.
    public let reason: String

    public var description: String { "\(file): error: \(reason)" }
}
