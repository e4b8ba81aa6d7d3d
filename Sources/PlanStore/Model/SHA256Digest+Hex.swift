import Crypto
import Foundation

extension SHA256.Digest {
    /// The digest as 64 lowercase hex digits, as the store keeps hashes and the server writes
    /// ETags.
    public var hex: String { map { String(format: "%02x", $0) }.joined() }
}
