import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP port nobody listens on now on 127.0.0.1: the kernel's choice for a socket bound to
/// port 0 (for the server processes and the browser driver the tests start).
public enum FreePort {
    /// - Throws: ``SpawnError`` when no socket can be bound on 127.0.0.1.
    public static func next() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw SpawnError("no socket for finding a free port", errno) }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) }
        }
        guard bound == 0 else { throw SpawnError("cannot bind a socket on 127.0.0.1", errno) }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        guard named == 0 else { throw SpawnError("cannot read the socket's port", errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
