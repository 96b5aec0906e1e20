import XCTest
@testable import OkraKit

final class MiniSiteTests: XCTestCase {
    func testArchiveSplitsIntoFiles() {
        let files = MiniSite.files(in: """
        -- site.yaml --
        title: A
        -- 2026-Q3/sales/a.md --
        ---
        title: B
        ---
        """)
        XCTAssertEqual(files.map(\.0), ["site.yaml", "2026-Q3/sales/a.md"])
        XCTAssertEqual(files[0].1, "title: A\n")
        XCTAssertEqual(files[1].1, "---\ntitle: B\n---\n")
    }
}
