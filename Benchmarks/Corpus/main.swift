import Foundation

// okra-corpus: writes a deterministic benchmark content folder (see docs/benchmarks.md).
//
//   okra-corpus --objectives N --output DIR [--seed S]

let usage = """
    usage: okra-corpus --objectives N --output DIR [--seed S]

    Writes a content folder with N objectives (site.yaml, org.yaml, <period>/<unit>/<slug>.md) for
    benchmarking okra build. The same N and seed always give the same files. DIR must be missing,
    empty, or a corpus okra-corpus wrote before (then it is replaced).
    """

var objectiveCount: Int?
var outputPath: String?
var seed: UInt64 = 2026
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func value() -> String {
        guard let value = arguments.popFirst() else { fail("\(argument) needs a value\n\(usage)", status: 2) }
        return value
    }
    switch argument {
    case "--objectives", "-n":
        guard let n = Int(value()), n > 0 else { fail("--objectives must be a positive integer", status: 2) }
        objectiveCount = n
    case "--output", "-o":
        outputPath = value()
    case "--seed":
        guard let s = UInt64(value()) else { fail("--seed must be a non-negative integer", status: 2) }
        seed = s
    case "--help", "-h":
        print(usage)
        exit(0)
    default:
        fail("unknown argument '\(argument)'\n\(usage)", status: 2)
    }
}
guard let count = objectiveCount, let output = outputPath else { fail(usage, status: 2) }

let started = Date()
let fileManager = FileManager.default
let root = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL

// Replace an earlier corpus, never anything else.
var isDirectory: ObjCBool = false
if fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory) {
    guard isDirectory.boolValue else { fail("'\(output)' exists and is not a folder") }
    let entries = (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? []
    if !entries.isEmpty {
        // Only a folder this tool wrote: its site.yaml starts with the marker line.
        let site = (try? String(contentsOf: root.appendingPathComponent("site.yaml"), encoding: .utf8)) ?? ""
        guard site.hasPrefix(Plan.marker) else {
            fail("'\(output)' is not empty and was not written by okra-corpus: refusing to replace it")
        }
        do { try fileManager.removeItem(at: root) } catch { fail("cannot remove '\(output)': \(error.localizedDescription)") }
    }
}

let plan = Plan(objectives: count, seed: seed)

func write(_ text: String, to relativePath: String) throws {
    let url = root.appendingPathComponent(relativePath)
    try Data(text.utf8).write(to: url)
}

do {
    try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
    // One folder per period, then one per (period, unit) that has objectives: each created once.
    for (periodIndex, period) in plan.periods.enumerated() {
        let periodURL = root.appendingPathComponent(period.id, isDirectory: true)
        var created = false
        for (unitIndex, objectives) in plan.byPeriodAndUnit[periodIndex].enumerated() where !objectives.isEmpty {
            if !created {
                try fileManager.createDirectory(at: periodURL, withIntermediateDirectories: false)
                created = true
            }
            try fileManager.createDirectory(at: periodURL.appendingPathComponent(plan.units[unitIndex].id, isDirectory: true),
                                            withIntermediateDirectories: false)
        }
    }
    try write(plan.siteYAML(objectiveCount: count), to: "site.yaml")
    try write(plan.orgYAML(), to: "org.yaml")
} catch {
    fail("cannot write into '\(output)': \(error.localizedDescription)")
}

// The objective files, in parallel chunks; each file's text depends only on the plan, the seed and its index.
let failures = FailureLog()
let chunkSize = 256
let chunks = (plan.objectives.count + chunkSize - 1) / chunkSize
let rootPath = root.path
let fixedSeed = seed
DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
    let end = min(plan.objectives.count, (chunk + 1) * chunkSize)
    for index in chunk * chunkSize..<end {
        let text = plan.objectiveFile(index, seed: fixedSeed)
        let path = rootPath + "/" + plan.path(of: index) + ".md"
        do {
            // Not .atomic (FileManager.createFile is): one write per file, no temporary and rename.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path, isDirectory: false))
        } catch {
            failures.add(path)
        }
    }
}
if !failures.all.isEmpty {
    fail("could not write \(failures.all.count) files, e.g. \(failures.all[0])")
}

let seconds = Date().timeIntervalSince(started)
let quarterCounts = plan.periods.indices.map { period in plan.byPeriodAndUnit[period].reduce(0) { $0 + $1.count } }
let periodSummary = zip(plan.periods, quarterCounts).map { "\($0.id): \($1)" }.joined(separator: ", ")
print("wrote \(count) objectives, \(plan.units.count) units, \(plan.people.count) people to \(output) in \(String(format: "%.2f", seconds)) s")
print("periods — \(periodSummary); at most \(plan.busiestUnit) objectives per unit and period; judge with --today \(Days.iso(Plan.today))")
