import Foundation

/// The benchmark program's command-line options.
struct BenchmarkOptions {
    var corpusDirectory: String?
    var serverPath = ".build/release/copydesk"
    /// The benchmarks to run (`knowledge`, `throughput`, `keystroke`, `initialize`); all when empty.
    var only: Set<String> = []

    /// Whether benchmark `name` should run.
    func runs(_ name: String) -> Bool {
        only.isEmpty || only.contains(name)
    }

    init(arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch argument {
            case "--corpus": corpusDirectory = value; index += 1
            case "--server": if let value { serverPath = value }; index += 1
            case "--only": if let value { only.formUnion(value.split(separator: ",").map(String.init)) }; index += 1
            default: FileHandle.standardError.write(Data("ignoring unknown argument \(argument)\n".utf8))
            }
            index += 1
        }
    }
}
