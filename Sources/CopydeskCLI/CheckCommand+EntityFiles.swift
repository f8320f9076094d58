import CopydeskKnowledge

extension CheckCommand {
    /// Prints each newsroom entity file's problems once (`path:line: error: field 'name': …`); returns whether any
    /// file was unreadable or lost a line or field, which makes the command exit 2. Warnings are printed only.
    static func reportEntityFileProblems(_ runs: [DraftRun], console: Console) -> Bool {
        var seen: Set<String> = []
        var failed = false
        for loaded in runs.compactMap(\.entities) {
            for failure in loaded.failures where seen.insert(failure.path).inserted {
                console.error("copydesk: \(failure)")
                failed = true
            }
            for file in loaded.files where seen.insert(file.path).inserted {
                for problem in file.problems {
                    console.error("copydesk: \(problem)")
                }
                failed = failed || file.hasErrors
            }
        }
        return failed
    }
}
