import CopydeskCLI
import Foundation
import Testing

struct CheckCommandTests {
    /// A scratch folder with the given files, removed when the test ends.
    final class Scratch {
        let path: String

        init(_ files: [String: String]) throws {
            path = NSTemporaryDirectory() + "copydesk-cli-\(UUID().uuidString)"
            for (name, contents) in files {
                let full = path + "/" + name
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try contents.write(toFile: full, atomically: true, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func checksAFolderRecursivelyAndSummarises() throws {
        let scratch = try Scratch(["a.md": "# Title\n\nBody.", "sub/b.txt": "Text.", "sub/c.json": "{}"])
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["check", scratch.path], console: console)
        #expect(status == 0)
        #expect(console.output.hasSuffix("No findings in 2 files.\n"))
    }

    @Test func aMissingFileIsAnErrorNamingTheFile() {
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["check", "/no/such/draft.md"], console: console)
        #expect(status == 2)
        #expect(console.errors.contains("/no/such/draft.md: no such file or directory"))
    }

    @Test func aBrokenConfigurationIsReportedWithItsPosition() throws {
        let scratch = try Scratch([".copydesk.json": "{\n  \"rules\": {\"no-such-rule\": \"off\"}\n}", "a.md": "Body."])
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["check", scratch.path + "/a.md"], console: console)
        #expect(status == 2)
        #expect(console.errors.contains(".copydesk.json:2:13: unknown rule 'no-such-rule'"))
    }

    @Test func invalidUTF8IsReportedNotAnalysed() throws {
        let scratch = try Scratch([:])
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: scratch.path + "/bad.txt", contents: Data([0x41, 0xFF, 0x42]))
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["check", scratch.path + "/bad.txt"], console: console)
        #expect(status == 2)
        #expect(console.errors.contains("not valid UTF-8 (byte 1)"))
    }

    static let usageErrors: [[String]] = [
        ["check", "--format", "xml"], ["check", "--date", "Sept. 3"], ["check", "--fail-on", "sometimes"], ["check", "--nope"],
        ["analyze"], ["analyze", "a", "b"], ["frobnicate"], [],
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExitTwo(arguments: [String]) {
        let console = Console.capturing()
        #expect(CopydeskCommand.main(arguments: arguments, console: console) == 2)
        #expect(!console.errors.isEmpty)
    }

    @Test func analyzePrintsAVersionedDump() throws {
        let scratch = try Scratch(["a.md": "Body text."])
        let console = Console.capturing()
        let status = CopydeskCommand.main(arguments: ["analyze", "--format", "json", "--date", "2025-09-03", scratch.path + "/a.md"], console: console)
        #expect(status == 0)
        #expect(console.output.contains("\"version\":1"))
        #expect(console.output.contains("\"quotes\":["))
    }
}

struct CheckReportFormatTests {
    @Test(arguments: ["json", "sarif"])
    func machineFormatsAreJSON(format: String) throws {
        let scratch = try CheckCommandTests.Scratch(["a.md": "Body."])
        let console = Console.capturing()
        #expect(CopydeskCommand.main(arguments: ["check", "--format", format, scratch.path], console: console) == 0)
        let object = try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any]
        #expect(object != nil)
        if format == "json" { #expect(object?["version"] as? Int == 1) }
        if format == "sarif" { #expect(object?["version"] as? String == "2.1.0") }
    }

    @Test func sarifRuleLinksFollowTheConfiguration() throws {
        let scratch = try CheckCommandTests.Scratch(["a.md": "Body.", ".copydesk.json": "{\"rulesDocumentation\": \"\"}"])
        let console = Console.capturing()
        #expect(CopydeskCommand.main(arguments: ["check", "--format", "sarif", scratch.path], console: console) == 0)
        #expect(!console.output.contains("helpUri") && !console.output.contains("informationUri"))
        let linked = try CheckCommandTests.Scratch(["a.md": "Body.", ".copydesk.json": "{\"rulesDocumentation\": \"https://desk.example/rules\"}"])
        let again = Console.capturing()
        #expect(CopydeskCommand.main(arguments: ["check", "--format", "sarif", linked.path], console: again) == 0)
        #expect(again.output.contains("https://desk.example/rules#unattributed-quote"))
    }

    @Test func rulesListsEveryRuleAsJSON() throws {
        let console = Console.capturing()
        #expect(CopydeskCommand.main(arguments: ["rules", "--format", "json"], console: console) == 0)
        let rules = try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [[String: Any]]
        #expect(rules != nil)
        for rule in rules ?? [] {
            #expect((rule["id"] as? String)?.isEmpty == false)
            #expect((rule["explanation"] as? String)?.isEmpty == false)
            #expect((rule["example"] as? String)?.isEmpty == false)
        }
    }

    @Test func versionAndHelp() {
        let console = Console.capturing()
        #expect(CopydeskCommand.main(arguments: ["--version"], console: console) == 0)
        #expect(console.output.hasPrefix("copydesk "))
        #expect(CopydeskCommand.main(arguments: ["check", "--help"], console: console) == 0)
        #expect(console.output.contains("Usage: copydesk check"))
    }
}

struct RulesPageTests {
    @Test func theRulesPageHasASectionAndARowPerRule() {
        let console = Console.capturing()
        #expect(CopydeskCommand.main(arguments: ["rules", "--format", "markdown"], console: console) == 0)
        let lines = console.output.split(separator: "\n").map(String.init)
        let sections = lines.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        let rows = lines.filter { $0.hasPrefix("| [`") }
        #expect(!sections.isEmpty)
        #expect(sections.count == rows.count)
        for section in sections { #expect(rows.contains { $0.contains("(#\(section))") }) }
    }
}
