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

final class SitePathsTests: XCTestCase {
    func testRelativeLinks() {
        XCTAssertEqual(SitePaths.relative(from: "index.html", to: "2026-Q3/index.html"), "2026-Q3/index.html")
        XCTAssertEqual(SitePaths.relative(from: "2026-Q3/sales/a.html", to: "2026-Q3/sales/index.html"), "index.html")
        XCTAssertEqual(SitePaths.relative(from: "2026-Q3/sales/a.html", to: "2026-Q3/marketing/b.html"), "../marketing/b.html")
        XCTAssertEqual(SitePaths.relative(from: "2026-Q3/sales/a.html", to: "people/x.html"), "../../people/x.html")
        XCTAssertEqual(SitePaths.relative(from: "2026-Q3/sales/a.html", to: "2026-Q3-b/x.html"), "../../2026-Q3-b/x.html")
        XCTAssertEqual(SitePaths.relative(from: "units/sales.html", to: "units/sales-team.html"), "sales-team.html")
        XCTAssertEqual(SitePaths.relative(from: "a/b/c.html", to: "a/b/c.html"), "c.html")
        XCTAssertEqual(SitePaths.relative(from: "2026-Q3/営業/a.html", to: "2026-Q3/営業部/目標.html"), "../営業部/目標.html")
        XCTAssertEqual(SitePaths.relative(from: "index.html", to: ""), "")
    }

    func testDaysAreWrittenAsISODates() {
        XCTAssertEqual(Day(iso: "2026-04-01")!.iso, "2026-04-01")
        XCTAssertEqual(Day(iso: "2026-12-31")!.iso, "2026-12-31")
        XCTAssertEqual(Day(iso: "0987-01-09")?.iso, "0987-01-09")
        XCTAssertEqual(Day(iso: "2024-02-29")!.adding(days: 1).iso, "2024-03-01")
    }

    func testIdentifiersAreLowerCasedOnlyWhenNeeded() {
        XCTAssertEqual(Identifier.normalized("sales-team_2"), "sales-team_2")
        XCTAssertEqual(Identifier.normalized("Sales-Team"), "sales-team")
        XCTAssertEqual(Identifier.normalized("ABC"), "abc")
        XCTAssertNil(Identifier.normalized(""))
        XCTAssertNil(Identifier.normalized("-sales"))
        XCTAssertNil(Identifier.normalized("sales team"))
        XCTAssertNil(Identifier.normalized("営業"))
        XCTAssertNil(Identifier.normalized("sales.team"))
    }
}
