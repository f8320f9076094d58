// swift-tools-version: 6.0
//
// Copydesk: a language server and linter for journalists' drafts.
//
// The layering is enforced here, not promised. Each target may import only what it lists:
//
//   CopydeskJSON        JSON values, parser, serializer, Codable bridge        (nothing)
//   CopydeskText        UTF-8 text, line index, edits, prose regions, segments (CopydeskJSON)
//   CopydeskKnowledge   built-in gazetteer and newsroom entity records         (CopydeskJSON, CopydeskText)
//   CopydeskAnalysis    the pure analysis core: rules, findings, host          (CopydeskText, CopydeskKnowledge, CopydeskJSON)
//   CopydeskProtocol    LSP 3.17 message types                                 (CopydeskJSON)
//   CopydeskRPC         JSON-RPC framing and connection over byte streams      (CopydeskJSON, CopydeskProtocol)
//   CopydeskWorkspace   files: configuration discovery, drafts and entity files (Analysis, Knowledge, JSON)
//   CopydeskServer      the language server: the only place LSP meets analysis (all of the above)
//   CopydeskCLI         the command-line shell: check, analyze, rules, serve   (Analysis, Workspace, Server)
//   copydesk            the executable                                         (CopydeskCLI)
//
// The core targets (JSON, Text, Knowledge, Analysis) do no IO and import no Foundation; `.ci/run` checks that.
import PackageDescription

let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "CopydeskJSON"),
        .target(name: "CopydeskText", dependencies: ["CopydeskJSON"]),
        .target(name: "CopydeskKnowledge", dependencies: ["CopydeskJSON", "CopydeskText"]),
        .target(name: "CopydeskAnalysis", dependencies: ["CopydeskText", "CopydeskKnowledge", "CopydeskJSON"]),
        .target(name: "CopydeskProtocol", dependencies: ["CopydeskJSON"]),
        .target(name: "CopydeskRPC", dependencies: ["CopydeskJSON", "CopydeskProtocol"]),
        .target(name: "CopydeskWorkspace", dependencies: ["CopydeskAnalysis", "CopydeskText", "CopydeskKnowledge", "CopydeskJSON"]),
        .target(
            name: "CopydeskServer",
            dependencies: [
                "CopydeskAnalysis", "CopydeskText", "CopydeskKnowledge", "CopydeskJSON", "CopydeskProtocol", "CopydeskRPC",
                "CopydeskWorkspace",
            ]
        ),
        .target(
            name: "CopydeskCLI",
            dependencies: [
                "CopydeskAnalysis", "CopydeskText", "CopydeskKnowledge", "CopydeskJSON", "CopydeskServer", "CopydeskWorkspace",
            ]
        ),
        .executableTarget(name: "copydesk", dependencies: ["CopydeskCLI"]),
        .executableTarget(
            name: "CopydeskBenchmarks",
            dependencies: ["CopydeskAnalysis", "CopydeskText", "CopydeskKnowledge", "CopydeskServer", "CopydeskJSON", "CopydeskWorkspace"],
            path: "Benchmarks/CopydeskBenchmarks"
        ),

        .target(name: "CopydeskTestSupport", dependencies: ["CopydeskText", "CopydeskAnalysis"], path: "Tests/CopydeskTestSupport"),
        .testTarget(name: "CopydeskJSONTests", dependencies: ["CopydeskJSON"]),
        .testTarget(name: "CopydeskTextTests", dependencies: ["CopydeskText", "CopydeskTestSupport"]),
        .testTarget(name: "CopydeskKnowledgeTests", dependencies: ["CopydeskKnowledge"]),
        .testTarget(
            name: "CopydeskAnalysisTests",
            dependencies: ["CopydeskAnalysis", "CopydeskText", "CopydeskKnowledge", "CopydeskTestSupport"]
        ),
        .testTarget(
            name: "CopydeskServerTests",
            dependencies: [
                "CopydeskServer", "CopydeskProtocol", "CopydeskRPC", "CopydeskJSON", "CopydeskAnalysis", "CopydeskText", "CopydeskTestSupport",
            ]
        ),
        .testTarget(name: "CopydeskCLITests", dependencies: ["CopydeskCLI", "CopydeskJSON", "CopydeskWorkspace", "CopydeskAnalysis"]),
    ]
)
