import CopydeskServer

/// `copydesk serve`: the language server over standard input and output.
enum ServeCommand: Subcommand {
    static let name = "serve"
    static let summary = "Run the language server over stdio (LSP 3.17)."
    static let help = """
        Usage: copydesk serve [--stdio] [--record DIR]

        Runs the Copydesk language server, speaking LSP 3.17 over standard input and output. Editors start it
        themselves; see editors/ for set-ups. Logs go to standard error.

        Options:
          --stdio        Accepted for editors that pass it; stdio is the only transport.
          --record DIR   Record every message of the session into DIR as a protocol fixture (see
                         protocol-fixtures/README.md).
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        do {
            let reader = try ArgumentReader(arguments, options: ["--record"], flags: ["--stdio"])
            guard reader.positionals.isEmpty else { throw UsageError("serve takes no arguments") }
            return ServerLauncher.run(options: ServerOptions(recordDirectory: reader.value("--record")))
        } catch {
            console.error("copydesk serve: \(error)")
            return ExitStatus.error
        }
    }
}
