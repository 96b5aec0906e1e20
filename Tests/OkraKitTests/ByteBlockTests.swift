import XCTest
@testable import OkraKit

/// Blocks kept between rebuilds are copied into memory of their exact size, with the same bytes.
final class ByteBlockTests: XCTestCase {
    private func block(_ text: String, capacity: Int) -> ByteBlock {
        var buffer = TextBuffer(capacity: capacity)
        buffer.append(text)
        return buffer.finish()
    }

    func testABlockWithRoomToSpareIsCopiedWhole() {
        let text = String(repeating: "進捗 62%（黄）", count: 40)
        let roomy = block(text, capacity: 8 * text.utf8.count)
        let compact = roomy.compacted()
        XCTAssertFalse(compact === roomy)
        XCTAssertEqual(compact.count, roomy.count)
        XCTAssertEqual(compact.text, text)
        XCTAssertTrue(compact.compacted() === compact, "a compact block is kept as it is")
    }

    func testABlockThatFitsIsKept() {
        let text = "<svg></svg>" + String(repeating: "x", count: 100)
        let tight = block(text, capacity: text.utf8.count)
        XCTAssertTrue(tight.compacted() === tight)
        XCTAssertTrue(ByteBlock.empty.compacted() === ByteBlock.empty, "an empty block is shared, not copied")
    }
}
