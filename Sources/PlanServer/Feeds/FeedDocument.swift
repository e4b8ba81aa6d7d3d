import Crypto
import Foundation
import PlanStore

/// One calendar file as the feed serves it: its bytes, strong ETag and time of change.
struct FeedDocument: Sendable {
    let bytes: Data
    /// `"<SHA-256 of the bytes>"`: equal bytes, equal tag.
    let etag: String
    let lastModified: Date

    init(bytes: Data, lastModified: Date) {
        self.bytes = bytes
        self.etag = Self.etag(of: bytes)
        self.lastModified = lastModified
    }

    /// A strong entity tag for `bytes`.
    static func etag(of bytes: Data) -> String {
        "\"" + digest(of: bytes) + "\""
    }

    /// The SHA-256 of `bytes` in hexadecimal.
    static func digest(of bytes: Data) -> String {
        SHA256.hash(data: bytes).hex
    }
}
