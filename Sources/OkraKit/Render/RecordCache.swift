/// Per-objective pieces of the two data files, kept between the builds of `okra watch`: the objective
/// records of `okrs.json` and the entries of `search-index.js`. Only the pieces of objectives that an edit
/// changed are written again; the rest are copied from here.
final class RecordCache: Sendable {
    /// The data file a piece belongs to.
    enum DataFile: Sendable {
        case siteData, searchIndex
    }

    private let siteDataRecords = Locked<[ObjectiveID: ByteBlock]>([:])
    private let searchEntries = Locked<[ObjectiveID: ByteBlock]>([:])

    private func store(for file: DataFile) -> Locked<[ObjectiveID: ByteBlock]> {
        switch file {
        case .siteData: return siteDataRecords
        case .searchIndex: return searchEntries
        }
    }

    func record(of id: ObjectiveID, in file: DataFile) -> ByteBlock? { store(for: file).withValue { $0[id] } }

    /// Keeps `record`, in memory of its exact size.
    func store(_ record: ByteBlock, of id: ObjectiveID, in file: DataFile) {
        let kept = record.compacted()
        store(for: file).withValue { $0[id] = kept }
    }

    /// Drops the pieces of these objectives from both files.
    func forget(_ ids: some Sequence<ObjectiveID>) {
        for file in [DataFile.siteData, .searchIndex] {
            store(for: file).withValue { for id in ids { $0[id] = nil } }
        }
    }

    func forgetAll() {
        siteDataRecords.withValue { $0.removeAll() }
        searchEntries.withValue { $0.removeAll() }
    }
}

extension RecordCache {
    /// The per-objective lines of a data file, one line each and separated by commas, written into `sink` a
    /// few hundred at a time and freed once written: the file is tens of megabytes for 10,000 objectives, and
    /// holding it whole while the pages are rendered in parallel raised the peak memory of a build by as much.
    /// A line comes from `cache` when it holds one, otherwise from `make` (nil: no line for that objective), and
    /// is then stored in the cache. `firstLineStart` comes before the first line (each later one after `",\n"`).
    /// Returns the first error `sink` returned (0 when none) and whether any line was written.
    static func writeLines(of ids: [ObjectiveID], in file: DataFile, cache: RecordCache?, firstLineStart: StaticString,
                           make: (ObjectiveID) -> ByteBlock?, into sink: (ByteBlock) -> Int32) -> (code: Int32, wroteLines: Bool) {
        var code: Int32 = 0
        var first = true
        for start in stride(from: 0, to: ids.count, by: 256) where code == 0 {
            var buffer = TextBuffer(capacity: 1 << 20)
            for id in ids[start..<Swift.min(start + 256, ids.count)] {
                let line: ByteBlock
                if let cached = cache?.record(of: id, in: file) {
                    line = cached
                } else {
                    guard let made = make(id) else { continue }
                    cache?.store(made, of: id, in: file)
                    line = made
                }
                if first { buffer += firstLineStart } else { buffer += ",\n" }
                line.withBytes { buffer.append($0) }
                first = false
            }
            if !buffer.isEmpty { code = sink(buffer.finish()) }
        }
        return (code, !first)
    }
}
