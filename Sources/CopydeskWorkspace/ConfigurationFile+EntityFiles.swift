import CopydeskAnalysis

extension ConfigurationFile {
    /// The entity files listed under `entities`, as written and as paths resolved against the file's directory,
    /// in order; empty when the file cannot be read.
    public var entityFiles: [(listed: String, path: String)] {
        guard let layer else { return [] }
        return AnalysisSettings(layers: [layer]).entityFiles.map { listed in
            (listed, FilePaths.resolve(listed, against: directory))
        }
    }

    /// A problem for each of `failures` that is about an entity file this file lists, marking the path as listed.
    func problems(readingEntityFiles failures: [FileReader.Failure]) -> [ConfigurationProblem] {
        guard !failures.isEmpty else { return [] }
        let listed = entityFiles
        return failures.compactMap { failure in
            guard let entry = listed.first(where: { $0.path == failure.path }) else { return nil }
            let range = Self.locate(["entities", entry.listed], in: bytes)
            return ConfigurationProblem(range: range, message: "entities: '\(entry.listed)': \(failure.reason)")
        }
    }
}
