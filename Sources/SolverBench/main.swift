import ConstraintSolver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let usage = """
    usage: solver-bench jobshop FILE [--time-limit S] [--seed N] [--quiet]
      Solves an OR-Library job-shop instance (makespan) and prints as last line
      makespan=<int> status=<optimal|feasible> elapsed=<seconds> best_at=<seconds>
    usage: solver-bench sums
      Branch and bound on a model of long Boolean sums for 400 000 nodes; prints
      cost=<int> nodes=<int> elapsed=<seconds>
    """

func fail(_ message: String, code: Int32) -> Never {
    var text = message + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(code)
}

func readFile(_ path: String) -> String? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["sums"] {
    let sums = LinearSumsRun().run()
    print("cost=\(sums.cost) nodes=\(sums.nodes) elapsed=\(format3(sums.elapsed))")
    exit(0)
}
guard arguments.first == "jobshop", arguments.count >= 2 else { fail(usage, code: 64) }
let path = arguments[1]
var timeLimit = 10.0
var seed: UInt64 = 1
var quiet = false
var k = 2
while k < arguments.count {
    switch arguments[k] {
    case "--time-limit":
        guard k + 1 < arguments.count, let t = Double(arguments[k + 1]), t > 0 else { fail(usage, code: 64) }
        timeLimit = t
        k += 2
    case "--seed":
        guard k + 1 < arguments.count, let s = UInt64(arguments[k + 1]) else { fail(usage, code: 64) }
        seed = s
        k += 2
    case "--quiet":
        quiet = true
        k += 1
    default:
        fail("unknown argument '\(arguments[k])'\n" + usage, code: 64)
    }
}
guard let text = readFile(path) else { fail("cannot read \(path)", code: 66) }
let instance: JobShopInstance
do {
    instance = try JobShopInstance(text: text)
} catch {
    fail(error.description, code: 65)
}

let result = JobShopRun(instance: instance, seed: seed, timeLimit: timeLimit, quiet: quiet).run()
print(
    "makespan=\(result.makespan) status=\(result.optimal ? "optimal" : "feasible") elapsed="
        + String(format3(result.elapsed)) + " best_at=" + format3(result.timeToBest))
