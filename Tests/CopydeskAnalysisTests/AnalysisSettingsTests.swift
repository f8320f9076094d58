import CopydeskAnalysis
import CopydeskJSON
import Testing

struct AnalysisSettingsTests {
    @Test func laterLayersOverrideEarlierOnes() {
        let settings = AnalysisSettings(layers: [
            SettingsLayer(source: .configFile(path: "a/.copydesk.json"), values: ["publicationDate": "2025-09-01", "knownAcronyms": ["ABC"]]),
            SettingsLayer(source: .commandLine, values: ["publicationDate": "2025-09-03"]),
        ])
        #expect(settings.configuredPublicationDate == CivilDate(year: 2025, month: 9, day: 1))
        #expect(settings.publicationDateOverride == CivilDate(year: 2025, month: 9, day: 3))
        #expect(settings.knownAcronyms == ["ABC"])
        #expect(settings.problems.isEmpty)
    }

    @Test func reportsBadValuesAndKeepsTheRest() {
        let settings = AnalysisSettings(layers: [
            SettingsLayer(source: .editor, values: [
                "publicationDate": "Sept. 3", "useTodayAsPublicationDate": "yes", "colour": "blue", "knownAcronyms": ["OK"],
                "rules": ["no-such-rule": "off"],
            ])
        ])
        let messages = settings.problems.map(\.description)
        #expect(messages.contains("editor settings: publicationDate: expected a date as YYYY-MM-DD, found \"Sept. 3\""))
        #expect(messages.contains("editor settings: useTodayAsPublicationDate: expected true or false, found a string"))
        #expect(messages.contains("editor settings: colour: unknown setting 'colour'"))
        #expect(messages.contains { $0.hasPrefix("editor settings: rules.no-such-rule: unknown rule 'no-such-rule'") })
        #expect(settings.knownAcronyms == ["OK"])
        #expect(settings.publicationDateOverride == nil)
    }

    @Test func readsTheDayWeeksStartOn() {
        let sunday = AnalysisSettings(layers: [SettingsLayer(source: .configFile(path: ".copydesk.json"), values: ["weekStartsOn": "sunday"])])
        #expect(sunday.weekStartsOnSunday)
        #expect(sunday.problems.isEmpty)
        let wrong = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: ["weekStartsOn": "friday"])])
        #expect(!wrong.weekStartsOnSunday)
        #expect(wrong.problems.map(\.message) == ["expected \"monday\" or \"sunday\", found \"friday\""])
    }

    @Test func readsWhetherHeadlinesAreHeldToBodyStyle() {
        let on = AnalysisSettings(layers: [SettingsLayer(source: .configFile(path: ".copydesk.json"), values: ["checkHeadlineReferences": true])])
        #expect(on.checkHeadlineReferences && on.problems.isEmpty)
        #expect(!AnalysisSettings().checkHeadlineReferences)
        let wrong = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: ["checkHeadlineReferences": "yes"])])
        #expect(wrong.problems.map(\.message) == ["expected true or false, found a string"])
    }

    @Test func readsWhereTheRulesAreExplained() {
        let none = AnalysisSettings(layers: [SettingsLayer(source: .configFile(path: ".copydesk.json"), values: ["rulesDocumentation": ""])])
        #expect(none.rulesDocumentation == "" && CopydeskInfo.documentation(ofRule: "x", settings: none) == nil)
        #expect(CopydeskInfo.documentation(ofRule: "x", settings: AnalysisSettings()) == CopydeskInfo.documentationURL + "#x")
        let wrong = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: ["rulesDocumentation": 3])])
        #expect(wrong.problems.map(\.message) == ["expected a URL as a string (empty for no links), found a number"])
    }

    @Test func aLayerThatIsNotAnObjectIsAProblem() {
        let settings = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: [1, 2])])
        #expect(settings.problems.map(\.message) == ["expected an object, found an array"])
    }
}
