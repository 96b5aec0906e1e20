import XCTest
@testable import OkraKit

/// The data files' lines kept by `okra watch`: blocks none of whose objectives changed are handed on as
/// they are, changed lines are made again, and the bytes always equal a fresh write's.
final class RecordCacheTests: XCTestCase {
    private let ids = (0..<10).map { ObjectiveID(period: "2026-Q3", unit: "sales", slug: "o\($0)") }

    /// Writes `ids` in blocks of three lines; returns the blocks handed on and the objectives whose lines were made.
    private func write(_ ids: [ObjectiveID], cache: RecordCache?, version: [ObjectiveID: Int] = [:]) -> (blocks: [ByteBlock], made: [ObjectiveID]) {
        var blocks: [ByteBlock] = [], made: [ObjectiveID] = []
        let result = RecordCache.writeLines(of: ids, in: .siteData, cache: cache, firstLineStart: "\n", linesPerBlock: 3, make: { id in
            made.append(id)
            var buffer = TextBuffer()
            buffer.append("{\"id\":\"\(id.slug)\",\"version\":\(version[id] ?? 0)}")
            return buffer.finish()
        }, into: { block in
            blocks.append(block)
            return 0
        })
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.wroteLines, !ids.isEmpty)
        return (blocks, made)
    }

    private func text(_ blocks: [ByteBlock]) -> String { blocks.map(\.text).joined() }

    func testUnchangedBlocksAreHandedOnAsTheyAre() {
        let cache = RecordCache()
        let first = write(ids, cache: cache)
        XCTAssertEqual(first.made, ids)
        XCTAssertEqual(first.blocks.count, 4)

        cache.forget([ids[4]])
        let second = write(ids, cache: cache, version: [ids[4]: 1])
        XCTAssertEqual(second.made, [ids[4]], "only the changed objective's line is made again")
        XCTAssertEqual(text(second.blocks), text(write(ids, cache: nil, version: [ids[4]: 1]).blocks))
        XCTAssertTrue(second.blocks[0] === first.blocks[0] && second.blocks[2] === first.blocks[2] && second.blocks[3] === first.blocks[3])
        XCTAssertFalse(second.blocks[1] === first.blocks[1])

        let third = write(ids, cache: cache, version: [ids[4]: 1])
        XCTAssertEqual(third.made, [])
        XCTAssertTrue(zip(third.blocks, second.blocks).allSatisfy { $0 === $1 }, "the remade block is kept too")
    }

    func testOtherObjectivesReuseTheLinesThatStillHold() {
        let cache = RecordCache()
        _ = write(ids, cache: cache)
        var fewer = ids
        fewer.remove(at: 1)
        let shifted = write(fewer, cache: cache)
        XCTAssertEqual(shifted.made, [], "every line is copied from where it was")
        XCTAssertEqual(text(shifted.blocks), text(write(fewer, cache: nil).blocks))

        cache.forget([ids[9]])
        let again = write(fewer, cache: cache, version: [ids[9]: 2])
        XCTAssertEqual(again.made, [ids[9]])
        XCTAssertEqual(text(again.blocks), text(write(fewer, cache: nil, version: [ids[9]: 2]).blocks))
    }

    func testForgetAllMakesEveryLineAgain() {
        let cache = RecordCache()
        _ = write(ids, cache: cache)
        cache.forgetAll()
        XCTAssertEqual(write(ids, cache: cache).made, ids)
    }
}
