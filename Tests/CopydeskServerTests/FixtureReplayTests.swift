import Foundation
import Testing

/// Replays every transcript in `protocol-fixtures/` against the real `copydesk serve` over pipes.
struct FixtureReplayTests {
    static let fixtures = Fixture.all

    @Test func thereAreFixturesToReplay() {
        #expect(Self.fixtures.count >= 10, "protocol-fixtures/ should hold the recorded sessions")
    }

    @Test(arguments: fixtures)
    func replay(_ url: URL) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-fixture-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fixture = try Fixture(contentsOf: url, root: root)
        let problems = try FixtureReplayer(fixture: fixture, root: root).run()
        #expect(problems.isEmpty, "\(fixture.name): \(fixture.description)\n\(problems.joined(separator: "\n"))")
    }
}
