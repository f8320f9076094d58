import Testing

@testable import CopydeskServer

/// What the server remembers about problems it published on configuration and entity files.
struct EntityFileReportingTests {
    @Test func problemsArePublishedOncePerChange() {
        let reporter = ProblemReporter<String>()
        var published: [[String]] = []
        for problems in [["line 2"], ["line 2"], ["line 2", "line 3"], [], []] {
            reporter.update("/desk/people.jsonl", to: problems) { published.append($0) }
        }
        #expect(published == [["line 2"], ["line 2", "line 3"], []])
    }

    @Test func clearingPublishesOnlyWhenProblemsWereShown() {
        let reporter = ProblemReporter<String>()
        var cleared = 0
        reporter.clear("/desk/people.jsonl") { cleared += 1 }
        #expect(cleared == 0)
        reporter.update("/desk/people.jsonl", to: ["line 2"]) { _ in }
        reporter.clear("/desk/people.jsonl") { cleared += 1 }
        reporter.clear("/desk/people.jsonl") { cleared += 1 }
        #expect(cleared == 1)
    }

    @Test func aFileDroppedFromEveryConfigurationIsUnlisted() {
        let listings = EntityFileListings()
        #expect(listings.update("/a/.copydesk.json", lists: ["/shared/people.jsonl", "/a/desk.jsonl"]).isEmpty)
        #expect(listings.update("/b/.copydesk.json", lists: ["/shared/people.jsonl"]).isEmpty)
        #expect(listings.isListed("/a/desk.jsonl"))
        #expect(!listings.isListed("/a/notes.jsonl"))
        // Still listed by /b, so only the file /a alone listed is dropped.
        #expect(listings.update("/a/.copydesk.json", lists: []) == ["/a/desk.jsonl"])
        #expect(listings.isListed("/shared/people.jsonl"))
        #expect(listings.remove("/b/.copydesk.json") == ["/shared/people.jsonl"])
        #expect(!listings.isListed("/shared/people.jsonl"))
        #expect(listings.remove("/b/.copydesk.json").isEmpty)
    }
}
