import CopydeskCLI
import Foundation
import Testing

struct ExplainEntityCommandTests {
    typealias Scratch = CheckCommandTests.Scratch

    func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["explain-entity"] + arguments, console: console)
        return (status, console.output, console.errors)
    }

    @Test func printsTheCardOfAKnownName() {
        let result = run(["Tianjin"])
        #expect(result.status == 0)
        #expect(result.output.contains("AP dateline: TIANJIN, China"))
        #expect(result.output.contains("as of 2025-09-26"))
    }

    @Test func nothingKnownExitsOne() {
        let result = run(["Qzxv Blorp"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("nothing known about 'Qzxv Blorp'"))
    }

    @Test func jsonListsRecordsAndNationalityWordsFindTheirCountry() throws {
        let result = run(["--format", "json", "Britons"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""id": "country:GB""#))
        #expect(run(["--format", "json", "Qzxv"]).output.contains(#""count": 0"#))
    }

    @Test func usesTheNewsroomEntityFilesAndReportsTheirProblems() throws {
        let scratch = try Scratch([
            ".copydesk.json": #"{"entities": ["desk/people.jsonl"]}"#,
            "desk/people.jsonl": """
                {"name": "Cara Diemont", "kind": "person", "title": "Analyst", "affiliation": "Dimension Data"}
                {"name": "Broken"
                """,
        ])
        let result = run(["--config", scratch.path + "/.copydesk.json", "Diemont"])
        #expect(result.output.contains("Cara Diemont — person"))
        #expect(result.output.contains("Analyst, Dimension Data"))
        #expect(result.errors.contains("desk/people.jsonl:2: error: not valid JSON"))
        #expect(result.status == 2)
    }

    @Test func aMissingEntityFileIsAnError() throws {
        let scratch = try Scratch([".copydesk.json": #"{"entities": ["missing.jsonl"]}"#])
        let result = run(["--config", scratch.path + "/.copydesk.json", "Putin"])
        #expect(result.status == 2)
        #expect(result.errors.contains("missing.jsonl: entity file not found"))
        #expect(result.output.contains("Vladimir Putin"))
    }

    @Test func usageErrorsExitTwo() {
        #expect(run([]).status == 2)
        #expect(run(["--format", "yaml", "Putin"]).status == 2)
    }
}

struct EntityFilesInCheckTests {
    @Test func checkReportsBrokenEntityLinesAndExitsTwo() throws {
        let scratch = try CheckCommandTests.Scratch([
            ".copydesk.json": #"{"entities": ["entities.jsonl"]}"#,
            "entities.jsonl": "{\"name\": \"Cara Diemont\", \"kind\": \"person\"}\n{\"kind\": \"person\"}\n",
            "a.md": "Body.",
        ])
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["check", scratch.path + "/a.md"], console: console)
        #expect(status == 2)
        #expect(console.errors.contains("entities.jsonl:2: error: field 'name': missing or empty"))
    }

    @Test func checkIsQuietWithGoodEntityFiles() throws {
        let scratch = try CheckCommandTests.Scratch([
            ".copydesk.json": #"{"entities": ["entities.jsonl"]}"#,
            "entities.jsonl": "{\"name\": \"Cara Diemont\", \"kind\": \"person\"}\n",
            "a.md": "Body.",
        ])
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["check", scratch.path + "/a.md"], console: console)
        #expect(status == 0)
        #expect(console.errors.isEmpty)
    }
}
