import XCTest
@testable import OkraKit

/// `okra watch` scores only the objectives an edit changed and sums again only the roll-ups they are part of:
/// every number must equal that of a scorecard made from scratch, to the last bit.
final class ScorecardTests: XCTestCase {
    func testScoringOnlyEditedObjectivesGivesEveryRollUpOfAFullScoring() throws {
        let earlier = try Pipeline.check(PipelineOptions(contentDirectory: ExampleContentTests.contentDirectory, today: Day(iso: "2026-11-24")!))
        let content = earlier.content
        let organisation = content.organisation
        // An objective of the deepest unit, whose score reaches the most roll-ups above it, and one of another period.
        let deepest = try XCTUnwrap(content.objectives.max { organisation.ancestors(of: $0.id.unit).count < organisation.ancestors(of: $1.id.unit).count })
        let other = try XCTUnwrap(content.objectives.first { $0.id.period != deepest.id.period })
        var edited = [deepest, other]
        edited[0].manualScore = 0.05
        edited[1].weight = 3
        edited[1].manualHealth = .offTrack

        let (patched, positions) = try XCTUnwrap(content.replacingObjectives(of: edited.map { ($0.file, $0) }))
        let kept = Scorecard(content: patched, reusing: (content, earlier.scorecard), changedPositions: positions)
        let fresh = Scorecard(content: patched)

        XCTAssertNotEqual(kept.period(deepest.id.period), earlier.scorecard.period(deepest.id.period), "the edit must move the numbers")
        for period in patched.periods {
            XCTAssertEqual(kept.period(period.id), fresh.period(period.id), period.id)
            for unit in organisation.units {
                XCTAssertEqual(kept.unit(unit.id, inPeriod: period.id), fresh.unit(unit.id, inPeriod: period.id), "\(period.id) \(unit.id)")
                XCTAssertEqual(kept.unitTree(unit.id, inPeriod: period.id), fresh.unitTree(unit.id, inPeriod: period.id), "\(period.id) \(unit.id)")
            }
        }
        for objective in patched.objectives {
            XCTAssertEqual(kept.score(of: objective.id), fresh.score(of: objective.id), objective.id.path)
        }
    }
}
