/// Per-objective lines of the two data files, kept between the builds of `okra watch`: the objective
/// records of `okrs.json` and the entries of `search-index.js`. Only the lines of objectives that an edit
/// changed are written again; the rest are copied from here, and a block of lines none of which changed
/// is handed to the file as it is, without looking at its lines.
final class RecordCache: Sendable {
    /// The data file a line belongs to.
    enum DataFile: Sendable, CaseIterable {
        case siteData, searchIndex
    }

    private let siteDataLines = Locked(KeptLines())
    private let searchIndexLines = Locked(KeptLines())

    private func lines(of file: DataFile) -> Locked<KeptLines> {
        switch file {
        case .siteData: return siteDataLines
        case .searchIndex: return searchIndexLines
        }
    }

    /// Takes the kept lines of `file` out of the cache, leaving it empty for that file until ``keep(_:of:)``.
    fileprivate func take(_ file: DataFile) -> KeptLines {
        lines(of: file).withValue { kept in
            defer { kept = KeptLines() }
            return kept
        }
    }

    fileprivate func keep(_ kept: KeptLines, of file: DataFile) { lines(of: file).withValue { $0 = kept } }

    /// Marks the lines of these objectives as outdated in both files.
    func forget(_ ids: some Sequence<ObjectiveID>) {
        for file in DataFile.allCases {
            lines(of: file).withValue { kept in
                for id in ids { kept.markChanged(id) }
            }
        }
    }

    func forgetAll() {
        for file in DataFile.allCases { lines(of: file).withValue { $0 = KeptLines() } }
    }
}

/// The lines of one data file as the last build wrote them, in the blocks it handed to the file.
private struct KeptLines {
    struct Block {
        /// The objectives of the block's lines, in order.
        var ids: [ObjectiveID]
        /// Whether the block begins with the first line of the file (and so without a separator).
        var beginsFile: Bool
        /// The lines and the separators between them, in memory of their exact size.
        var bytes: ByteBlock
        /// Where in `bytes` each objective's line is.
        var lineRanges: [Range<Int>]
        /// Whether a line in the block changed since it was written.
        var isOutdated = false
    }

    var blocks: [Block] = []
    /// Where each objective's line is: its block and its place in the block.
    var places: [ObjectiveID: (block: Int, line: Int)] = [:]
    var changed: Set<ObjectiveID> = []

    mutating func markChanged(_ id: ObjectiveID) {
        guard let place = places[id] else { return }
        changed.insert(id)
        blocks[place.block].isOutdated = true
    }

    /// The kept line of `id`, when it has one that did not change.
    func line(of id: ObjectiveID) -> (bytes: ByteBlock, range: Range<Int>)? {
        guard let place = places[id], !changed.contains(id) else { return nil }
        let block = blocks[place.block]
        return (block.bytes, block.lineRanges[place.line])
    }

    /// The kept block at `index` when it holds exactly these objectives, none of them changed, and begins the file as the new one would.
    func unchangedBlock(at index: Int, ids: ArraySlice<ObjectiveID>, beginsFile: Bool) -> Block? {
        guard index < blocks.count else { return nil }
        let block = blocks[index]
        guard !block.isOutdated, block.beginsFile == beginsFile, block.ids.elementsEqual(ids) else { return nil }
        return block
    }

    /// Adds a block after the others. `samePlaces` says that `places` already holds where its lines are
    /// (a block of an earlier build, at the same index, with the same objectives).
    mutating func append(_ block: Block, samePlaces: Bool = false) {
        if !samePlaces {
            for (line, id) in block.ids.enumerated() { places[id] = (blocks.count, line) }
        }
        blocks.append(block)
    }

    /// The kept lines of a build that writes the same objectives in the same blocks as this one: they
    /// start with this one's places, so that blocks that did not change need not index their lines again.
    func emptiedKeepingPlaces() -> KeptLines {
        var kept = KeptLines()
        kept.places = places
        kept.blocks.reserveCapacity(blocks.count)
        return kept
    }
}

extension RecordCache {
    /// How many lines a block handed to the file holds.
    static let defaultLinesPerBlock = 256

    /// The per-objective lines of a data file, one line each and separated by commas, written into `sink` a
    /// few hundred at a time and freed once written: the file is tens of megabytes for 10,000 objectives, and
    /// holding it whole while the pages are rendered in parallel raised the peak memory of a build by as much.
    /// A line comes from `cache` when it holds one, otherwise from `make` (nil: no line for that objective); the
    /// blocks written are then kept in the cache. `firstLineStart` comes before the first line (each later one
    /// after `",\n"`). Returns the first error `sink` returned (0 when none) and whether any line was written.
    static func writeLines(of ids: [ObjectiveID], in file: DataFile, cache: RecordCache?, firstLineStart: StaticString,
                           linesPerBlock: Int = defaultLinesPerBlock, make: (ObjectiveID) -> ByteBlock?,
                           into sink: (ByteBlock) -> Int32) -> (code: Int32, wroteLines: Bool) {
        let earlier = cache?.take(file) ?? KeptLines()
        // The usual case in `okra watch`: the same objectives as the last build, whose places still hold.
        let sameObjectives = earlier.places.count == ids.count && earlier.blocks.count == (ids.count + linesPerBlock - 1) / linesPerBlock
        var kept = sameObjectives ? earlier.emptiedKeepingPlaces() : KeptLines()
        // A block is kept only when every objective in it has a line, so that a kept block's lines match its objectives.
        var keepsBlocks = cache != nil
        var code: Int32 = 0
        var first = true
        for (index, start) in stride(from: 0, to: ids.count, by: linesPerBlock).enumerated() where code == 0 {
            let blockIDs = ids[start..<Swift.min(start + linesPerBlock, ids.count)]
            if let block = earlier.unchangedBlock(at: index, ids: blockIDs, beginsFile: first) {
                if keepsBlocks { kept.append(block, samePlaces: sameObjectives) }
                first = false
                code = sink(block.bytes)
                continue
            }
            let beginsFile = first
            var buffer = TextBuffer(capacity: 1 << 20)
            var lineRanges: [Range<Int>] = []
            lineRanges.reserveCapacity(blockIDs.count)
            for id in blockIDs {
                let line: (bytes: ByteBlock, range: Range<Int>)
                if let earlierLine = earlier.line(of: id) {
                    line = earlierLine
                } else if let made = make(id) {
                    line = (made, 0..<made.count)
                } else {
                    keepsBlocks = false
                    continue
                }
                if first { buffer += firstLineStart } else { buffer += ",\n" }
                let lineStart = buffer.count
                line.bytes.withBytes { buffer.append(UnsafeBufferPointer(rebasing: $0[line.range])) }
                lineRanges.append(lineStart..<buffer.count)
                first = false
            }
            if buffer.isEmpty { continue }
            var bytes = buffer.finish()
            if keepsBlocks {
                bytes = bytes.compacted()
                kept.append(KeptLines.Block(ids: Array(blockIDs), beginsFile: beginsFile, bytes: bytes, lineRanges: lineRanges))
            }
            code = sink(bytes)
        }
        if let cache, keepsBlocks, code == 0 { cache.keep(kept, of: file) }
        return (code, !first)
    }
}
