import Crypto
import Foundation

/// Random secrets for access and feed tokens, and the hash under which access tokens are kept.
public enum TokenSecret {
    /// A new secret: 256 random bits from the system's generator, URL-safe Base64 without
    /// padding (43 characters), so it fits in a path and a header unchanged.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64) { Array($0) } }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of the secret's UTF-8 bytes, as 64 lowercase hex digits: what the store keeps.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hex
    }
}
